import { describe, expect, it } from 'vitest';

import {
  MAX_NUMBER_TEXT,
  NOTE_EXCERPT_MAX,
  ceilDecimal,
  describeAllowed,
  excerpt,
  formatNumber,
  formatPrecise,
  ignoredNote,
  parseEnum,
  parseNumber,
  readEnumParam,
  readNumberParam,
  writeEnumParam,
  writeNumberParam,
  type NumberErrorKind,
  type NumberSpec,
} from '~/libs/widgets/shared/params';

/** A decimal field > 0, at most 100 KB. */
const SIZE: NumberSpec = { label: 'Size', unit: 'KB', integer: false, allowZero: false, max: 100, maxReason: 'at most 100 KB here' };
/** A whole-number field >= 0, at most 1,000,000. */
const COUNT: NumberSpec = { label: 'Count', unit: '', integer: true, allowZero: true, max: 1_000_000, maxReason: 'at most a million' };
/** A whole-number field >= 1, at most 20. */
const SMALL: NumberSpec = { label: 'Consumers', unit: '', integer: true, allowZero: false, max: 20, maxReason: 'the limit is 20' };
/** A decimal field >= 0, at most 5 h. */
const HOURS: NumberSpec = { label: 'Hours', unit: 'h', integer: false, allowZero: true, max: 5, maxReason: 'five hours at most' };

describe('describeAllowed', () => {
  it.each([
    { spec: SIZE, expected: 'a number greater than 0 and at most 100 KB' },
    { spec: COUNT, expected: 'a whole number from 0 to 1,000,000' },
    { spec: SMALL, expected: 'a whole number from 1 to 20' },
    { spec: HOURS, expected: 'a number from 0 to 5 h' },
  ])('%#: $spec', ({ spec, expected }) => {
    expect(describeAllowed(spec)).toBe(expected);
  });
});

describe('parseNumber: accepted values', () => {
  it.each([
    { spec: SIZE, raw: '1', value: 1 },
    { spec: SIZE, raw: ' 2.5 ', value: 2.5 }, // surrounding whitespace is trimmed
    { spec: SIZE, raw: '+3', value: 3 },
    { spec: SIZE, raw: '.5', value: 0.5 },
    { spec: SIZE, raw: '5.', value: 5 },
    { spec: SIZE, raw: '100', value: 100 }, // exactly the maximum is allowed
    { spec: SIZE, raw: '0.0001', value: 0.0001 },
    { spec: COUNT, raw: '0', value: 0 }, // zero allowed here
    { spec: COUNT, raw: '-0', value: 0 }, // a signed zero is still zero, not "negative"
    { spec: COUNT, raw: '1,000', value: 1000 }, // thousands separators
    { spec: COUNT, raw: '1,000,000', value: 1_000_000 },
    { spec: HOURS, raw: '0', value: 0 },
    { spec: SIZE, raw: '99.99999999999999999', value: 100 }, // 20 characters, just under the maximum: accepted (the nearest double is 100)
    { spec: COUNT, raw: '+12', value: 12 },
  ])('%#: $spec -> $raw', ({ spec, raw, value }) => {
    expect(parseNumber(raw, spec)).toMatchObject({ ok: true, value });
  });

  it.each([
    // [raw, canonical]: plain digits, never an exponent, so it can go back into a URL and parse again
    { raw: ' +007.50 ', canonical: '7.5' },
    { raw: '.5', canonical: '0.5' },
    { raw: '5.', canonical: '5' },
    { raw: '1,000', canonical: '1000' },
    { raw: '0.0000001', canonical: '0.0000001' }, // String(1e-7) would be "1e-7", which parseNumber rejects
    { raw: '-0', canonical: '0' },
  ])('canonical form of $raw is $canonical', ({ raw, canonical }) => {
    expect(parseNumber(raw, { ...COUNT, integer: false })).toMatchObject({ ok: true, canonical });
  });

  it('a spec minimum rejects smaller positive values and is described', () => {
    const tiny = { ...SIZE, min: 0.001 };
    expect(parseNumber('0.0009', tiny)).toMatchObject({ ok: false, kind: 'toosmall' });
    expect(parseNumber('0.001', tiny)).toMatchObject({ ok: true, value: 0.001 });
    expect(describeAllowed(tiny)).toBe('a number from 0.001 KB to 100 KB');
  });

  it('a maximum with a shorter name is described by it (52,428,800,000 KB is 48.8 TiB)', () => {
    expect(describeAllowed({ ...SIZE, min: 0.001, max: 52428800000, maxText: '48.8 TiB' })).toBe('a number from 0.001 KB up to 48.8 TiB');
    expect(describeAllowed({ ...SIZE, maxText: '0.1 MB' })).toBe('a number greater than 0 and up to 0.1 MB');
  });
});

