import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { fieldTitle, type JsonSchema, type Locale } from '@rummelig/core';
import { asOfProblem, rulesProblem, type RulesProblem, type SomeRuleSet } from './as-of.js';
import { renderCheckAnswers, type CheckSection } from './check-answers.js';
import { DraftKeeper, sessionDraftStorage, type DraftStorage } from './draft-storage.js';
import { renderDraftNotice } from './draft-notice.js';
import { renderErrorSummary, renderUnavailable } from './error-summary.js';
import type { RummeligEventMap } from './events.js';
import type { FieldError } from './field-errors.js';
import { renderPageHeading, type FieldBase } from './field-parts.js';
import { focusField } from './focus-field.js';
import { FormAssociatedElement } from './form-associated.js';
import { DEFAULT_HEADING_LEVEL, HEADING_LEVELS, headingLevelOf, headingsAt, type HeadingLevel, type HeadingRank, type Headings } from './headings.js';
import { PageHistory } from './page-history.js';
import { contactProblem, type MunicipalContact } from './contact.js';
import { schemaWording, type SchemaWording } from './schema-wording.js';
import { renderBackLink, renderProgress } from './step-navigation.js';
import { translator, type TextOverrides, type TextTable, type Translate } from './texts.js';
import { TypingAnnouncer } from './typing-announcer.js';
import { owns, resolveUi, type Question, type QuestionCatalogue, type QuestionContext, type UiConfig, type UiDescription, type UiSection } from './ui-description.js';

/** `single-page`: the whole form on one page (the default). `steps`: one thing per page. `auto`: steps on a narrow screen. */
export type FormFlow = 'single-page' | 'steps' | 'auto';

/** What checking the answers found: the document, the errors by field, and the result when the document is complete. */
export interface CheckOutcome<A, R> {
  readonly answers: A;
  readonly errors: readonly FieldError[];
  readonly result?: R;
  /** No result can be computed, whatever the answers: the rules refused the call, e.g. for a wrong `as-of`. */
  readonly unavailable?: true;
}

/**
 * What a form holds while it is filled (its draft) and how that relates to
 * its answer document: a draft can hold what a document cannot, such as a
 * ticked row whose impact is not chosen yet.
 */
export interface DraftCodec<D, A> {
  readonly empty: D;
  toAnswers(draft: D): A;
  fromAnswers(answers: A): D;
  /** A kept draft read back from storage, checked for shape; undefined when it is not one of this form's. */
  restore(stored: unknown): D | undefined;
}

/** The `detail` of `rummelig-step`: the page the steps flow shows now. */
export interface StepDetail {
  /** `intro`, a section's or question's id, `check` or `result`. */
  readonly page: string;
  /** The page's number among the question pages and check-your-answers (1-based); 0 on the introduction and the result. */
  readonly step: number;
  /** How many such pages there are; 0 while the answers so far cannot tell (the check of the schemes before one is chosen). */
  readonly steps: number;
  /** The page's heading, e.g. for the portal to put in `document.title`. */
  readonly title: string;
}

/** The `detail` of `rummelig-draft`: a kept draft was brought back, or deleted by the citizen. */
export interface DraftDetail {
  readonly action: 'restored' | 'cleared';
}

interface Page<D> {
  readonly id: string;
  readonly section: UiSection;
  readonly questions: readonly (readonly [string, Question<D>])[];
}

const FLOWS: readonly FormFlow[] = ['single-page', 'steps', 'auto'];

/** Below this width `flow="auto"` takes the steps flow, as a phone or a 200 % zoom on a laptop would have it. */
const NARROW = '(max-width: 40em)';
const INTRO = 'intro';
const CHECK = 'check';
const RESULT = 'result';

/**
 * The element every Rummelig form is: a form-associated custom element laid
 * out by a UI description of questions, with the error pattern, the two
 * flows (whole form or one thing per page, with progress, back links and
 * check-your-answers), the result page, opt-in drafts and overridable texts.
 * A form supplies its questions, its layout, its draft and how to check it.
 *
 * @fires rummelig-submit - on a complete submit; `detail` holds `answers` and `result`.
 * @fires rummelig-step - in the steps flow, when another page is shown; `detail` is a `StepDetail`.
 * @fires rummelig-draft - when a kept draft is brought back (`restored`) or deleted by the citizen (`cleared`).
 * @csspart form - the form.
 * @csspart error-summary - the list of problems shown after a submit.
 * @csspart submit - the button that sends (or, in the steps flow, continues).
 * @csspart back-link - "Tilbage", in the steps flow.
 * @csspart progress - "Trin 2 af 7" and its bar, in the steps flow.
 * @csspart check-answers - check-your-answers, in the steps flow.
 * @csspart draft-notice - the notice that answers are kept, with "Slet mine svar".
 * @csspart result - the explained result shown after a submit.
 */
