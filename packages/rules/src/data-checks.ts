import type { LocalizedText } from '@rummelig/core';
import type { JsonValue } from './types.js';

/**
 * Readers for rule-set data. Each records a problem and returns a harmless
 * placeholder instead of throwing, so that one pass reports every problem;
 * the caller throws when any was recorded, so a placeholder never escapes.
 */
export type Problems = string[];

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function record(value: unknown, where: string, problems: Problems): Readonly<Record<string, unknown>> {
  if (isRecord(value)) return value;
  problems.push(`${where}: expected an object`);
  return {};
}

export function list(value: unknown, where: string, problems: Problems): readonly unknown[] {
  if (Array.isArray(value)) return value;
  problems.push(`${where}: expected a list`);
  return [];
}

export function text(value: unknown, where: string, problems: Problems): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  problems.push(`${where}: expected a non-empty text`);
  return '';
}

export function optionalText(value: unknown, where: string, problems: Problems): string | undefined {
  return value === undefined ? undefined : text(value, where, problems);
}

export function localized(value: unknown, where: string, problems: Problems): LocalizedText {
  const raw = record(value, where, problems);
  return { da: text(raw['da'], `${where}.da`, problems), en: text(raw['en'], `${where}.en`, problems) };
}

export function isOneOf<T>(value: unknown, allowed: readonly T[]): value is T {
  return (allowed as readonly unknown[]).includes(value);
}

export function oneOf<T extends string>(value: unknown, allowed: readonly [T, ...T[]], where: string, problems: Problems): T {
  if (isOneOf(value, allowed)) return value;
  problems.push(`${where}: expected one of ${allowed.join(', ')}`);
  return allowed[0];
}

export function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isRecord(value) && Object.values(value).every(isJsonValue);
}

/** True when the record has exactly these keys, so a record built from a key list is complete. */
export function hasKeys<K extends string, V>(
  value: Readonly<Record<string, V>>,
  keys: readonly K[],
): value is Readonly<Record<string, V>> & Readonly<Record<K, V>> {
  return keys.every((key) => Object.hasOwn(value, key));
}

export function unknownKeys(value: Readonly<Record<string, unknown>>, known: readonly string[], where: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${where}: unknown property "${key}"`);
  }
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
