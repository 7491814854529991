import { isIsoDate } from '@rummelig/core';
import type { FigureCalculation, FigureValue } from '../types.js';

/** What a calculation is given: the answers and parameter values it names, by role, and the evaluation date. */
export interface CalculationInput {
  readonly answers: Readonly<Record<string, unknown>>;
  readonly parameters: Readonly<Record<string, FigureValue | undefined>>;
  readonly asOf: string;
}

interface Calculation {
  /** The roles of the answers and parameters the calculation reads; a rule set's figure must name each. */
  readonly answers: readonly string[];
  readonly parameters: readonly string[];
  /** The figure's value, or null when an answer or parameter it needs is not known. */
  readonly calculate: (input: CalculationInput) => FigureValue;
}

const isHours = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

// Not rounded, neither where the need is compared with it nor where it is reported: the contract states the cap as
// 20 × weeklyHours / 37, so 8.11 hours is above the cap of 8.108… for a 15-hour week, and a reported 8.11 would be a
// limit that the need is refused at. Multiplying before dividing gives the same double in any IEEE 754 language.
function proRata({ answers, parameters }: CalculationInput): number | null {
  const { weeklyHours } = answers;
  const { hours, fullTime } = parameters;
  if (!isHours(weeklyHours) || typeof hours !== 'number' || typeof fullTime !== 'number' || fullTime <= 0) return null;
  return (hours * weeklyHours) / fullTime;
}

function weeklyHoursCap(input: CalculationInput): number | null {
  const { weeklyHours, special } = input.answers;
  return special === true && isHours(weeklyHours) ? weeklyHours : proRata(input);
}

/** The date `years` years after `date`; 29 February becomes 28 February in a year without it. */
export function addYears(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const yearAndMonth = `${String(year + years).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  const target = `${yearAndMonth}-${String(day).padStart(2, '0')}`;
  return isIsoDate(target) ? target : `${yearAndMonth}-28`;
}

export const CALCULATIONS: Readonly<Record<FigureCalculation, Calculation>> = {
  /** The parameter's value in force on the evaluation date. */
  parameter: { answers: [], parameters: ['value'], calculate: ({ parameters }) => parameters['value'] ?? null },
  /** hours × weeklyHours / fullTime, unrounded: personlig assistance's 20 hours for a 37-hour week, pro rata. */
  'pro-rata-weekly-hours': { answers: ['weeklyHours'], parameters: ['hours', 'fullTime'], calculate: proRata },
  /** The pro-rata cap, or the whole working week when the municipality has judged the case special; unrounded. */
  'weekly-hours-cap': { answers: ['weeklyHours', 'special'], parameters: ['hours', 'fullTime'], calculate: weeklyHoursCap },
  /** The last day of a window of `years` years after a date, such as the isbryder start two years after the education. */
  'years-after-date': {
    answers: ['date'],
    parameters: ['years'],
    calculate: ({ answers, parameters }) => {
      const { date } = answers;
      const { years } = parameters;
      return isIsoDate(date) && typeof years === 'number' && Number.isInteger(years) ? addYears(date, years) : null;
    },
  },
  /** A date answered, or the evaluation date when none is, such as the planned isbryder start. */
  'date-or-as-of': { answers: ['date'], parameters: [], calculate: ({ answers, asOf }) => (isIsoDate(answers['date']) ? answers['date'] : asOf) },
};
