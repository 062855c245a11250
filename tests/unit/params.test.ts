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
    [SIZE, 'a number greater than 0 and at most 100 KB'],
    [COUNT, 'a whole number from 0 to 1,000,000'],
    [SMALL, 'a whole number from 1 to 20'],
    [HOURS, 'a number from 0 to 5 h'],
  ])('%#: %s', (spec, expected) => {
    expect(describeAllowed(spec)).toBe(expected);
  });
});

describe('parseNumber: accepted values', () => {
  it.each([
    [SIZE, '1', 1],
    [SIZE, ' 2.5 ', 2.5], // surrounding whitespace is trimmed
    [SIZE, '+3', 3],
    [SIZE, '.5', 0.5],
    [SIZE, '5.', 5],
    [SIZE, '100', 100], // exactly the maximum is allowed
    [SIZE, '0.0001', 0.0001],
    [COUNT, '0', 0], // zero allowed here
    [COUNT, '-0', 0], // a signed zero is still zero, not "negative"
    [COUNT, '1,000', 1000], // thousands separators
    [COUNT, '1,000,000', 1_000_000],
    [HOURS, '0', 0],
    [SIZE, '99.99999999999999999', 100], // 20 characters, just under the maximum: accepted (the nearest double is 100)
    [COUNT, '+12', 12],
  ])('%#: %j -> %d', (spec, raw, value) => {
    expect(parseNumber(raw, spec)).toMatchObject({ ok: true, value });
  });

  it.each([
    // [raw, canonical]: plain digits, never an exponent, so it can go back into a URL and parse again
    [' +007.50 ', '7.5'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1,000', '1000'],
    ['0.0000001', '0.0000001'], // String(1e-7) would be "1e-7", which parseNumber rejects
    ['-0', '0'],
  ])('canonical form of %j is %j', (raw, canonical) => {
    expect(parseNumber(raw, { ...COUNT, integer: false })).toMatchObject({ ok: true, canonical });
  });

  it('a spec minimum rejects smaller positive values and is described', () => {
    const tiny = { ...SIZE, min: 0.001 };
    expect(parseNumber('0.0009', tiny)).toMatchObject({ ok: false, kind: 'toosmall' });
    expect(parseNumber('0.001', tiny)).toMatchObject({ ok: true, value: 0.001 });
    expect(describeAllowed(tiny)).toBe('a number from 0.001 KB to 100 KB');
  });
});

describe('parseNumber: rejected values say what is allowed', () => {
  it.each<[NumberSpec, string, NumberErrorKind, RegExp]>([
    [SIZE, '', 'empty', /Size is empty/],
    [SIZE, '   ', 'empty', /Size is empty/],
    [SIZE, 'abc', 'nonnumeric', /must be a number/],
    [SIZE, '1e3', 'nonnumeric', /must be a number/], // exponents are not accepted
    [SIZE, '0x10', 'nonnumeric', /must be a number/],
    [SIZE, 'Infinity', 'nonnumeric', /must be a number/],
    [SIZE, 'NaN', 'nonnumeric', /must be a number/],
    [SIZE, '1.2.3', 'nonnumeric', /must be a number/],
    [SIZE, '1,5', 'nonnumeric', /must be a number/], // a decimal comma is not a thousands group
    [COUNT, '1,00', 'nonnumeric', /must be a number/],
    [SIZE, '<script>1</script>', 'nonnumeric', /must be a number/],
    [SIZE, '<script>alert(1)</script>', 'toolong', /too long/], // 25 characters
    [SIZE, '-1', 'negative', /cannot be negative/],
    [SIZE, '-0.5', 'negative', /cannot be negative/],
    [COUNT, '-1,000', 'negative', /cannot be negative/],
    [SMALL, '-2.5', 'negative', /cannot be negative/], // negative is reported before non-integer
    [SIZE, '0', 'zero', /cannot be 0/],
    [SIZE, '0.0', 'zero', /cannot be 0/],
    [SIZE, '-0', 'zero', /cannot be 0/],
    [SMALL, '0', 'zero', /cannot be 0/],
    [SMALL, '2.5', 'noninteger', /must be a whole number/],
    [COUNT, '0.5', 'noninteger', /must be a whole number/],
    [SIZE, '100.01', 'toolarge', /too large: at most 100 KB here/],
    [SMALL, '21', 'toolarge', /too large: the limit is 20/],
    [COUNT, '1,000,001', 'toolarge', /too large/],
    [SIZE, '9'.repeat(20), 'toolarge', /too large/], // 20 digits: within the length cap, far above the maximum
    // Whole-number fields take the text itself: digits (and thousands separators) only. Each of these is a decimal
    // that Number() rounds to a whole number (2.0000000000000001 -> 2), so a float check would let it through.
    [SMALL, '2.0000000000000001', 'noninteger', /must be a whole number/],
    [COUNT, '7.0', 'noninteger', /must be a whole number/], // a decimal point is not a whole number's text
    [COUNT, '1,000.0', 'noninteger', /must be a whole number/],
    [SMALL, '5.', 'noninteger', /must be a whole number/],
    [COUNT, '-0.0', 'noninteger', /must be a whole number/],
    // A decimal's maximum is checked on the decimal text: 100.00000000000001 is above 100 although Number() gives 100.
    [SIZE, '100.00000000000001', 'toolarge', /too large: at most 100 KB here/],
    [SIZE, '100.0000000000000001', 'toolarge', /too large/],
    // and its minimum likewise: 0.99999999999999999 is below a minimum of 1 although Number() gives 1.
    [{ ...SIZE, min: 1 }, '0.99999999999999999', 'toosmall', /too small/],
    // The raw text is capped at MAX_NUMBER_TEXT (20) characters, before anything else.
    [SIZE, '9'.repeat(400), 'toolong', /too long: at most 20 characters/],
    [COUNT, '1'.repeat(21), 'toolong', /too long: at most 20 characters/],
    [SIZE, `0.${'0'.repeat(400)}1`, 'toolong', /too long/],
    [SIZE, ` ${'1'.repeat(19)} `, 'toolong', /too long/], // 21 characters with the padding: the raw text counts
    [COUNT, 'x'.repeat(60), 'toolong', /too long/],
  ])('%#: %j -> %s', (spec, raw, kind, message) => {
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
    [COUNT, '00000000000000000012'],
    [SIZE, '0.000000000000000001'],
    [SIZE, '   1.5              '],
  ])('%#: %j (20 characters) is within the length cap', (spec, raw) => {
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
    ['shared', true],
    [' efo ', true], // trimmed
    ['EFO', false], // case-sensitive
    ['', false],
    ['shared,efo', false],
  ])('%j -> ok=%s', (raw, ok) => {
    const parsed = parseEnum(raw, allowed, 'Consumer type');
    expect(parsed.ok).toBe(ok);
    if (!parsed.ok) expect(parsed.error).toBe('Consumer type must be one of: shared, efo.');
  });
});

describe('excerpt and ignoredNote', () => {
  it.each([
    ['short', 'short'],
    ['a'.repeat(NOTE_EXCERPT_MAX), 'a'.repeat(40)], // exactly 40: no ellipsis
    ['a'.repeat(41), `${'a'.repeat(40)}…`], // 41: cut to 40 + ellipsis
    ['a\u0000b', 'a b'], // control character replaced
    ['ab\u202ecd', 'ab cd'], // bidi override removed
    ['line1\nline2\r\n\tline3', 'line1 line2 line3'], // whitespace collapsed
    [`${'a'.repeat(39)}😀😀`, `${'a'.repeat(39)}😀…`], // counts code points, never splits a surrogate pair
  ])('%#', (raw, expected) => {
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
    [1024, 2, '1,024'],
    [2.9296875, 2, '2.93'],
    [0.5, 2, '0.5'],
    [3, 2, '3'],
    [1234567.891, 1, '1,234,567.9'],
  ])('formatNumber(%d, %d) = %s', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });

  it.each([
    [3, '3'],
    [2.9296875, '2.93'], // 3000/1024
    [1.0009765625, '1.001'], // 1025/1024: 2 decimals would show "1"
    [1.00390625, '1.004'], // 128/127.5
    [100000, '100,000'],
  ])('formatPrecise(%d) = %s', (value, expected) => {
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
    ['2', 'n=2'],
    ['1', ''], // equal to the default
    ['1.0', ''], // numerically equal to the default
    ['abc', ''], // invalid values are left out of shared URLs
    [' 2.50 ', 'n=2.5'], // canonical form
    // not the default: Number() would make it 1, the text says a little more than 1
    ['1.00000000000000001', 'n=1.00000000000000001'],
    ['1'.repeat(21), ''], // too long: never written, so the URL stays short
    ['100.00000000000001', ''], // above the maximum on its text
  ])('writeNumberParam(%j) -> %j', (raw, expected) => {
    const params = new URLSearchParams();
    writeNumberParam(params, 'n', raw, SIZE, '1');
    expect(params.toString()).toBe(expected);
  });

  it.each([
    ['efo', 'm=efo'],
    ['shared', ''],
    ['bogus', ''],
  ])('writeEnumParam(%j) -> %j', (value, expected) => {
    const params = new URLSearchParams();
    writeEnumParam(params, 'm', value, ['shared', 'efo'] as const, 'shared');
    expect(params.toString()).toBe(expected);
  });
});

describe('ceilDecimal: rounds a canonical decimal up on its text', () => {
  it.each([
    ['0', 0],
    ['1', 1],
    ['2.5', 3],
    ['0.1', 1],
    ['1024', 1024],
    ['1024.0000000000001', 1025], // Math.ceil(Number(...)) gives 1024
    ['1.00000000000000001', 2], // Math.ceil(Number(...)) gives 1
    ['10239.99999999999999', 10240],
  ])('ceilDecimal(%j) = %d', (text, expected) => {
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
