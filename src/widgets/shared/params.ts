/**
 * Shared, DOM-free helpers for the study widgets: parsing and validating numbers and enums that
 * arrive as strings (form fields or URL query parameters), building the "ignored parameter" notes,
 * and small formatting helpers. Every function here is total: any string input gives a value or a
 * typed error, never NaN, Infinity or a thrown exception.
 */

/** One line of the "why" shown under a result: which rule or limit, and the numbers behind it. */
export interface Explanation {
  readonly rule: string;
  readonly detail: string;
}

/** What every model's evaluate() returns for bad input: a message per invalid field, and no numbers at all. */
export interface InvalidInputs<F extends string> {
  readonly ok: false;
  readonly errors: Partial<Record<F, string>>;
}

/** A link to the AWS documentation page that states a rule. */
export interface DocLink {
  readonly title: string;
  readonly url: string;
}

/** The longest excerpt of a raw URL value that a note may repeat (then an ellipsis). */
export const NOTE_EXCERPT_MAX = 40;

/** Why a numeric string was rejected. */
export type NumberErrorKind = 'empty' | 'nonnumeric' | 'negative' | 'noninteger' | 'zero' | 'toosmall' | 'toolarge';

export type ParsedNumber =
  | { readonly ok: true; readonly value: number; /** The number as plain digits, e.g. "2.5" for " +2.50 ". */ readonly canonical: string }
  | { readonly ok: false; readonly kind: NumberErrorKind; readonly error: string };

export type ParsedEnum<T extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

/** What a numeric field accepts. */
export interface NumberSpec {
  /** Human label used in messages, e.g. "Average record size". */
  readonly label: string;
  /** Unit shown after numbers in messages, e.g. "KB"; empty string for none. */
  readonly unit: string;
  /** true: only whole numbers are allowed. */
  readonly integer: boolean;
  /** true: 0 is allowed; false: the value must be greater than 0. */
  readonly allowZero: boolean;
  /** Smallest allowed value above zero, for fields where smaller values are meaningless (optional). */
  readonly min?: number;
  /** Largest allowed value (an AWS limit or a sanity bound). */
  readonly max: number;
  /** Why values above max are refused, e.g. "the AWS maximum record size is 10 MiB (10,240 KB)". */
  readonly maxReason: string;
}

const DECIMAL = /^\+?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED = /^\+?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const NEGATIVE = /^-(?:\d+(?:\.\d*)?|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?)$/;

/**
 * Formats a number for messages and explanations: thousands separators, at most
 * `maxFractionDigits` decimals, trailing zeros dropped ("1,024", "2.93", "0.5").
 */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat('en-US', {
    maximumFractionDigits: maxFractionDigits,
    minimumFractionDigits: 0,
  }).format(value);
}

/**
 * Like formatNumber with 2 decimals, but never lets a non-integer look whole: 2.9296875 -> "2.93",
 * 1.0009765625 -> "1.001" (not "1"), 3 -> "3".
 */
export function formatPrecise(value: number): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) return formatNumber(value, 0);
  for (let digits = 2; digits <= 6; digits += 1) {
    const text = formatNumber(value, digits);
    if (text.includes('.')) return text;
  }
  return value.toPrecision(10);
}

/** "1,024 KB" or "12" when the spec has no unit. */
function withUnit(value: number, unit: string): string {
  return unit === '' ? formatNumber(value, 6) : `${formatNumber(value, 6)} ${unit}`;
}

/** Plain-language description of what a numeric field allows, e.g. "a whole number from 1 to 1,000". */
export function describeAllowed(spec: NumberSpec): string {
  const max = withUnit(spec.max, spec.unit);
  if (spec.integer) {
    const min = spec.allowZero ? 0 : 1;
    return `a whole number from ${formatNumber(min)} to ${max}`;
  }
  if (spec.min !== undefined) return `a number from ${withUnit(spec.min, spec.unit)} to ${max}`;
  return spec.allowZero
    ? `a number from 0 to ${max}`
    : `a number greater than 0 and at most ${max}`;
}

/**
 * Parses a numeric string against a spec. Accepts optional surrounding whitespace, an optional
 * leading "+", one decimal point and comma thousands separators ("1,000"). Rejects exponents,
 * hex, "Infinity" and everything else as non-numeric.
 */