describe('parseNumber: rejected values say what is allowed', () => {
  it.each<{ spec: NumberSpec; raw: string; kind: NumberErrorKind; message: RegExp }>([
    { spec: SIZE, raw: '', kind: 'empty', message: /Size is empty/ },
    { spec: SIZE, raw: '   ', kind: 'empty', message: /Size is empty/ },
    { spec: SIZE, raw: 'abc', kind: 'nonnumeric', message: /must be a number/ },
    { spec: SIZE, raw: '1e3', kind: 'nonnumeric', message: /must be a number/ }, // exponents are not accepted
    { spec: SIZE, raw: '0x10', kind: 'nonnumeric', message: /must be a number/ },
    { spec: SIZE, raw: 'Infinity', kind: 'nonnumeric', message: /must be a number/ },
    { spec: SIZE, raw: 'NaN', kind: 'nonnumeric', message: /must be a number/ },
    { spec: SIZE, raw: '1.2.3', kind: 'nonnumeric', message: /must be a number/ },
    { spec: SIZE, raw: '1,5', kind: 'nonnumeric', message: /must be a number/ }, // a decimal comma is not a thousands group
    { spec: COUNT, raw: '1,00', kind: 'nonnumeric', message: /must be a number/ },
    { spec: SIZE, raw: '<script>1</script>', kind: 'nonnumeric', message: /must be a number/ },
    { spec: SIZE, raw: '<script>alert(1)</script>', kind: 'toolong', message: /too long/ }, // 25 characters
    { spec: SIZE, raw: '-1', kind: 'negative', message: /cannot be negative/ },
    { spec: SIZE, raw: '-0.5', kind: 'negative', message: /cannot be negative/ },
    { spec: COUNT, raw: '-1,000', kind: 'negative', message: /cannot be negative/ },
    { spec: SMALL, raw: '-2.5', kind: 'negative', message: /cannot be negative/ }, // negative is reported before non-integer
    { spec: SIZE, raw: '0', kind: 'zero', message: /cannot be 0/ },
    { spec: SIZE, raw: '0.0', kind: 'zero', message: /cannot be 0/ },
    { spec: SIZE, raw: '-0', kind: 'zero', message: /cannot be 0/ },
    { spec: SMALL, raw: '0', kind: 'zero', message: /cannot be 0/ },
    { spec: SMALL, raw: '2.5', kind: 'noninteger', message: /must be a whole number/ },
    { spec: COUNT, raw: '0.5', kind: 'noninteger', message: /must be a whole number/ },
    { spec: SIZE, raw: '100.01', kind: 'toolarge', message: /too large: at most 100 KB here/ },
    { spec: SMALL, raw: '21', kind: 'toolarge', message: /too large: the limit is 20/ },
    { spec: COUNT, raw: '1,000,001', kind: 'toolarge', message: /too large/ },
    { spec: SIZE, raw: '9'.repeat(20), kind: 'toolarge', message: /too large/ }, // 20 digits: within the length cap, far above the maximum
    // Whole-number fields take the text itself: digits (and thousands separators) only. Each of these is a decimal
    // that Number() rounds to a whole number (2.0000000000000001 -> 2), so a float check would let it through.
    { spec: SMALL, raw: '2.0000000000000001', kind: 'noninteger', message: /must be a whole number/ },
    { spec: COUNT, raw: '7.0', kind: 'noninteger', message: /must be a whole number/ }, // a decimal point is not a whole number's text
    { spec: COUNT, raw: '1,000.0', kind: 'noninteger', message: /must be a whole number/ },
    { spec: SMALL, raw: '5.', kind: 'noninteger', message: /must be a whole number/ },
    { spec: COUNT, raw: '-0.0', kind: 'noninteger', message: /must be a whole number/ },
    // A decimal's maximum is checked on the decimal text: 100.00000000000001 is above 100 although Number() gives 100.
    { spec: SIZE, raw: '100.00000000000001', kind: 'toolarge', message: /too large: at most 100 KB here/ },
    { spec: SIZE, raw: '100.0000000000000001', kind: 'toolarge', message: /too large/ },
    // and its minimum likewise: 0.99999999999999999 is below a minimum of 1 although Number() gives 1.
    { spec: { ...SIZE, min: 1 }, raw: '0.99999999999999999', kind: 'toosmall', message: /too small/ },
    // The raw text is capped at MAX_NUMBER_TEXT (20) characters, before anything else.
    { spec: SIZE, raw: '9'.repeat(400), kind: 'toolong', message: /too long: at most 20 characters/ },
    { spec: COUNT, raw: '1'.repeat(21), kind: 'toolong', message: /too long: at most 20 characters/ },
    { spec: SIZE, raw: `0.${'0'.repeat(400)}1`, kind: 'toolong', message: /too long/ },
    { spec: SIZE, raw: ` ${'1'.repeat(19)} `, kind: 'toolong', message: /too long/ }, // 21 characters with the padding: the raw text counts
    { spec: COUNT, raw: 'x'.repeat(60), kind: 'toolong', message: /too long/ },
  ])('%#: $spec -> $raw', ({ spec, raw, kind, message }) => {
    const parsed = parseNumber(raw, spec);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.kind).toBe(kind);
    expect(parsed.error).toMatch(message);
    // every message ends by saying what is allowed
    expect(parsed.error).toContain(`Enter ${describeAllowed(spec)}.`);
  });

  it.each([
    // [spec, raw]: exactly MAX_NUMBER_TEXT (20) characters is still read as a number
    { spec: COUNT, raw: '00000000000000000012' },
    { spec: SIZE, raw: '0.000000000000000001' },
    { spec: SIZE, raw: '   1.5              ' },
  ])('%#: $spec (20 characters) is within the length cap', ({ spec, raw }) => {
    expect(raw).toHaveLength(MAX_NUMBER_TEXT);
    expect(parseNumber(raw, spec).ok).toBe(true);
  });

  it('never returns NaN or Infinity as a value', () => {
    const weird = ['', ' ', '.', '+', '-', '+-1', '1-', '--1', '١٢', '１２', '1 2', '1_000', 'e', '.e1', '0.', '00', '٫5', '\u00a012\u00a0'];
    for (const raw of weird) {
      for (const spec of [SIZE, COUNT, SMALL, HOURS]) {
        const parsed = parseNumber(raw, spec);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
      }
    }
  });
});