export abstract class ScreeningFormElement<D, A, R, S = unknown> extends FormAssociatedElement {
  static override properties: PropertyDeclarations = {
    locale: { type: String, attribute: 'lang', reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    flow: { type: String },
    history: { type: Boolean },
    ui: { type: Object },
    texts: { type: Object },
    contact: { type: Object },
    saveDraft: { type: Boolean, attribute: 'save-draft' },
    draftKey: { type: String, attribute: 'draft-key' },
    draftStorage: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    draft: { state: true },
    errors: { state: true },
    page: { state: true },
    submitted: { state: true },
    disabled: { state: true },
    announcement: { state: true },
    confirmingClear: { state: true },
    draftFailed: { state: true },
    unavailable: { state: true },
    restoredNotice: { state: true },
  };

  /** The `lang` attribute (so also the `lang` property): `en` for English, Danish otherwise. */
  declare locale: string | undefined;
  /** The date whose rules apply, `YYYY-MM-DD`; today in Denmark when absent. */
  declare asOf: string | undefined;
  /**
   * `single-page` (default): the whole form on one page. `steps`: one thing
   * per page, with progress, back links and check-your-answers. `auto`: steps
   * when the screen is narrower than 40em as the form opens (a phone, or 200 %
   * zoom), decided once so that zooming never rebuilds the form under the citizen.
   */
  declare flow: string | undefined;
  /**
   * In the steps flow, make each page an entry in the browser's history, so
   * that the browser's Back and Forward move between the pages (and Back from
   * the result returns to the answers). Off by default, as the page's history
   * is the portal's: a portal with a router of its own should try it first.
   */
  declare history: boolean;
  /** The municipality's layout: `{ sections?, hide? }` (see `UiConfig`); a wrong one is reported and the default used. */
  declare ui: UiConfig | null | undefined;
  /** The municipality's wording: `{ da?: { key: text }, en?: { … } }` for any text, label (`<field>.label`) or hint (`<field>.hint`). */
  declare texts: TextOverrides | null | undefined;
  /** Whom to ask: `{ organisation, name?, phone?, email?, hours? }`; a citizen's form shows it in the introduction and on the result page. */
  declare contact: MunicipalContact | null | undefined;
  /** Keep what has been typed, so that a reload loses nothing, until it is sent; in sessionStorage unless `draftStorage` is set. */
  declare saveDraft: boolean;
  /** The key the draft is kept under; by default the form, the page's path and the element's name or id. */
  declare draftKey: string | undefined;
  /** The portal's own storage for drafts, `{ load(key), save(key, value), remove(key) }`, each sync or async. */
  declare draftStorage: DraftStorage | null | undefined;
  /**
   * The level of the form's own heading, 1 to 4 (default 2): a section's heading is one below it and its parts' two
   * below, so that the form continues the outline of the page around it. A heading looks the same at every level.
   */
  declare headingLevel: HeadingLevel | null | undefined;
  declare protected draft: D;
  declare protected errors: readonly FieldError[];
  /** The page shown in the steps flow: `intro`, a page id or `check`. */
  declare private page: string;
  declare protected submitted: { readonly answers: A; readonly result: R } | undefined;
  declare protected disabled: boolean;
  /** A status message for screen readers, e.g. that ticks were removed. */
  declare protected announcement: string;
  declare private confirmingClear: boolean;
  declare private draftFailed: boolean;
  /** A send found that no result can be computed: the citizen is told so, and the answers stay. */
  declare private unavailable: boolean;
  /** A kept draft was brought back: said on the page the citizen lands on, until they move on. */
  declare private restoredNotice: boolean;
  /**
   * The rules refuse `as-of` (found as it is set): the answers are then checked by the rules in force today, which
   * ask the same questions, so that every page still says what is missing; no result is given.
   */
  private asOfRefused = false;
  /**
   * The errors shown are those of the last send, none fixed since: the summary is an alert then. Once one is fixed it
   * is not, or each fix would have the whole summary read out again over what the citizen is doing.
   */
  private errorsJustSent = false;

  /** The date the form's checks evaluate on: `as-of`, or today when the rules refuse it. */
  protected get rulesAsOf(): { readonly asOf?: string } {
    return this.asOf && !this.asOfRefused ? { asOf: this.asOf } : {};
  }

  /** The form's id, as in its answer documents (`opsporing`, `visitation`); drafts are kept under it. */
  protected abstract readonly formId: string;
  protected abstract readonly questions: QuestionCatalogue<D>;
  protected abstract readonly defaultUi: UiDescription;
  protected abstract readonly textTable: TextTable;
  /** The rule sets the form evaluates, whose dates of effect `as-of` is checked against. */
  protected abstract readonly ruleSets: readonly SomeRuleSet[];
  /** How the form's draft relates to its answer document; a method, since the constructor needs it. */
  protected abstract draftCodec(): DraftCodec<D, A>;
  /** Checks the current draft: every error of the form, in the order of the form. */
  protected abstract checkDraft(): Promise<CheckOutcome<A, R>>;
  /** The JSON Schema of the form's answer document, whose titles and descriptions word the form. */
  protected abstract readonly schema: JsonSchema;
  /** The text under the heading: the introduction, the contact, a hand-over. */
  protected abstract renderIntro(): TemplateResult;
  protected abstract renderResult(submitted: { readonly answers: A; readonly result: R }): TemplateResult;
  /** A result's event detail; a copy, so the portal cannot change the form's state. */
  protected abstract submitDetail(answers: A, result: R): S;

  private refreshToken = 0;
  private keeper: DraftKeeper | undefined;
  /** Nothing is written before the kept draft has been read, or it would be overwritten by the empty form. */
  private draftLoaded = false;
  /** The citizen has changed something since the page opened: a draft that loads later must not replace it. */
  private touched = false;
  private stepsChosen: boolean | undefined;
  private returnToCheck = false;
  /** The pages there were when "Ændr" was followed: a page that an answer changed there brings up is asked before check-your-answers. */
  private pagesBeforeChange: ReadonlySet<string> = new Set();
  private focusAfterUpdate: string | (() => void) | undefined;

  /**
   * Moves focus there after the next render (a selector, or a function that finds it), and asks for one, since what is
   * shown may not have changed (the same errors again). The last call before the render wins.
   */
  private focusAfter(target: string | (() => void)): void {
    this.focusAfterUpdate = target;
    this.requestUpdate();
  }
  private reportedUi: string | undefined;
  /** The value of each attribute last reported as wrong, so that a mistake is told once, not on every render. */
  private readonly reported = new Map<string, string>();
  private readonly typing = new TypingAnnouncer<D>((text) => {
    this.announcement = text;
  });
  private readonly pageHistory = new PageHistory(
    () => `rummelig-page:${this.formId}:${this.getAttribute('name') || this.id || 'form'}`,
    (page) => this.showPageFromHistory(page),
  );

  constructor() {
    super();
    this.saveDraft = false;
    this.history = false;
    this.draft = this.draftCodec().empty;
    this.errors = [];
    this.page = INTRO;
    this.submitted = undefined;
    this.disabled = false;
    this.announcement = '';
    this.confirmingClear = false;
    this.draftFailed = false;
    this.unavailable = false;
    this.restoredNotice = false;
    // A native form that refuses to submit fires `invalid`; the citizen then gets the same summary as on the element's own button.
    // Cancelling it keeps the browser from focusing the validity anchor (the element's own button, far below) and
    // showing its bubble there, after the summary has taken focus.
    this.addEventListener('invalid', (event) => {
      event.preventDefault();
      void this.showAllErrors();
    });
  }

  /** The properties of the element's own that a portal may set before the element is defined; see `connectedCallback`. */
  protected static readonly earlyProperties: readonly string[] = ['answers'];

  override connectedCallback(): void {
    // A value set before the element was defined sits on the element itself and hides the class's accessor, so that it
    // would never reach the form; Lit does this for its declared properties, not for these.
    for (const name of (this.constructor as typeof ScreeningFormElement).earlyProperties) {
      if (!Object.hasOwn(this, name)) continue;
      const value: unknown = Reflect.get(this, name);
      Reflect.deleteProperty(this, name);
      Reflect.set(this, name, value);
    }
    super.connectedCallback();
    this.pageHistory.connect();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Lit reads JSON that does not parse as null, without a word: the portal's developer would never learn why.
    if (value === null || !['contact', 'ui', 'texts'].includes(name)) return;
    try {
      JSON.parse(value);
    } catch {
      this.reportConfig(name, value, 'is not valid JSON and is not used');
    }
  }

  /**
   * A portal's mistake in an attribute, told once per value in the console, where its developer looks; the form goes on
   * without it. Once per value, not per object: a framework that renders again hands the same wrong object anew.
   */
  protected reportConfig(attribute: string, value: unknown, problem: string): void {
    const shown = shownValue(value);
    if (this.reported.get(attribute) === shown) return;
    this.reported.set(attribute, shown);
    console.error(`<${this.localName}>: ${attribute}=${shown} ${problem}`);
  }

  /** An attribute that takes one of a few words: any other is told, and `fallback` used. */
  protected reportChoice(attribute: string, value: unknown, allowed: readonly unknown[], fallback: unknown): void {
    if (value !== undefined && value !== null && !allowed.includes(value)) this.reportConfig(attribute, value, `is not one of ${allowed.join(', ')}; ${fallback} is used`);
  }

  /** A check the rules refused: no result can be computed, which the console tells the portal's developer once. */
  private reportRulesProblem({ code, message }: RulesProblem): void {
    const asOf = code.includes('as-of');
    this.reportConfig(asOf ? 'as-of' : 'rules', asOf ? this.asOf : code, `cannot be used (${code}): ${message} No result can be computed.`);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.typing.cancel();
    this.pageHistory.disconnect();
  }

  /** The answer document as filled in so far (a copy); set it to prefill the form. */
  get answers(): A {
    return structuredClone(this.draftCodec().toAnswers(this.draft));
  }

  set answers(answers: A) {
    this.draft = this.draftCodec().fromAnswers(structuredClone(answers));
    this.errors = [];
    this.submitted = undefined;
  }

  formResetCallback(): void {
    const shownBefore = this.submitted ? RESULT : this.page;
    this.draft = this.startingDraft();
    this.errors = [];
    this.submitted = undefined;
    this.say();
    this.unavailable = false;
    this.restoredNotice = false;
    this.page = INTRO;
    void this.keeper?.remove();
    // Back on the introduction is another page shown, so a portal's title and step indicator follow it.
    if (shownBefore !== INTRO) void this.updateComplete.then(() => this.emitStep());
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** What a reset or a deletion of the answers goes back to: the empty draft, or what the portal gave the form to start from. */
  protected startingDraft(): D {
    return this.draftCodec().empty;
  }

  protected override restoreAnswers(answers: unknown): void {
    this.answers = answers as A;
  }

  protected get language(): Locale {
    return this.locale?.toLowerCase().startsWith('en') ? 'en' : 'da';
  }

  /** The element's mode for questions asked in one mode only; `citizen` unless a form has modes. */
  protected get modeName(): string {
    return 'citizen';
  }

  private translation: { readonly locale: Locale; readonly texts: unknown; readonly t: Translate } | undefined;

  protected get t(): Translate {
    const locale = this.language;
    if (this.translation?.locale !== locale || this.translation.texts !== this.texts) {
      this.translation = { locale, texts: this.texts, t: translator(this.textTable, locale, this.texts ?? undefined) };
    }
    return this.translation.t;
  }

  /** The property changes after which the answers are checked again. */
  protected get watched(): readonly PropertyKey[] {
    return ['draft', 'asOf', 'locale'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.stepsChosen === undefined || changed.has('flow')) {
      this.stepsChosen = this.flow === 'steps' || (this.flow === 'auto' && window.matchMedia(NARROW).matches);
    }
    // Also when a framework sets the storage after the element is on the page.
    const storageChanged = changed.has('saveDraft') || changed.has('draftStorage') || changed.has('draftKey');
    if (storageChanged && (this.saveDraft || this.draftStorage)) void this.loadDraft();
    if (changed.has('asOf')) {
      const problem = asOfProblem(this.ruleSets, this.asOf);
      this.asOfRefused = problem !== undefined;
      if (problem) this.reportRulesProblem(problem);
    }
    const contact = changed.has('contact') ? contactProblem(this.contact) : undefined;
    if (contact) this.reportConfig('contact', this.contact, contact);
    if (changed.has('flow')) this.reportChoice('flow', this.flow, FLOWS, 'single-page');
    if (changed.has('headingLevel')) {
      // The headings are new elements at the new level: the one that had focus, such as the page's, gets it back.
      const focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement?.id;
      if (focused) this.focusAfterUpdate = `#${focused}`;
      if (this.headingLevel != null && headingLevelOf(this.headingLevel) === undefined) {
        // The attribute's own text where it is what was set ("tre"), else the property's value, which a framework may
        // set as a string ("3", which is right).
        const attribute = this.getAttribute('heading-level');
        const shown = attribute !== null && Object.is(Number(attribute), Number(this.headingLevel)) ? attribute : this.headingLevel;
        this.reportChoice('heading-level', shown, HEADING_LEVELS, DEFAULT_HEADING_LEVEL);
      }
    }
  }

  /** The form's headings, at `heading-level`, or at the default level when it is not one of the levels. */
  protected get headings(): Headings {
    return headingsAt(headingLevelOf(this.headingLevel) ?? DEFAULT_HEADING_LEVEL);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.watched.some((key) => changed.has(key))) void this.refresh(changed.has('locale'));
    if (changed.has('draft') || changed.has('page')) this.storeDraft();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (typeof focus === 'function') focus();
    else if (focus) this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  override render(): TemplateResult {
    const content = this.submitted ? this.renderResult(this.submitted) : this.renderForm();
    return html`<div lang=${this.language}>${content}</div>`;
  }

  // ---- Layout ----

  /** The layout in use: the municipality's when it is valid, reported once when it is not. */
  protected get layout(): UiDescription {
    const { ui, problems } = resolveUi(this.defaultUi, this.ui, this.questions);
    const shown = shownValue(this.ui);
    if (problems.length > 0 && this.reportedUi !== shown) {
      this.reportedUi = shown;
      console.error(`<${this.localName}>: ui is not used, and the default layout is used instead. Its problems:`, problems);
    }
    return ui;
  }

  /** The sections with the questions asked in this mode and with these answers. */
  protected get sections(): readonly { readonly section: UiSection; readonly questions: readonly (readonly [string, Question<D>])[] }[] {
    return this.layout.sections
      .map((section) => ({
        section,
        questions: section.questions.flatMap((id) => {
          const question = this.questions[id];
          const asked = question && (question.mode === undefined || question.mode === this.modeName) && (question.asked?.(this.draft) ?? true);
          return asked ? [[id, question] as const] : [];
        }),
      }))
      .filter(({ questions }) => questions.length > 0);
  }

  /** The steps flow's question pages: a section whose questions share a page, or one question. */
  private get pages(): readonly Page<D>[] {
    return this.sections.flatMap(({ section, questions }) =>
      section.together || questions.length === 1
        ? [{ id: section.together ? section.id : (questions[0]?.[0] ?? section.id), section, questions }]
        : questions.map((entry) => ({ id: entry[0], section, questions: [entry] })),
    );
  }

  /** False while the answers so far cannot tell how many pages there will be: the progress then gives no total. */
  protected get pagesKnown(): boolean {
    return true;
  }

  private get steps(): boolean {
    return this.stepsChosen === true;
  }

  protected context(asHeading: boolean): QuestionContext<D> {
    return {
      draft: this.draft,
      t: this.t,
      mode: this.modeName,
      asHeading,
      headings: this.headings,
      field: (id) => this.fieldBase(id),
      change: (update, announce, options) => {
        const before = this.draft;
        const after = update(before);
        if (!options?.typing || !announce) return this.apply(after, announce?.(before, after) ?? '');
        this.apply(after, '', true);
        this.typing.typed(before, () => this.draft, announce);
      },
    };
  }

  protected fieldBase(field: string): FieldBase {
    return { field, error: this.errors.find((error) => error.field === field)?.message, errorPrefix: this.t('errorPrefix'), headings: this.headings };
  }

  /**
   * Every change goes through here. Errors already shown go once fixed; new ones wait for the next submit. A change
   * that is not `typing` ends a run of keystrokes unsaid.
   */
  protected apply(draft: D, announcement = '', typing = false): void {
    if (!typing) this.typing.cancel();
    this.touched = true;
    this.draft = draft;
    this.announcement = announcement;
  }

  /** Says `text` to screen readers, or nothing; what a run of keystrokes was about to say is past. */
  private say(text = ''): void {
    this.typing.cancel();
    this.announcement = text;
  }

  // ---- Rendering ----

  private renderForm(): TemplateResult {
    return html`
      <form novalidate part="form" @submit=${this.onSubmit}>
        <fieldset class="plain" role="presentation" ?disabled=${this.disabled}>
          ${this.steps ? this.renderStep() : this.renderSinglePage()}
          <p class="visually-hidden" role="status">${this.announcement}</p>
        </fieldset>
      </form>
    `;
  }

  private renderSinglePage(): TemplateResult {
    const context = this.context(false);
    return html`
      ${this.headings(2, this.formTitle())} ${this.renderErrors(true, 3)} ${this.renderIntro()} ${this.renderDraftNotice()}
      ${this.sections.map(({ section, questions }) => this.renderSection(section, questions, context))}
      <button class="button-primary" type="submit" part="submit">${this.t('submit')}</button>
    `;
  }

  /** A section: a fieldset with its heading as the legend, or its questions alone (in its part, if it has one) when it has no heading. */
  protected renderSection(section: UiSection, questions: readonly (readonly [string, Question<D>])[], context: QuestionContext<D>): TemplateResult {
    const content = questions.map(([, question]) => question.render(context));
    if (!section.title) return section.part ? html`<div part=${section.part}>${content}</div>` : html`${content}`;
    return html`<fieldset class="section ${section.panel ? 'panel' : ''}" part=${section.part ?? nothing}>
      <legend>${context.headings(3, this.sectionText(section.title))}</legend>
      ${section.hint ? html`<p class="hint">${this.sectionText(section.hint)}</p>` : nothing} ${content}
    </fieldset>`;
  }

  /** The form's heading: the municipality's `title`, else the schema's. */
  protected formTitle(): string {
    return this.t.optional('title') ?? fieldTitle(this.schema, '', this.language);
  }

  /** A section's heading or hint by its text key (the municipality's wording, the form's texts), else from the schema. */
  protected sectionText(key: string): string {
    return this.wording.section(this.t, key);
  }

  private wordingOfSchema: SchemaWording | undefined;

  private get wording(): SchemaWording {
    this.wordingOfSchema ??= schemaWording(this.schema);
    return this.wordingOfSchema;
  }

  private renderStep(): TemplateResult {
    const pages = this.pages;
    const t = this.t;
    if (this.page === INTRO) {
      return html`
        ${this.headings(2, this.formTitle(), { id: 'page-heading', focusable: true })} ${this.renderErrors(true, 3)} ${this.renderIntro()} ${this.renderDraftNotice()}
        <button class="button-primary" type="submit" part="submit">${t('start')}</button>
      `;
    }
    const index = this.page === CHECK ? pages.length : Math.max(0, pages.findIndex((page) => page.id === this.page));
    const page = pages[index];
    return html`
      ${renderBackLink(t, this.goBack)} ${renderProgress(t, index + 1, this.pagesKnown ? pages.length + 1 : 0)} ${this.renderErrors(page === undefined)}
      ${page === undefined ? this.renderCheck() : html`${this.renderDraftNotice(true)} ${this.renderPage(page)}`}
      <button class="button-primary" type="submit" part="submit">${t(page === undefined ? 'submit' : 'continue')}</button>
    `;
  }

  /** A page of the steps flow, in its section's part, so that a portal's `::part` styling holds in both flows. */
  private renderPage(page: Page<D>): TemplateResult {
    const alone = page.questions.length === 1 && !page.section.together;
    const content = alone
      ? html`${page.questions.map(([, question]) => question.render(this.context(true)))}`
      : html`${renderPageHeading(this.headings, this.pageTitle(page))}
          ${page.questions.map(([, question]) => question.render(this.context(false)))}`;
    return page.section.part ? html`<div part=${page.section.part}>${content}</div>` : content;
  }

  private renderCheck(): TemplateResult {
    const context = this.context(false);
    const sections: CheckSection[] = this.sections.map(({ section, questions }) => ({
      title: section.title ? this.sectionText(section.title) : undefined,
      rows: questions.map(([id, question]) => ({ id, label: question.label(this.t), answer: question.answer(context) })),
    }));
    return html`${renderPageHeading(this.headings, this.t('checkHeading'))}
      <p>${this.t('checkLead')}</p>
      ${renderCheckAnswers(this.t, this.headings, sections, this.changeAnswer)} ${this.renderDraftNotice()}`;
  }

  /** The errors of the last send, else that no result can be computed: as an alert after a send, or `upFront` where the citizen begins and checks. */
  private renderErrors(upFront = false, rank: HeadingRank = 2): TemplateResult | typeof nothing {
    if (this.unavailable && this.errors.length === 0) return renderUnavailable(this.t, this.headings, rank, this.contact);
    if (upFront && this.asOfRefused && this.errors.length === 0) return renderUnavailable(this.t, this.headings, rank, this.contact, true);
    if (this.errors.length === 0) return nothing;
    return renderErrorSummary({
      title: this.t('errorSummaryTitle'),
      headings: this.headings,
      rank,
      alert: this.errorsJustSent,
      errors: this.errors,
      onFollow: (field) => focusField(this.renderRoot, field),
    });
  }

  /** The notice that answers are kept; `brief` on a page of questions, which has it only to say that a draft was brought back. */
  private renderDraftNotice(brief = false): TemplateResult | typeof nothing {
    if (!this.keeper || (brief && !this.restoredNotice)) return nothing;
    return renderDraftNotice(this.t, {
      headings: this.headings,
      brief,
      restored: this.restoredNotice,
      storage: this.draftStorage ? 'portal' : 'session',
      confirming: this.confirmingClear,
      failed: this.draftFailed,
      empty: this.isEmpty,
      onClear: () => {
        this.confirmingClear = true;
        this.focusAfter('#draft-confirm-no');
      },
      onConfirm: (confirmed) => void this.confirmClear(confirmed),
    });
  }

  private pageTitle(page: Page<D>): string {
    if (page.section.together && page.section.title) return this.sectionText(page.section.title);
    return page.questions[0]?.[1].label(this.t) ?? '';
  }

  // ---- Checking ----

  /** The check, or, when the rules refuse it (a wrong `as-of`), the answers and their errors without a result, so that the form goes on. */
  private async checkSafely(): Promise<CheckOutcome<A, R>> {
    try {
      const outcome = await this.checkDraft();
      // Checked on today's rules for the questions only: a result, even a live one, would be of the wrong date.
      return this.asOfRefused ? { answers: outcome.answers, errors: outcome.errors, unavailable: true } : outcome;
    } catch (error) {
      this.reportRulesProblem(rulesProblem(error));
      return { answers: this.draftCodec().toAnswers(this.draft), errors: [], unavailable: true };
    }
  }

  /** After each change: the errors still shown, and the value and validity the surrounding form sees. */
  private async refresh(reword: boolean): Promise<void> {
    const token = ++this.refreshToken;
    await this.syncFormState(JSON.stringify(this.draftCodec().toAnswers(this.draft)), async () => {
      const outcome = await this.checkSafely();
      if (token === this.refreshToken) {
        // An error shown keeps its words until the next submit (or a new language): a changed message would be read out
        // while the citizen types, as the summary is an alert just after a send. It goes once fixed; new ones wait for
        // the submit.
        const still = this.errors.flatMap((shown) => outcome.errors.filter((error) => error.field === shown.field).map((error) => (reword ? error : shown)));
        if (still.length < this.errors.length) this.errorsJustSent = false;
        this.errors = still;
        this.checked(outcome);
      }
      // No result, no submit: a native form must not send answers that were never evaluated.
      return outcome.errors[0]?.message ?? (outcome.unavailable ? this.t('unavailableText') : undefined);
    });
  }

  /** Called with every check of the answers, e.g. for a recommendation that follows them. */
  protected checked(_outcome: CheckOutcome<A, R>): void {}

  /** Checks everything and, when something is wrong, shows the error summary (on the first page with errors) and moves focus to it. */
  private async showAllErrors(): Promise<CheckOutcome<A, R>> {
    ++this.refreshToken;
    const outcome = await this.checkSafely();
    this.checked(outcome);
    this.unavailable = outcome.unavailable === true;
    if (outcome.errors.length === 0) {
      this.errors = [];
      if (this.unavailable) this.focusAfter('#error-summary');
      return outcome;
    }
    let moved = false;
    if (this.steps) {
      const firstField = outcome.errors[0]?.field ?? '';
      const page = this.pages.find((candidate) => this.pageOwns(candidate, firstField));
      if (page) {
        if (this.page === CHECK) this.changeFromCheck();
        else this.returnToCheck = false;
        moved = page.id !== this.page;
        this.pushPage(page.id);
        this.page = page.id;
      }
      this.errors = page ? outcome.errors.filter((error) => this.pageOwns(page, error.field)) : outcome.errors;
    } else {
      this.errors = outcome.errors;
    }
    this.errorsJustSent = true;
    this.focusAfter('#error-summary');
    await this.updateComplete;
    // The page the errors led to is named to the portal, as every other page change is, so that the title follows.
    if (moved) this.emitStep();
    return outcome;
  }

  private pageOwns(page: Page<D>, field: string): boolean {
    return page.questions.some(([id, question]) => owns(question as Question<never>, id, field));
  }

  // ---- Navigation and submit ----

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (!this.steps || this.page === CHECK) return this.submit();
    if (this.page === INTRO) return this.showPage(this.pages[0]?.id ?? CHECK);
    const pages = this.pages;
    const page = pages.find((candidate) => candidate.id === this.page);
    ++this.refreshToken;
    const outcome = await this.checkSafely();
    this.checked(outcome);
    const errors = page ? outcome.errors.filter((error) => this.pageOwns(page, error.field)) : [];
    if (errors.length > 0) {
      this.errors = errors;
      this.errorsJustSent = true;
      this.focusAfter('#error-summary');
      return;
    }
    const after = page ? pages.slice(pages.indexOf(page) + 1) : [];
    const next = this.returnToCheck ? after.find((candidate) => !this.pagesBeforeChange.has(candidate.id)) : after[0];
    this.showPage(next?.id ?? CHECK);
  };

  private async submit(): Promise<void> {
    const outcome = await this.showAllErrors();
    if (outcome.result === undefined || outcome.errors.length > 0) return;
    this.submitted = { answers: outcome.answers, result: outcome.result };
    this.restoredNotice = false;
    // What was said about the answers is past; kept, it would be read again when the answers come back.
    this.say();
    this.pushPage(RESULT);
    this.page = INTRO;
    this.returnToCheck = false;
    this.dispatchEvent(new CustomEvent('rummelig-submit', { bubbles: true, composed: true, detail: this.submitDetail(outcome.answers, outcome.result) }));
    void this.keeper?.remove();
    this.focusAfter('#result-heading');
    await this.updateComplete;
    this.emitStep();
    // Inside a native form, the element's own button submits that form too, as a native submit button would.
    this.internals.form?.requestSubmit();
  }

  private showPage(id: string, fromHistory = false): void {
    if (!fromHistory) this.pushPage(id);
    this.errors = [];
    this.say();
    if (id === CHECK) this.returnToCheck = false;
    this.unavailable = false;
    this.restoredNotice = false;
    this.page = id;
    this.focusAfter('#page-heading');
    void this.updateComplete.then(() => this.emitStep());
  }

  /** An entry in the browser's history for a page of the steps flow that is not the one shown, when `history` asks for them. */
  private pushPage(id: string): void {
    if (this.history && this.steps && id !== this.page) this.pageHistory.push(id, this.page);
  }

  /** The browser's Back or Forward: the page of that entry; from the result, back to the answers on it. */
  private showPageFromHistory(page: string): void {
    if (!this.history || !this.steps || page === RESULT) return;
    if (page !== INTRO && page !== CHECK && !this.pages.some((candidate) => candidate.id === page)) return;
    this.submitted = undefined;
    this.showPage(page, true);
  }

  private readonly goBack = (): void => {
    const pages = this.pages;
    // From the page "Ændr" opened, back to check-your-answers; from a page the change brought up, to the one before it.
    if (this.returnToCheck && this.pagesBeforeChange.has(this.page)) return this.showPage(CHECK);
    const index = this.page === CHECK ? pages.length : pages.findIndex((page) => page.id === this.page);
    this.showPage(index <= 0 ? INTRO : (pages[index - 1]?.id ?? INTRO));
  };

  /** "Ændr" on check-your-answers: the question's page, and back to check-your-answers after it. */
  private readonly changeAnswer = (id: string): void => {
    const page = this.pages.find((candidate) => candidate.questions.some(([questionId]) => questionId === id));
    if (!page) return;
    this.showPage(page.id);
    this.changeFromCheck();
    // A question alone is its page's heading; among several, the one to change is found for the citizen.
    if (page.questions.length > 1) {
      this.focusAfter(() => focusField(this.renderRoot, id) || this.renderRoot.querySelector<HTMLElement>('#page-heading')?.focus());
    }
  };

  /** An answer is changed from check-your-answers, which comes back after it and after any page the change brings up. */
  private changeFromCheck(): void {
    this.returnToCheck = true;
    this.pagesBeforeChange = new Set(this.pages.map((candidate) => candidate.id));
  }

  protected readonly editAnswers = async (): Promise<void> => {
    this.submitted = undefined;
    this.page = this.steps ? CHECK : INTRO;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.steps ? '#page-heading' : 'input, select, textarea')?.focus();
    // The portal names the page by this event; without it the title would still be the result's.
    this.emitStep();
  };

