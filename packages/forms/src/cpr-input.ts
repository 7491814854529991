/**
 * A CPR number as it is typed or pasted, in the contract's form: trimmed, and
 * spaces or another dash (– —) between the date and the serial number made
 * the hyphen, so that right digits are never refused for the way they were
 * written. Only spaces is no answer. Anything else is left for the contract
 * to judge.
 */
export function normaliseCpr(text: string): string {
  return text.trim().replace(/^(\d{6})[\s–—-]+(\d{4})$/, '$1-$2');
}