describe('parseEnum', () => {
  const allowed = ['shared', 'efo'] as const;
  it.each([
    { raw: 'shared', ok: true },
    { raw: ' efo ', ok: true }, // trimmed
    { raw: 'EFO', ok: false }, // case-sensitive
    { raw: '', ok: false },
    { raw: 'shared,efo', ok: false },
  ])('$raw -> ok=$ok', ({ raw, ok }) => {
    const parsed = parseEnum(raw, allowed, 'Consumer type');
    expect(parsed.ok).toBe(ok);
    if (!parsed.ok) expect(parsed.error).toBe('Consumer type must be one of: shared, efo.');
  });
});

describe('excerpt and ignoredNote', () => {
  it.each([
    { raw: 'short', expected: 'short' },
    { raw: 'a'.repeat(NOTE_EXCERPT_MAX), expected: 'a'.repeat(40) }, // exactly 40: no ellipsis
    { raw: 'a'.repeat(41), expected: `${'a'.repeat(40)}…` }, // 41: cut to 40 + ellipsis
    { raw: 'a\u0000b', expected: 'a b' }, // control character replaced
    { raw: 'ab\u202ecd', expected: 'ab cd' }, // bidi override removed
    { raw: 'line1\nline2\r\n\tline3', expected: 'line1 line2 line3' }, // whitespace collapsed
    { raw: `${'a'.repeat(39)}😀😀`, expected: `${'a'.repeat(39)}😀…` }, // counts code points, never splits a surrogate pair
  ])('%#', ({ raw, expected }) => {
    expect(excerpt(raw)).toBe(expected);
  });

  it('a note repeats at most 40 characters of the raw value', () => {
    const raw = `<img src=x onerror=alert(1)>${'X'.repeat(200)}`;
    const note = ignoredNote('size', raw, 'a number', '1');
    expect(note).not.toContain(raw);
    expect(note).toContain(`"${raw.slice(0, 40)}…"`);
    expect(note).not.toContain('X'.repeat(13)); // 28 chars of tag + 12 X = 40; a 13th X would be the 41st character
    expect(note).toBe(`Ignored URL parameter "size" (value "${raw.slice(0, 40)}…"): allowed is a number. Using the default, 1.`);
  });
});

