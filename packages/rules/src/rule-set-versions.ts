import { isIsoDate } from '@rummelig/core';
import { isRecord, list, localized, record, text, unknownKeys, type Problems } from './data-checks.js';

/**
 * A rule set written once for all its versions. `versions` lists the periods
 * in force; what differs between them is dated next to it: a `source` may be
 * a list of sources each with `validFrom` and `validTo`, and texts may insert
 * dated `terms` by name, such as `{authority}`, which reads "jobcentret" until
 * the 2026 reform and "kommunen" after it. Parameters carry their own periods
 * and stay dated inside a version. A file without `versions` is one version,
 * with `version`, `validFrom` and `validTo` at the top.
 */
export interface VersionPeriod {
  readonly version: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly changes?: { readonly da: string; readonly en: string };
}

type Json = Readonly<Record<string, unknown>>;

/** The day after a date `YYYY-MM-DD`. */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** True when the period from `from` to `to` (null: open) covers the whole version. */
function covers(from: unknown, to: unknown, period: VersionPeriod): boolean {
  if (!isIsoDate(from) || from > period.validFrom) return false;
  if (to === null) return true;
  return isIsoDate(to) && period.validTo !== null && to >= period.validTo;
}

function overlaps(from: unknown, to: unknown, period: VersionPeriod): boolean {
  if (!isIsoDate(from)) return false;
  const endsBefore = to !== null && isIsoDate(to) && to < period.validFrom;
  const startsAfter = period.validTo !== null && from > period.validTo;
  return !endsBefore && !startsAfter;
}

/** The periods of the rule set's versions, checked to follow on each other without gaps or overlaps. */
export function versionPeriods(raw: Json, problems: Problems): readonly VersionPeriod[] {
  if (!('versions' in raw)) {
    const validTo = raw['validTo'];
    return [{ version: String(raw['version']), validFrom: String(raw['validFrom']), validTo: validTo === null ? null : String(validTo) }];
  }
  for (const key of ['version', 'validFrom', 'validTo']) if (key in raw) problems.push(`${key}: a rule set with "versions" dates each version there instead`);
  const periods = list(raw['versions'], 'versions', problems).map((item, index): VersionPeriod => {
    const where = `versions[${index}]`;
    const entry = record(item, where, problems);
    unknownKeys(entry, ['version', 'validFrom', 'validTo', 'changes'], where, problems);
    const validFrom = entry['validFrom'];
    const validTo = entry['validTo'];
    if (!isIsoDate(validFrom)) problems.push(`${where}.validFrom: expected a date YYYY-MM-DD`);
    if (validTo !== null && !isIsoDate(validTo)) problems.push(`${where}.validTo: expected a date YYYY-MM-DD or null`);
    const period = {
      version: text(entry['version'], `${where}.version`, problems),
      validFrom: String(validFrom),
      validTo: validTo === null ? null : String(validTo),
    };
    return entry['changes'] === undefined ? period : { ...period, changes: localized(entry['changes'], `${where}.changes`, problems) };
  });
  if (periods.length === 0) problems.push('versions: expected at least one version');
  periods.forEach((period, index) => {
    const next = periods[index + 1];
    if (next === undefined) return;
    if (period.validTo === null || nextDay(period.validTo) !== next.validFrom) {
      problems.push(`versions[${index + 1}].validFrom: must be the day after versions[${index}].validTo`);
    }
  });
  if (new Set(periods.map((period) => period.version)).size !== periods.length) problems.push('versions: version names must be unique');
  return periods;
}

/** The rule-set data of one version: dated sources and terms chosen for it, parameters cut to its period. */
export function dataOfVersion(raw: Json, period: VersionPeriod, problems: Problems): Json {
  if (!('versions' in raw)) return raw;
  const terms = termsOf(raw['terms'], period, problems);
  const { versions: _versions, terms: _terms, ...rest } = raw;
  const resolved = resolve(rest, '', period, terms, problems) as Record<string, unknown>;
  resolved['version'] = period.version;
  resolved['validFrom'] = period.validFrom;
  resolved['validTo'] = period.validTo;
  if (period.changes !== undefined) resolved['changes'] = period.changes;
  return resolved;
}

type Terms = Readonly<Record<string, { readonly da: string; readonly en: string }>>;

function termsOf(value: unknown, period: VersionPeriod, problems: Problems): Terms {
  const terms: Record<string, { da: string; en: string }> = {};
  for (const [name, entry] of Object.entries(record(value ?? {}, 'terms', problems))) {
    const where = `terms.${name}`;
    if (!/^[a-z][A-Za-z0-9]*$/.test(name)) problems.push(`${where}: a term's name starts with a small letter`);
    const dated = Array.isArray(entry) ? entry : [{ validFrom: period.validFrom, validTo: null, ...record(entry, where, problems) }];
    const chosen = dated.find((item) => isRecord(item) && covers(item['validFrom'], item['validTo'], period));
    if (!isRecord(chosen)) {
      problems.push(`${where}: no entry covers the whole of version ${period.version}`);
      continue;
    }
    terms[name] = { da: String(chosen['da'] ?? ''), en: String(chosen['en'] ?? '') };
  }
  return terms;
}

function resolve(value: unknown, where: string, period: VersionPeriod, terms: Terms, problems: Problems): unknown {
  if (Array.isArray(value)) return value.map((item, index) => resolve(item, `${where}[${index}]`, period, terms, problems));
  if (!isRecord(value)) return value;
  if (typeof value['da'] === 'string' && typeof value['en'] === 'string') {
    return { ...value, da: insertTerms(value['da'], 'da', terms, where, problems), en: insertTerms(value['en'], 'en', terms, where, problems) };
  }
  const resolved: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const at = where === '' ? key : `${where}.${key}`;
    if (key === 'source' && Array.isArray(item)) resolved[key] = resolve(sourceFor(item, at, period, problems), at, period, terms, problems);
    else if (key === 'periods' && Array.isArray(item)) resolved[key] = item.filter((entry) => isRecord(entry) && overlaps(entry['validFrom'], entry['validTo'], period)).map((entry) => resolve(entry, at, period, terms, problems));
    else resolved[key] = resolve(item, at, period, terms, problems);
  }
  return resolved;
}

/** The one dated source covering the whole version, without its dates. */
function sourceFor(sources: readonly unknown[], where: string, period: VersionPeriod, problems: Problems): unknown {
  const chosen = sources.filter((item) => isRecord(item) && covers(item['validFrom'], item['validTo'], period));
  const [first] = chosen;
  if (chosen.length !== 1 || !isRecord(first)) {
    problems.push(`${where}: expected exactly one dated source covering the whole of version ${period.version}, found ${chosen.length}`);
    return {};
  }
  const { validFrom: _from, validTo: _to, ...source } = first;
  return source;
}

function insertTerms(textValue: string, locale: 'da' | 'en', terms: Terms, where: string, problems: Problems): string {
  return textValue.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (placeholder, name: string) => {
    const key = name.charAt(0).toLowerCase() + name.slice(1);
    const term = terms[key]?.[locale];
    if (term === undefined) {
      problems.push(`${where}: "${placeholder}" is not a term of the rule set`);
      return placeholder;
    }
    return name.charAt(0) === key.charAt(0) ? term : term.charAt(0).toUpperCase() + term.slice(1);
  });
}
