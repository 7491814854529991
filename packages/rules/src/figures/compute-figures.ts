import type { LocalizedText } from '@rummelig/core';
import { copySource, copyText } from '../copy-texts.js';
import { answerAt } from '../path-resolver.js';
import type { FigureResult, FigureValue, ParameterDefinition, ParameterPeriod, RuleSetDefinition } from '../types.js';
import { CALCULATIONS } from './calculations.js';

/** The period of a parameter in force on a date, if any. */
export function periodOn(parameter: ParameterDefinition | undefined, asOf: string): ParameterPeriod | undefined {
  return parameter?.periods.find((period) => period.validFrom <= asOf && (period.validTo === null || asOf <= period.validTo));
}

/** Every parameter's value in force on the date, by id; a value not known is left out, so no rule can compare with it. */
export function parameterFact(definition: RuleSetDefinition, asOf: string): Readonly<Record<string, FigureValue>> {
  const values: Record<string, FigureValue> = {};
  for (const [id, parameter] of Object.entries(definition.parameters)) {
    const value = periodOn(parameter, asOf)?.value;
    if (value !== undefined && value !== null) values[id] = value;
  }
  return values;
}

/** Every figure's value for these answers on the date, null where it is not known. */
export function computeFigures(definition: RuleSetDefinition, answers: object, asOf: string): Readonly<Record<string, FigureValue>> {
  const values: Record<string, FigureValue> = {};
  for (const figure of definition.figures) {
    const calculation = CALCULATIONS[figure.calculation];
    values[figure.id] = calculation.calculate({
      answers: Object.fromEntries(Object.entries(figure.answers).map(([role, path]) => [role, answerAt(answers, path)])),
      parameters: Object.fromEntries(
        Object.entries(figure.parameters).map(([role, id]) => [role, periodOn(definition.parameters[id], asOf)?.value ?? undefined]),
      ),
      asOf,
    });
  }
  return values;
}

/** The figures as the rules read them: a figure not known is left out, so that a comparison with it is false. */
export function figureFact(values: Readonly<Record<string, FigureValue>>): Readonly<Record<string, FigureValue>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null));
}

/**
 * The figures of the result: those reported always and those a rule reported,
 * each with its source and explanation. A figure that is one parameter takes
 * the source, period and note of the parameter's period in force.
 */
export function reportFigures(
  definition: RuleSetDefinition,
  values: Readonly<Record<string, FigureValue>>,
  reportedByRules: ReadonlySet<string>,
  asOf: string,
): FigureResult[] {
  return definition.figures
    .filter((figure) => figure.reported === 'always' || (figure.reported === 'when-a-rule-fires' && reportedByRules.has(figure.id)))
    .map((figure) => {
      const value = values[figure.id] ?? null;
      const parameterId = figure.calculation === 'parameter' ? figure.parameters['value'] : undefined;
      const period = parameterId === undefined ? undefined : periodOn(definition.parameters[parameterId], asOf);
      const explanation = joinTexts(value === null ? figure.explanations.unknown : figure.explanations.known, period?.note);
      const source = period?.source ?? figure.source;
      return {
        id: figure.id,
        title: copyText(figure.title),
        value: Array.isArray(value) ? [...(value as readonly (number | null)[])] : value,
        unit: figure.unit,
        explanation,
        source: copySource(source),
        ...(period === undefined ? {} : { validFrom: period.validFrom, validTo: period.validTo }),
      };
    });
}

function joinTexts(text: LocalizedText, note: LocalizedText | undefined): LocalizedText {
  return note === undefined ? copyText(text) : { da: `${text.da} ${note.da}`, en: `${text.en} ${note.en}` };
}
