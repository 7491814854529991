import { html, nothing, type TemplateResult } from 'lit';
import { textParts, type Translate } from './texts.js';

/**
 * Whom the citizen can ask: the municipality's details, filled into the
 * opsporingsskema's own sentence ("Er du i tvivl, eller har du spørgsmål til
 * skemaet, er du velkommen til at kontakte …"). Set as the `contact`
 * property, or as JSON in the `contact` attribute.
 */
export interface MunicipalContact {
  /** Who answers, e.g. "Jobcenter Eksempelby". */
  readonly organisation: string;
  /** A named person, when there is one. */
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  /** When the phone is answered, as text, e.g. "mandag-fredag kl. 9-12". */
  readonly hours?: string;
}

const FIELDS: readonly string[] = ['organisation', 'name', 'phone', 'email', 'hours'];

/**
 * What is wrong with a contact as the portal gave it, for its developer to read in the console; undefined when
 * nothing is. A portal's JSON is easily mistyped, and a contact that is silently not shown is found only by a citizen.
 */
export function contactProblem(contact: unknown): string | undefined {
  if (contact === null || contact === undefined) return undefined;
  if (typeof contact !== 'object' || Array.isArray(contact)) return 'is not an object; no contact is shown';
  const given = contact as Readonly<Record<string, unknown>>;
  const organisation = given['organisation'];
  if (typeof organisation !== 'string' || organisation.trim() === '') return 'has no organisation; no contact is shown';
  const unused = Object.keys(given).filter((key) => !FIELDS.includes(key) || typeof given[key] !== 'string');
  return unused.length === 0 ? undefined : `has ${unused.join(', ')}, not used: ${FIELDS.join(', ')} are texts`;
}

/** The contact sentence, with the phone number and e-mail address as links; nothing without an organisation. */
export function renderContact(t: Translate, contact: MunicipalContact | null | undefined): TemplateResult | typeof nothing {
  if (!contact || typeof contact !== 'object' || typeof contact.organisation !== 'string' || contact.organisation.trim() === '') return nothing;
  // Only texts: a phone number given as a JSON number must not break the whole form.
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const { organisation } = contact;
  const [name, phone, email, hours] = [text(contact.name), text(contact.phone), text(contact.email), text(contact.hours)];
  const who = name ? t('contactWho', { name, organisation }) : organisation;
  const key = phone && email ? 'contactFull' : phone ? 'contactPhone' : email ? 'contactEmail' : 'contactOnly';
  const links: Readonly<Record<string, TemplateResult | string>> = {
    who,
    phone: phone ? link(`tel:${phone.replace(/[^\d+]/g, '')}`, phone) : '',
    email: email ? link(/^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? `mailto:${email}` : '', email) : '',
  };
  return html`<div class="contact" part="contact">
    <p>${textParts(t(key)).map((part) => (part.placeholder === undefined ? part.text : (links[part.placeholder] ?? part.text)))}</p>
    ${hours ? html`<p>${t('contactHours', { hours })}</p>` : nothing}
  </div>`;
}

/** A link only to a telephone number or an e-mail address the text really is; otherwise the text alone. */
function link(href: string, text: string): TemplateResult | string {
  return href === '' || href === 'tel:' ? text : html`<a href=${href}>${text}</a>`;
}
