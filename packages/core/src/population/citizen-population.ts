import type { Citizen } from '../opsporing-types.js';
import type { Random } from './random.js';

const FIRST_NAMES = ['Mette', 'Jens', 'Anne', 'Mohammed', 'Sofie', 'Lars', 'Fatima', 'Peter', 'Hanne', 'Ali', 'Camilla', 'Søren'];
const LAST_NAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Yilmaz'];

/**
 * A citizen aged 18 to 66 with a mean near 40 (Tabel 1: municipality means
 * 30-45), a CPR number whose date is real, and sometimes no details at all.
 */
export function generateCitizen(random: Random): Citizen | undefined {
  if (random.chance(0.15)) return undefined;
  const age = Math.min(66, Math.max(18, Math.round(40 + (random.next() + random.next() + random.next() - 1.5) * 22)));
  const year = 2026 - age;
  const month = random.integer(1, 12);
  const day = random.integer(1, 28);
  const digits = `${pad(day)}${pad(month)}${pad(year % 100)}`;
  const serial = String(random.integer(0, 9999)).padStart(4, '0');
  const cpr = random.chance(0.5) ? `${digits}-${serial}` : `${digits}${serial}`;
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  return random.chance(0.1) ? { name } : { cpr, name };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
