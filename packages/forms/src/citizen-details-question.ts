import { normaliseCpr } from './cpr-input.js';
import { renderTextInput } from './field-parts.js';
import { optionalLabel, type SchemaWording } from './schema-wording.js';
import type { Question } from './ui-description.js';

/** A draft whose answer document has the citizen's CPR number and name, as every screening form's has. */
export interface CitizenDetailsDraft {
  readonly answers: { readonly citizen?: { readonly cpr?: string; readonly name?: string } };
}

/**
 * The optional CPR number and name; a CPR number typed with spaces or a dash is kept in the contract's form. With
 * `ownDetails`, the name is marked for autofill (WCAG 1.3.5) in citizen mode; elsewhere the details are someone
 * else's, and the browser must not offer those of the person typing.
 */
export function citizenDetailsQuestions<D extends CitizenDetailsDraft>(
  wording: SchemaWording,
  set: (draft: D, id: 'cpr' | 'name', value: string) => D,
  ownDetails: boolean,
): Readonly<Record<'cpr' | 'name', Question<D>>> {
  const { label, hint } = wording;
  const question = (id: 'cpr' | 'name'): Question<D> => {
    const path = `citizen/${id}`;
    return {
      optional: true,
      label: (t) => label(t, id, path),
      render: (context) =>
        renderTextInput({
          ...context.field(id),
          asHeading: context.asHeading,
          hint: hint(context.t, id, path),
          label: optionalLabel(context.t, label(context.t, id, path)),
          value: context.draft.answers.citizen?.[id],
          autocomplete: ownDetails && id === 'name' && context.mode === 'citizen' ? 'name' : 'off',
          width: id === 'cpr' ? 'narrow' : '',
          spellcheck: id !== 'cpr',
          onInput: (value) => context.change((draft) => set(draft, id, id === 'cpr' ? normaliseCpr(value) : value)),
        }),
      answer: (context) => context.draft.answers.citizen?.[id],
    };
  };
  return { cpr: question('cpr'), name: question('name') };
}
