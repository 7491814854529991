import { RummeligError } from '../errors.js';

/** The `code` of the RummeligError that `call` throws; any other outcome fails the test that asked. */
export function thrownCode(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (error instanceof RummeligError) return error.code;
    throw error;
  }
  throw new Error('expected a RummeligError');
}