  /**
   * In the steps flow, the page shown when it is read, as `rummelig-step` describes a page: for a script that starts
   * after the element, which a kept draft may already have brought back to its page. Read it after `updateComplete`;
   * undefined in the single-page flow.
   */
  get currentStep(): StepDetail | undefined {
    if (!this.steps) return undefined;
    const pages = this.pages;
    const index = pages.findIndex((page) => page.id === this.page);
    const page = this.submitted ? RESULT : this.page;
    const step = page === CHECK ? pages.length + 1 : index + 1;
    const title = this.renderRoot.querySelector(this.submitted ? '#result-heading' : '#page-heading')?.textContent?.trim() ?? '';
    return { page, step: page === RESULT || page === INTRO ? 0 : step, steps: this.pagesKnown ? pages.length + 1 : 0, title };
  }

  private emitStep(): void {
    const detail = this.currentStep;
    if (detail) this.dispatchEvent(new CustomEvent<StepDetail>('rummelig-step', { bubbles: true, composed: true, detail }));
  }

  // ---- Drafts ----

  private get storageKey(): string {
    const name = this.getAttribute('name') || this.id || 'form';
    return this.draftKey ?? `rummelig:${this.formId}:${location.pathname}:${name}`;
  }

  private async loadDraft(): Promise<void> {
    this.draftLoaded = false;
    this.keeper = new DraftKeeper(this.draftStorage ?? sessionDraftStorage, this.storageKey, () => {
      this.draftFailed = true;
    });
    const stored = await this.keeper.load(this.formId);
    this.draftLoaded = true;
    const draft = stored && this.draftCodec().restore(stored.draft);
    if (!stored || draft === undefined || this.touched) return this.storeDraft();
    this.draft = draft;
    if (stored.page && (stored.page === CHECK || this.pages.some((page) => page.id === stored.page))) this.page = stored.page;
    this.say(this.t('draftRestored'));
    this.restoredNotice = true;
    // The page it brings back is a page shown, as one shown by Continue is, so a portal's own step indicator follows.
    if (this.page !== INTRO) void this.updateComplete.then(() => this.emitStep());
    this.dispatchEvent(new CustomEvent<DraftDetail>('rummelig-draft', { bubbles: true, composed: true, detail: { action: 'restored' } }));
  }

