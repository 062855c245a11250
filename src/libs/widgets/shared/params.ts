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

/** The longest raw text a numeric field accepts, in characters (padding included); longer text is refused. */
export const MAX_NUMBER_TEXT = 20;

/** Why a numeric string was rejected. */
export type NumberErrorKind = 'toolong' | 'empty' | 'nonnumeric' | 'negative' | 'noninteger' | 'zero' | 'toosmall' | 'toolarge';

export type ParsedNumber =
  | {
      readonly ok: true;
      /** The nearest double; for exact work (maximum, rounding up) use `canonical`. */
      readonly value: number;
      /** The number as plain digits, e.g. "2.5" for " +2.50 ": at most MAX_NUMBER_TEXT characters, never an exponent. */
      readonly canonical: string;
    }
  | { readonly ok: false; readonly kind: NumberErrorKind; readonly error: string };

export type ParsedEnum<T extends string> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** What a numeric field accepts. */
export interface NumberSpec {
  /** Human label used in messages, e.g. "Average record size". */
  readonly label: string;
  /** Unit shown after numbers in messages, e.g. "KB"; empty string for none. */
  readonly unit: string;
  /** true: only whole numbers are allowed, written with digits (and thousands separators) only. */
  readonly integer: boolean;
  /** true: 0 is allowed; false: the value must be greater than 0. */
  readonly allowZero: boolean;
  /** Smallest allowed value above zero, for fields where smaller values are meaningless (optional). */
  readonly min?: number;
  /** Largest allowed value (an AWS limit or a sanity bound). */
  readonly max: number;
  /** The maximum as a reader knows it, when its value in `unit` is unwieldy (e.g. "48.8 TiB" for 52,428,800,000 KB). */
  readonly maxText?: string;
  /** Why values above max are refused, e.g. "the AWS maximum record size is 10 MiB (10,240 KB)". */
  readonly maxReason: string;
}

/** The number's text after an optional sign: plain digits with at most one decimal point. */
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
/** The same with comma thousands separators ("1,000", "1,000.5"). */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** A whole number's text: digits only, optionally with comma thousands separators. */
const WHOLE = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/;
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
  if (spec.maxText !== undefined) {
    const from = spec.min !== undefined ? `from ${withUnit(spec.min, spec.unit)}` : spec.allowZero ? 'from 0' : 'greater than 0 and';
    return `a ${spec.integer ? 'whole number' : 'number'} ${from} up to ${spec.maxText}`;
  }
  const max = withUnit(spec.max, spec.unit);
  if (spec.integer) {
    const min = spec.allowZero ? 0 : 1;
    return `a whole number from ${formatNumber(min)} to ${max}`;
  }
  if (spec.min !== undefined) return `a number from ${withUnit(spec.min, spec.unit)} to ${max}`;
  return spec.allowZero ? `a number from 0 to ${max}` : `a number greater than 0 and at most ${max}`;
}

/**
 * Parses a numeric string against a spec, on its text: the raw text is at most MAX_NUMBER_TEXT characters; after
 * trimming, an optional leading "+" (or "-", reported as negative unless the number is 0), digits with one decimal
 * point and comma thousands separators ("1,000"). Exponents, hex, "Infinity" and everything else are non-numeric.
 * A whole-number field takes digits only ("2.0" is not a whole number's text), and the maximum and minimum are
 * compared on the decimal text, so a value that only rounds into range as a double (10240.0000000000001) is refused.
 */
export function parseNumber(raw: string, spec: NumberSpec): ParsedNumber {
  const allowed = describeAllowed(spec);
  const fail = (kind: NumberErrorKind, error: string): ParsedNumber => ({ ok: false, kind, error });

  if (raw.length > MAX_NUMBER_TEXT) {
    return fail('toolong', `${spec.label} is too long: at most ${MAX_NUMBER_TEXT} characters. Enter ${allowed}.`);
  }
  const text = raw.trim();
  if (text === '') return fail('empty', `${spec.label} is empty. Enter ${allowed}.`);
  const sign = text.startsWith('-') || text.startsWith('+') ? text.charAt(0) : '';
  const body = text.slice(sign.length);
  let digits: string;
  if (PLAIN.test(body)) digits = body;
  else if (GROUPED.test(body)) digits = body.replace(/,/g, '');
  else return fail('nonnumeric', `${spec.label} must be a number written with digits (for example 12 or 2.5). Enter ${allowed}.`);

  const canonical = plainDigits(digits);
  const zero = canonical === '0';
  if (sign === '-' && !zero) return fail('negative', `${spec.label} cannot be negative. Enter ${allowed}.`);
  if (compareDecimal(canonical, decimalText(spec.max)) > 0) {
    return fail('toolarge', `${spec.label} is too large: ${spec.maxReason}. Enter ${allowed}.`);
  }
  if (spec.integer && !WHOLE.test(body)) {
    return fail('noninteger', `${spec.label} must be a whole number, written with digits only. Enter ${allowed}.`);
  }
  if (zero && !spec.allowZero) return fail('zero', `${spec.label} cannot be 0. Enter ${allowed}.`);
  if (!zero && spec.min !== undefined && compareDecimal(canonical, decimalText(spec.min)) < 0) {
    return fail('toosmall', `${spec.label} is too small to be meaningful. Enter ${allowed}.`);
  }
  return { ok: true, value: Number(canonical), canonical };
}

