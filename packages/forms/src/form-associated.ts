import { LitElement } from 'lit';

/**
 * What every Rummelig form shares with a native form control: it joins the
 * surrounding `<form>`, submits its answer document as its value, and takes
 * part in the form's validation, through ElementInternals.
 *
 * The default theme follows DKFDS; each of these changes it from outside.
 *
 * @cssprop --rummelig-font-family - The typeface; IBM Plex Sans with system fallbacks, as in DKFDS.
 * @cssprop --rummelig-font-size - The base size of the text (1rem, so it follows the browser's text size).
 * @cssprop --rummelig-line-height - The line height of the text (1.5).
 * @cssprop --rummelig-max-width - The widest the form grows.
 * @cssprop --rummelig-color-text - The text.
 * @cssprop --rummelig-color-hint - Hints under labels, and the progress text.
 * @cssprop --rummelig-color-primary - Buttons, the result's border and the progress bar.
 * @cssprop --rummelig-color-primary-hover - Buttons under the pointer.
 * @cssprop --rummelig-color-on-primary - Text on buttons.
 * @cssprop --rummelig-color-link - Links, such as "Ændr" and the contact's phone and e-mail.
 * @cssprop --rummelig-color-error - Errors: the bar, the text and the summary's border.
 * @cssprop --rummelig-color-warning - The bar of notices and warnings.
 * @cssprop --rummelig-color-info - The bar of the notice that answers are kept.
 * @cssprop --rummelig-color-info-background - The background of that notice.
 * @cssprop --rummelig-color-success - The bar beside an outcome that is likely met.
 * @cssprop --rummelig-color-border - Fields and panels.
 * @cssprop --rummelig-color-panel - The background of panels.
 * @cssprop --rummelig-color-background - The background of fields and secondary buttons.
 * @cssprop --rummelig-color-focus - The focus outline.
 * @cssprop --rummelig-focus-width - The width of the focus outline (3px).
 * @cssprop --rummelig-radius - Corners of fields, buttons and panels.
 * @cssprop --rummelig-space - The unit of spacing.
 * @cssprop --rummelig-transition-duration - How long buttons take to change colour; none under prefers-reduced-motion.
 */
export class FormAssociatedElement extends LitElement {
  static formAssociated = true;
  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /** The form this element belongs to, as for native form controls. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The name the answer document is submitted under, as for native form controls; it reflects the `name` attribute. */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  // Settable like a native control's, since frameworks such as React 19 set a known property rather than the attribute.
  set name(name: string) {
    this.setAttribute('name', name);
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  private validityCheck = 0;

  /** Brings back what the browser kept when the page is restored, so nothing typed is lost. */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.restoreAnswers(JSON.parse(state));
    } catch {
      // A state this element did not write is ignored.
    }
  }

  /** Takes back the answer document that `syncFormState` gave the form. */
  protected restoreAnswers(_answers: unknown): void {}

  /**
   * Gives the surrounding form the answer document as the value, then the
   * first problem with it as the validity message, so that a native form
   * refuses to submit an incomplete screening. Only the latest check counts.
   */
  protected async syncFormState(value: string, firstProblem: () => Promise<string | undefined>): Promise<void> {
    this.internals.setFormValue(value);
    const token = ++this.validityCheck;
    let message: string | undefined;
    try {
      message = await firstProblem();
    } catch (error) {
      // Only a wrong `as-of` or option gets here; no result can be computed, so the form must not submit either.
      message = error instanceof Error ? error.message : String(error);
    }
    if (token !== this.validityCheck) return;
    if (message === undefined) this.internals.setValidity({});
    else this.internals.setValidity({ customError: true }, message, this.renderRoot.querySelector<HTMLElement>('[part="submit"]') ?? undefined);
  }
}
