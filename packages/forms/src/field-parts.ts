import { html, nothing, type TemplateResult } from 'lit';
import type { Headings } from './headings.js';
import { withoutColon } from './schema-wording.js';

/**
 * The building blocks the forms are made of. Each renders one question the
 * GOV.UK and DKFDS way: label or legend, hint, error message, control, with
 * `aria-describedby` joining the hint and the error to the control. A
 * question alone on its page (the steps flow) is the page's heading: the
 * legend holds the heading, or the heading holds the label, so the question
 * is read once, as GOV.UK's question pages do.
 */

/** What every field needs besides its own content. */
export interface FieldBase {
  /** The id of the control, or of the fieldset of a group; error links and `aria-describedby` use it. */
  readonly field: string;
  /** A help text or a help block (e.g. a list of questions) under the label. */
  readonly hint?: string | TemplateResult | undefined;
  /** The error shown by the field, if any. */
  readonly error?: string | undefined;
  /** "Fejl:" or "Error:", read before the message by screen readers. */
  readonly errorPrefix: string;
  /** Disables the control; a disabled fieldset around the form disables every control anyway. */
  readonly disabled?: boolean;
  /** The question is alone on its page: its label or legend is the page's heading. */
  readonly asHeading?: boolean;
  /** The form's headings, at the level its `heading-level` says. */
  readonly headings: Headings;
}

export interface ChoiceOption<V> {
  readonly value: V;
  readonly label: string;
}

export interface RadioGroupOptions<V> extends FieldBase {
  readonly legend: string | TemplateResult;
  readonly options: readonly ChoiceOption<V>[];
  readonly value: V | undefined;
  /** Side by side, as yes/no and short scales are. */
  readonly inline?: boolean;
  readonly onChange: (value: V) => void;
}

export interface CheckboxGroupOptions<V> extends FieldBase {
  readonly legend: string | TemplateResult;
  readonly options: readonly ChoiceOption<V>[];
  readonly checked: readonly V[];
  readonly onToggle: (value: V, checked: boolean) => void;
}

export interface TextFieldOptions extends FieldBase {
  readonly label: string | TemplateResult;
  readonly value: string | undefined;
  readonly onInput: (value: string) => void;
}

export interface TextInputOptions extends TextFieldOptions {
  readonly autocomplete?: string;
  /** A CSS class for the width: `narrow` for short codes such as the CPR number. */
  readonly width?: string;
  /** The keyboard a phone shows, e.g. `decimal` for hours and months. */
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  /** The id of a group's error that this box is a cause of (an empty one of several): read with it, and marked invalid. */
  readonly groupError?: string | undefined;
  /** Dyslexic citizens rely on spell-check, so it is on but for numbers (by `inputMode`) and codes such as the CPR number. */
  readonly spellcheck?: boolean;
}

export interface SelectOptions<V extends string> extends FieldBase {
  readonly label: string | TemplateResult;
  readonly options: readonly ChoiceOption<V>[];
  /** The text of the empty choice, e.g. "Ikke angivet". */
  readonly emptyLabel: string;
  readonly value: V | undefined;
  readonly onChange: (value: V | undefined) => void;
}

/** The ids a control is described by: its hint, then its error, then the limit of its text. */
export function describedBy({ field, hint, error, limit }: Pick<FieldBase, 'field' | 'hint' | 'error'> & { readonly limit?: string | undefined }): string {
  return [hint === undefined ? '' : `${field}-hint`, error === undefined ? '' : `${field}-error`, limit === undefined ? '' : `${field}-limit`]
    .filter(Boolean)
    .join(' ');
}

export function renderHint({ field, hint }: Pick<FieldBase, 'field' | 'hint'>): TemplateResult | typeof nothing {
  if (hint === undefined) return nothing;
  return typeof hint === 'string'
    ? html`<span class="hint" id="${field}-hint">${hint}</span>`
    : html`<div class="hint" id="${field}-hint">${hint}</div>`;
}

export function renderFieldError({ field, error, errorPrefix }: Pick<FieldBase, 'field' | 'error' | 'errorPrefix'>): TemplateResult | typeof nothing {
  if (error === undefined) return nothing;
  return html`<span class="error-message" id="${field}-error"><span class="visually-hidden">${errorPrefix}</span> ${error}</span>`;
}

type PageHeadingOptions = Pick<FieldBase, 'asHeading' | 'headings'>;

/** The heading of a page of the steps flow, which focus moves to as the page opens. */
export function renderPageHeading(headings: Headings, content: unknown): TemplateResult {
  return headings(2, content, { id: 'page-heading', class: 'page-heading', focusable: true });
}

/** A legend's content, as the page's heading when the question is alone on its page. */
export function legendContent(content: string | TemplateResult, { asHeading, headings }: PageHeadingOptions): string | TemplateResult {
  return asHeading ? renderPageHeading(headings, withoutColon(content)) : content;
}

/** A control's label, inside the page's heading when the question is alone on its page. */
export function renderLabel(field: string, content: string | TemplateResult, { asHeading, headings }: PageHeadingOptions): TemplateResult {
  const label = html`<label for=${field}>${asHeading ? withoutColon(content) : content}</label>`;
  return asHeading ? renderPageHeading(headings, label) : label;
}

function fieldClass(error: string | undefined, extra = ''): string {
  return ['field', extra, error === undefined ? '' : 'field--error'].filter(Boolean).join(' ');
}