/** Plain digits without sign, grouping or padding zeros: "007.50" -> "7.5", ".5" -> "0.5"; never an exponent. */
function plainDigits(digits: string): string {
  const [whole = '', fraction = ''] = digits.split('.');
  const int = whole.replace(/^0+(?=\d)/, '') || '0';
  const frac = fraction.replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/** A spec bound (a finite, non-negative number written in the code) as plain decimal text: 10240 -> "10240". */
function decimalText(n: number): string {
  const text = String(n);
  return /e/i.test(text) ? plainDigits(n.toFixed(20)) : text;
}

/** Compares two plain, non-negative decimal texts as produced by plainDigits: -1, 0 or 1. */
function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const [aInt = '', aFrac = ''] = a.split('.');
  const [bInt = '', bFrac = ''] = b.split('.');
  if (aInt.length !== bInt.length) return aInt.length < bInt.length ? -1 : 1;
  if (aInt !== bInt) return aInt < bInt ? -1 : 1;
  const length = Math.max(aFrac.length, bFrac.length);
  const x = aFrac.padEnd(length, '0');
  const y = bFrac.padEnd(length, '0');
  if (x === y) return 0;
  return x < y ? -1 : 1;
}

/**
 * Rounds a canonical decimal text (ParsedNumber.canonical) up to a whole number, on the text: "2.5" -> 3,
 * "1.00000000000000001" -> 2 (Math.ceil of the double would give 1).
 */
export function ceilDecimal(canonical: string): number {
  const [whole = '0', fraction = ''] = canonical.split('.');
  return Number(whole) + (/[1-9]/.test(fraction) ? 1 : 0);
}

/** A canonical decimal text with thousands separators and every decimal kept: "1234.50001" -> "1,234.50001". */
export function formatDecimalText(canonical: string): string {
  const [whole = '0', fraction = ''] = canonical.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === '' ? grouped : `${grouped}.${fraction}`;
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
  const cleaned = Array.from(
    raw
      .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
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
export function readNumberParam(params: URLSearchParams, name: string, spec: NumberSpec, fallback: string, notes: string[]): string {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const parsed = parseNumber(raw, spec);
  if (parsed.ok) return parsed.canonical;
  const allowed = parsed.kind === 'toolong' ? `${describeAllowed(spec)}, written in at most ${MAX_NUMBER_TEXT} characters` : describeAllowed(spec);
  notes.push(ignoredNote(name, raw, allowed, fallback));
  return fallback;
}

/** Reads an enum URL parameter, with the same fallback-and-note behaviour as readNumberParam. */
export function readEnumParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T, notes: string[]): T {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const parsed = parseEnum(raw, allowed, name);
  if (parsed.ok) return parsed.value;
  notes.push(ignoredNote(name, raw, `one of ${allowed.join(', ')}`, fallback));
  return fallback;
}

/**
 * Writes a numeric field to the URL only when it is valid and differs from the default (compared on the
 * canonical text, so "1.0" and "1" are the same but "1.00000000000000001" is not); invalid values, too-long text
 * included, are left out of shared URLs, so a written value is at most MAX_NUMBER_TEXT characters.
 */
export function writeNumberParam(params: URLSearchParams, name: string, raw: string, spec: NumberSpec, fallback: string): void {
  const parsed = parseNumber(asText(raw), spec);
  if (!parsed.ok) return;
  const def = parseNumber(fallback, spec);
  if (def.ok && def.canonical === parsed.canonical) return;
  params.set(name, parsed.canonical);
}

/** Writes an enum field to the URL only when it is valid and differs from the default. */
export function writeEnumParam<T extends string>(params: URLSearchParams, name: string, value: string, allowed: readonly T[], fallback: T): void {
  const parsed = parseEnum(asText(value), allowed, name);
  if (parsed.ok && parsed.value !== fallback) params.set(name, parsed.value);
}
