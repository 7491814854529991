/** A JSON Schema (draft 2020-12) as plain data, with Rummelig's annotation keywords. */
export interface JsonSchema {
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  /** English title and description; the plain `title` and `description` are Danish. */
  readonly 'x-en'?: { readonly title?: string; readonly description?: string };
  /** Labels of enum values, in Danish and English. */
  readonly 'x-enum-titles'?: Readonly<Record<string, { readonly da: string; readonly en: string }>>;
  /** Help questions for a dialogue theme, in Danish and English. */
  readonly 'x-help-questions'?: { readonly da: readonly string[]; readonly en: readonly string[] };
  /** Line of the source report (Bilag 3) the field comes from. */
  readonly 'x-source-line'?: number;
  readonly [keyword: string]: unknown;
}