/** Radio buttons in a fieldset; each button's id is `<field>-<value>`. */
export function renderRadioGroup<V extends string | boolean>(options: RadioGroupOptions<V>): TemplateResult {
  const { field, legend, value, error, inline = false, onChange } = options;
  const choices = options.options.map(
    (option) => html`<div class="choice">
      <input
        type="radio"
        name=${field}
        id="${field}-${choiceSuffix(option.value)}"
        .checked=${value === option.value}
        ?disabled=${options.disabled ?? false}
        aria-invalid=${error === undefined ? 'false' : 'true'}
        @change=${() => onChange(option.value)}
      />
      <label for="${field}-${choiceSuffix(option.value)}">${option.label}</label>
    </div>`,
  );
  return html`
    <fieldset class=${fieldClass(error)} id=${field} aria-describedby=${describedBy(options)}>
      <legend>${legendContent(legend, options)}</legend>
      ${renderHint(options)} ${renderFieldError(options)}
      ${inline ? html`<div class="choices--inline">${choices}</div>` : choices}
    </fieldset>
  `;
}

/** Checkboxes in a fieldset; each box's id is `<field>-<value>`. */
export function renderCheckboxGroup<V extends string>(options: CheckboxGroupOptions<V>): TemplateResult {
  const { field, legend, checked, error, onToggle } = options;
  return html`
    <fieldset class=${fieldClass(error)} id=${field} aria-describedby=${describedBy(options)}>
      <legend>${legendContent(legend, options)}</legend>
      ${renderHint(options)} ${renderFieldError(options)}
      ${options.options.map(
        (option) => html`<div class="choice">
          <input
            type="checkbox"
            id="${field}-${option.value}"
            .checked=${checked.includes(option.value)}
            ?disabled=${options.disabled ?? false}
            @change=${(event: Event) => onToggle(option.value, (event.target as HTMLInputElement).checked)}
          />
          <label for="${field}-${option.value}">${option.label}</label>
        </div>`,
      )}
    </fieldset>
  `;
}

export function renderTextInput(options: TextInputOptions): TemplateResult {
  const { field, label, value, error, autocomplete = 'off', width = '', inputMode = 'text', spellcheck = inputMode === 'text', onInput } = options;
  return html`
    <div class=${fieldClass(error)}>
      ${renderLabel(field, label, options)} ${renderHint(options)} ${renderFieldError(options)}
      <input
        type="text"
        class=${width}
        id=${field}
        autocomplete=${autocomplete}
        inputmode=${inputMode}
        spellcheck=${spellcheck ? 'true' : 'false'}
        .value=${value ?? ''}
        ?disabled=${options.disabled ?? false}
        aria-invalid=${error === undefined && options.groupError === undefined ? 'false' : 'true'}
        aria-describedby=${[describedBy(options), options.groupError ?? ''].filter(Boolean).join(' ')}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
      />
    </div>
  `;
}

export interface TextAreaOptions extends TextFieldOptions {
  readonly rows?: number;
  readonly extraClass?: string;
  /** How long the text may be, in words ("Du kan indtaste op til 5.000 tegn."), shown under the box. */
  readonly limit?: string | undefined;
}

export function renderTextArea(options: TextAreaOptions): TemplateResult {
  const { field, label, value, error, rows = 5, limit, onInput } = options;
  return html`
    <div class=${fieldClass(error, options.extraClass)}>
      ${renderLabel(field, label, options)} ${renderHint(options)} ${renderFieldError(options)}
      <textarea
        id=${field}
        rows=${rows}
        .value=${value ?? ''}
        ?disabled=${options.disabled ?? false}
        aria-invalid=${error === undefined ? 'false' : 'true'}
        aria-describedby=${describedBy(options)}
        @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${limit === undefined ? nothing : html`<span class="hint" id="${field}-limit">${limit}</span>`}
    </div>
  `;
}

/** A native select: one keyboard stop, and screen readers announce the list's length. */
export function renderSelect<V extends string>(options: SelectOptions<V>): TemplateResult {
  const { field, label, value, error, emptyLabel, onChange } = options;
  const known = new Set<string>(options.options.map((option) => option.value));
  return html`
    <div class=${fieldClass(error)}>
      ${renderLabel(field, label, options)} ${renderHint(options)} ${renderFieldError(options)}
      <select
        id=${field}
        ?disabled=${options.disabled ?? false}
        aria-invalid=${error === undefined ? 'false' : 'true'}
        aria-describedby=${describedBy(options)}
        @change=${(event: Event) => {
          const chosen = (event.target as HTMLSelectElement).value;
          onChange(known.has(chosen) ? (chosen as V) : undefined);
        }}
      >
        <option value="" ?selected=${value === undefined}>${emptyLabel}</option>
        ${options.options.map((option) => html`<option value=${option.value} ?selected=${value === option.value}>${option.label}</option>`)}
      </select>
    </div>
  `;
}

export interface YesNoOptions extends Omit<RadioGroupOptions<boolean>, 'options' | 'inline'> {
  readonly yes: string;
  readonly no: string;
}

/** The yes/no question: two radio buttons side by side, `<field>-yes` and `<field>-no`. */
export function renderYesNo({ yes, no, ...options }: YesNoOptions): TemplateResult {
  return renderRadioGroup({
    ...options,
    options: [
      { value: true, label: yes },
      { value: false, label: no },
    ],
    inline: true,
  });
}

/**
 * A scale: ordered answers from least to most ("Ingen" … "Stor", "Meget
 * dårlige" … "Meget gode"), side by side where they fit and stacked where
 * they do not. Radio buttons, so that each step has its own label to read.
 */
export function renderScale<V extends string>(options: Omit<RadioGroupOptions<V>, 'inline'>): TemplateResult {
  return renderRadioGroup({ ...options, inline: true });
}

function choiceSuffix(value: string | boolean): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return value;
}
