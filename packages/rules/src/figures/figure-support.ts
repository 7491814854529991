import type { FigureValue, RuleSetDefinition, SchemeResultParts } from '../types.js';
import { computeFigures, figureFact, parameterFact, reportFigures } from './compute-figures.js';

/**
 * Parameters and figures, for the rule sets that have them (the schemes). A
 * rule set without them, such as the screening's, leaves this out, and a page
 * that evaluates only such rule sets carries none of this code.
 */
export interface FigureSupport {
  /** Every figure's value for the answers on the date, null where not known. */
  readonly compute: (definition: RuleSetDefinition, answers: object, asOf: string) => Readonly<Record<string, FigureValue>>;
  /** The `parameters` and `figures` facts the rules read. */
  readonly facts: (definition: RuleSetDefinition, values: Readonly<Record<string, FigureValue>>, asOf: string) => Readonly<Record<string, unknown>>;
  /** What the result adds: the reported figures, and the figures the contract names at the top, such as maxWeeklyHours. */
  readonly result: (
    definition: RuleSetDefinition,
    values: Readonly<Record<string, FigureValue>>,
    reported: ReadonlySet<string>,
    asOf: string,
  ) => SchemeResultParts & { readonly maxWeeklyHours?: number | null };
}

export const FIGURE_SUPPORT: FigureSupport = {
  compute: computeFigures,
  facts: (definition, values, asOf) => ({ parameters: parameterFact(definition, asOf), figures: figureFact(values) }),
  result: (definition, values, reported, asOf) => {
    const keyed = Object.fromEntries(
      definition.figures.flatMap((figure) => (figure.resultKey === undefined ? [] : [[figure.resultKey, values[figure.id] ?? null]])),
    ) as { readonly maxWeeklyHours?: number | null };
    return { ...keyed, figures: reportFigures(definition, values, reported, asOf) };
  },
};
