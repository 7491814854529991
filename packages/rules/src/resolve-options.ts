import { RummeligError } from '@rummelig/core';
import { isRecord } from './data-checks.js';
import type { RuleSetDefinition } from './types.js';

/**
 * The options in effect: each one given, checked against the rule set, and
 * the rule set's default for the rest. Throws `invalid-option` for an unknown
 * option or value, since that is a mistake in the call, not in the document.
 */
export function resolveOptions(definition: RuleSetDefinition, given: unknown): Readonly<Record<string, string>> {
  if (given !== undefined && !isRecord(given)) {
    throw new RummeligError('invalid-option', 'options must be an object.', { options: given });
  }
  const names = Object.keys(definition.options);
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(given ?? {})) {
    // Own options only: "toString" or "constructor" is no option, though every object has one.
    const option = Object.hasOwn(definition.options, name) ? definition.options[name] : undefined;
    if (option === undefined) {
      const known = names.length === 0 ? 'it takes no options' : `known options: ${names.join(', ')}`;
      throw new RummeligError('invalid-option', `Rule set "${definition.id}" has no option "${name}"; ${known}.`, { option: name });
    }
    const allowed = Object.keys(option.values);
    if (value === undefined) continue;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new RummeligError('invalid-option', `Option "${name}" must be one of ${allowed.join(', ')}, not "${String(value)}".`, {
        option: name,
        value,
      });
    }
    resolved[name] = value;
  }
  for (const name of names) resolved[name] ??= definition.options[name]?.default ?? '';
  return resolved;
}
