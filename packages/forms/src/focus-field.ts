/**
 * Moves focus to a field named in the error summary or by "Ændr": its
 * control, or a group's chosen (else first) control. As in GOV.UK's and DKFDS's error summary, the
 * legend scrolls into view with it when it is near, so that the question is
 * seen with the answer. The links' own jump would look for the id outside
 * the shadow root, hence this. Says whether there was a control to focus.
 */
export function focusField(root: ParentNode, field: string): boolean {
  const target = root.querySelector<HTMLElement>(`#${CSS.escape(field)}`);
  // The chosen answer, where Tab into a radio group lands too; else the first box that is in error, not a filled one.
  const control = target?.matches('input, select, textarea')
    ? target
    : (target?.querySelector<HTMLElement>('input:checked') ??
      target?.querySelector<HTMLElement>(':is(input, select, textarea)[aria-invalid="true"]') ??
      target?.querySelector<HTMLElement>('input, select, textarea'));
  if (!control) return false;
  const legend = control.closest('fieldset')?.querySelector(':scope > legend');
  const label = root.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  const legendIsNear = legend && control.getBoundingClientRect().top - legend.getBoundingClientRect().top < window.innerHeight / 2;
  (legendIsNear ? legend : (label ?? control)).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
  return true;
}