export function parseNumber(raw: string, spec: NumberSpec): ParsedNumber {
  const allowed = describeAllowed(spec);
  const text = raw.trim();
  const fail = (kind: NumberErrorKind, error: string): ParsedNumber => ({ ok: false, kind, error });

  if (text === '') return fail('empty', `${spec.label} is empty. Enter ${allowed}.`);
  if (NEGATIVE.test(text) && Number(text.replace(/,/g, '')) !== 0) {
    return fail('negative', `${spec.label} cannot be negative. Enter ${allowed}.`);
  }
  let digits: string;
  if (DECIMAL.test(text)) digits = text;
  else if (GROUPED.test(text)) digits = text.replace(/,/g, '');
  else if (NEGATIVE.test(text)) digits = '0'; // "-0", "-0.0": a zero with a sign
  else return fail('nonnumeric', `${spec.label} must be a number written with digits (for example 12 or 2.5). Enter ${allowed}.`);

  const value = Number(digits); // finite for any digit string up to ~309 digits; checked below
  if (!Number.isFinite(value) || value > spec.max) {
    return fail('toolarge', `${spec.label} is too large: ${spec.maxReason}. Enter ${allowed}.`);
  }
  if (spec.integer && !Number.isInteger(value)) {
    return fail('noninteger', `${spec.label} must be a whole number. Enter ${allowed}.`);
  }
  if (value === 0 && !spec.allowZero) {
    return fail('zero', `${spec.label} cannot be 0. Enter ${allowed}.`);
  }
  if (spec.min !== undefined && value < spec.min) {
    return fail('toosmall', `${spec.label} is too small to be meaningful. Enter ${allowed}.`);
  }
  return { ok: true, value, canonical: plainDigits(digits) };
}

/** Plain digits without sign, grouping or padding zeros: "+007.50" -> "7.5", ".5" -> "0.5"; never an exponent. */
function plainDigits(digits: string): string {
  const [whole = '', fraction = ''] = digits.replace(/^\+/, '').split('.');
  const int = whole.replace(/^0+(?=\d)/, '') || '0';
  const frac = fraction.replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/** Parses one of a fixed set of values (exact, case-sensitive match after trimming). */
export function parseEnum<T extends string>(raw: string, allowed: readonly T[], label: string): ParsedEnum<T> {
  const text = raw.trim();
  const match = allowed.find((candidate) => candidate === text);
  if (match !== undefined) return { ok: true, value: match };
  return { ok: false, error: `${label} must be one of: ${allowed.join(', ')}.` };
}

/**
 * A short, plain-text excerpt of an untrusted value for a note: control and invisible format
 * characters (including bidirectional overrides) replaced by spaces, whitespace collapsed, at most
 * `max` characters (code points, so no half surrogate pairs), then an ellipsis. The caller renders
 * it as text; this function never produces markup.
 */
export function excerpt(raw: string, max: number = NOTE_EXCERPT_MAX): string {
  const cleaned = Array.from(raw.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ').replace(/\s+/g, ' ').trim());
  if (cleaned.length <= max) return cleaned.join('');
  return `${cleaned.slice(0, max).join('')}…`;
}

/** The note shown when a URL parameter is ignored. */
export function ignoredNote(name: string, raw: string, allowed: string, fallback: string): string {
  return `Ignored URL parameter "${name}" (value "${excerpt(raw)}"): allowed is ${allowed}. Using the default, ${fallback}.`;
}

/**
 * A form or URL value as text for parsing. Anything that is not a string (only reachable by bypassing the types)
 * becomes the empty string, so it is reported as empty instead of throwing while being converted.
 */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Reads a numeric URL parameter. Absent: the default. Present and valid: its canonical string.
 * Present and invalid: the default, plus a note naming the parameter and what is allowed.
 */
export function readNumberParam(
  params: URLSearchParams,
  name: string,
  spec: NumberSpec,
  fallback: string,
  notes: string[],
): string {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const parsed = parseNumber(raw, spec);
  if (parsed.ok) return parsed.canonical;
  notes.push(ignoredNote(name, raw, describeAllowed(spec), fallback));
  return fallback;
}

/** Reads an enum URL parameter, with the same fallback-and-note behaviour as readNumberParam. */
export function readEnumParam<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
  notes: string[],
): T {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const parsed = parseEnum(raw, allowed, name);
  if (parsed.ok) return parsed.value;
  notes.push(ignoredNote(name, raw, `one of ${allowed.join(', ')}`, fallback));
  return fallback;
}

/**
 * Writes a numeric field to the URL only when it is valid and differs from the default (compared
 * as numbers, so "1.0" and "1" are the same); invalid values are left out of shared URLs.
 */
export function writeNumberParam(
  params: URLSearchParams,
  name: string,
  raw: string,
  spec: NumberSpec,
  fallback: string,
): void {
  const parsed = parseNumber(raw, spec);
  if (!parsed.ok) return;
  const def = parseNumber(fallback, spec);
  if (def.ok && def.value === parsed.value) return;
  params.set(name, parsed.canonical);
}

/** Writes an enum field to the URL only when it is valid and differs from the default. */
export function writeEnumParam<T extends string>(
  params: URLSearchParams,
  name: string,
  value: string,
  allowed: readonly T[],
  fallback: T,
): void {
  const parsed = parseEnum(value, allowed, name);
  if (parsed.ok && parsed.value !== fallback) params.set(name, parsed.value);
}