  /** Nothing of the citizen's is in the draft: it is what the form started from. */
  private get isEmpty(): boolean {
    return JSON.stringify(this.draft) === JSON.stringify(this.startingDraft());
  }

  /** Keeps the draft; an empty form is not kept, so that nothing is left behind after a reset or a deletion. */
  private storeDraft(): void {
    if (!this.keeper || !this.draftLoaded || this.submitted) return;
    const empty = this.page === INTRO && this.isEmpty;
    void (empty ? this.keeper.remove() : this.keeper.save({ version: 1, form: this.formId, draft: this.draft, page: this.page }));
  }

  private async confirmClear(confirmed: boolean): Promise<void> {
    this.confirmingClear = false;
    if (!confirmed) {
      this.focusAfter('#draft-clear');
      return;
    }
    await this.keeper?.remove();
    const shownBefore = this.page;
    this.draft = this.startingDraft();
    this.errors = [];
    this.touched = false;
    this.pushPage(INTRO);
    this.page = INTRO;
    this.restoredNotice = false;
    this.say(this.t('draftCleared'));
    this.focusAfter('#draft-heading');
    this.dispatchEvent(new CustomEvent<DraftDetail>('rummelig-draft', { bubbles: true, composed: true, detail: { action: 'cleared' } }));
    // Back on the introduction is another page shown: a portal's title and step indicator follow it, as after a reset.
    if (shownBefore !== INTRO) void this.updateComplete.then(() => this.emitStep());
  }
}

/** A configured value as the console shows it: as JSON where it can be, so that equal values read the same. */
function shownValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The element's listeners, typed by its own events as the DOM types each of
 * its elements: `rummelig-submit` on a `<rummelig-opsporing>` carries the
 * opsporing detail, where `HTMLElementEventMap`, shared by every element, can
 * only carry the union of all the forms' details. An interface merged into the
 * class, since a class cannot overload an inherited method without
 * implementing it again.
 */
export interface ScreeningFormElement<D, A, R, S> {
  addEventListener<K extends keyof RummeligEventMap<S>>(
    type: K,
    listener: (this: this, event: RummeligEventMap<S>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RummeligEventMap<S>>(
    type: K,
    listener: (this: this, event: RummeligEventMap<S>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