describe('formatNumber and formatPrecise', () => {
  it.each([
    { value: 1024, digits: 2, expected: '1,024' },
    { value: 2.9296875, digits: 2, expected: '2.93' },
    { value: 0.5, digits: 2, expected: '0.5' },
    { value: 3, digits: 2, expected: '3' },
    { value: 1234567.891, digits: 1, expected: '1,234,567.9' },
  ])('formatNumber($value, $digits) = $expected', ({ value, digits, expected }) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });

  it.each([
    { value: 3, expected: '3' },
    { value: 2.9296875, expected: '2.93' }, // 3000/1024
    { value: 1.0009765625, expected: '1.001' }, // 1025/1024: 2 decimals would show "1"
    { value: 1.00390625, expected: '1.004' }, // 128/127.5
    { value: 100000, expected: '100,000' },
  ])('formatPrecise($value) = $expected', ({ value, expected }) => {
    expect(formatPrecise(value)).toBe(expected);
  });
});

describe('URL helpers', () => {
  it('readNumberParam: absent -> default, valid -> canonical, invalid -> default + note', () => {
    const notes: string[] = [];
    const params = new URLSearchParams('a=%202.50%20&b=abc&d=1,000');
    expect(readNumberParam(params, 'missing', SIZE, '1', notes)).toBe('1');
    expect(readNumberParam(params, 'a', SIZE, '1', notes)).toBe('2.5');
    expect(readNumberParam(params, 'd', COUNT, '0', notes)).toBe('1000');
    expect(notes).toEqual([]);
    expect(readNumberParam(params, 'b', SIZE, '1', notes)).toBe('1');
    expect(notes).toEqual(['Ignored URL parameter "b" (value "abc"): allowed is a number greater than 0 and at most 100 KB. Using the default, 1.']);
  });

  it('readEnumParam: invalid value -> default + note listing the allowed values', () => {
    const notes: string[] = [];
    const params = new URLSearchParams('mode=efo&bad=fast');
    expect(readEnumParam(params, 'mode', ['shared', 'efo'] as const, 'shared', notes)).toBe('efo');
    expect(readEnumParam(params, 'bad', ['shared', 'efo'] as const, 'shared', notes)).toBe('shared');
    expect(notes).toEqual(['Ignored URL parameter "bad" (value "fast"): allowed is one of shared, efo. Using the default, shared.']);
  });

  it.each([
    { raw: '2', expected: 'n=2' },
    { raw: '1', expected: '' }, // equal to the default
    { raw: '1.0', expected: '' }, // numerically equal to the default
    { raw: 'abc', expected: '' }, // invalid values are left out of shared URLs
    { raw: ' 2.50 ', expected: 'n=2.5' }, // canonical form
    // not the default: Number() would make it 1, the text says a little more than 1
    { raw: '1.00000000000000001', expected: 'n=1.00000000000000001' },
    { raw: '1'.repeat(21), expected: '' }, // too long: never written, so the URL stays short
    { raw: '100.00000000000001', expected: '' }, // above the maximum on its text
  ])('writeNumberParam($raw) -> $expected', ({ raw, expected }) => {
    const params = new URLSearchParams();
    writeNumberParam(params, 'n', raw, SIZE, '1');
    expect(params.toString()).toBe(expected);
  });

  it.each([
    { value: 'efo', expected: 'm=efo' },
    { value: 'shared', expected: '' },
    { value: 'bogus', expected: '' },
  ])('writeEnumParam($value) -> $expected', ({ value, expected }) => {
    const params = new URLSearchParams();
    writeEnumParam(params, 'm', value, ['shared', 'efo'] as const, 'shared');
    expect(params.toString()).toBe(expected);
  });
});

describe('ceilDecimal: rounds a canonical decimal up on its text', () => {
  it.each([
    { text: '0', expected: 0 },
    { text: '1', expected: 1 },
    { text: '2.5', expected: 3 },
    { text: '0.1', expected: 1 },
    { text: '1024', expected: 1024 },
    { text: '1024.0000000000001', expected: 1025 }, // Math.ceil(Number(...)) gives 1024
    { text: '1.00000000000000001', expected: 2 }, // Math.ceil(Number(...)) gives 1
    { text: '10239.99999999999999', expected: 10240 },
  ])('ceilDecimal($text) = $expected', ({ text, expected }) => {
    expect(ceilDecimal(text)).toBe(expected);
  });
});

describe('over-long URL values', () => {
  it('are ignored with a note that says how long a value may be, and never written back', () => {
    const notes: string[] = [];
    const long = `2${'0'.repeat(24)}`;
    const params = new URLSearchParams({ n: long });
    expect(readNumberParam(params, 'n', SIZE, '1', notes)).toBe('1');
    expect(notes).toEqual([
      `Ignored URL parameter "n" (value "${long}"): allowed is a number greater than 0 and at most 100 KB, written in at most 20 characters. Using the default, 1.`,
    ]);
  });
});
