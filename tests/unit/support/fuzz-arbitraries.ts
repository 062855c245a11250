/** fast-check arbitraries for the widget fuzz tests: numbers written every way, hostile text, valid and fuzzed inputs and queries. */
import fc from 'fast-check';

import * as kinesis from '~/libs/widgets/kinesis/model';
import { MAX_NUMBER_TEXT, parseNumber } from '~/libs/widgets/shared/params';
import { EMR, KINESIS, S3, efoLimit, efoOverLimit, haSpot, urlText, type Fields, type ModelUnderTest, type ParamKind } from './fuzz-models';

// ---------------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------------

export const digits = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

export const HOSTILE_LITERALS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '1e309',
  '-1e309',
  '1e3',
  '1E-3',
  'NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'infinity',
  '-0',
  '-0.0',
  '+0',
  '0',
  '00',
  '0.0',
  '0x10',
  '0X1F',
  '0b11',
  '0o17',
  ' 1 ',
  '\u00a01\u00a0',
  '\ufeff7',
  '\u200b1',
  '\u202e21',
  '1\u0000',
  '1,000',
  '1,00',
  '1,0000',
  ',1',
  '1,',
  '1,000.5',
  '-1,000',
  '1.',
  '.5',
  '.',
  '+',
  '-',
  '+-1',
  '--1',
  '1..2',
  '1.2.3',
  '1_000',
  '1 000',
  '\u0661\u0662\u0663',
  '\uff11\uff12',
  'true',
  'false',
  'null',
  'undefined',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</p><b>bold</b>',
  'javascript:alert(1)',
  '%3Cscript%3E',
  '&lt;b&gt;',
  '\u0000<svg onload=alert(1)>',
  '9'.repeat(400),
  `1${'0'.repeat(308)}`,
  `1${'0'.repeat(309)}`,
  `0.${'0'.repeat(400)}1`,
  '1.7976931348623157e308',
  '4.9e-324',
  '9007199254740993',
  '1'.repeat(5000),
  '<'.repeat(3000),
  '\u{1F600}'.repeat(100),
  'a\u0301'.repeat(60),
  '-'.repeat(10),
  'efo',
  ' efo ',
  'EFO',
  'Shared',
  'spot ',
  'SPOT',
  '2',
  '3 ',
  'Frequent',
  'GLACIER',
  'single\n',
  'ms\t',
];

export const HTML_PAYLOADS = ['<script>', '</script>', '<img src=x onerror=alert(1)>', '"', "'", '&', '<', '>'] as const;
export const PADDING = ['', '', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u200b', '\r\n'] as const;

/** Numbers written every way: integers, doubles (NaN, Infinity, exponents), huge and tiny decimals. */
export const numericText: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt({ min: -BigInt(`1${'0'.repeat(400)}`), max: BigInt(`1${'0'.repeat(400)}`) }).map(String),
  fc.tuple(digits(0, 12), digits(0, 10)).map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.tuple(fc.nat({ max: 400 }), digits(1, 6)).map(([zeros, tail]) => `0.${'0'.repeat(zeros)}${tail}`),
  fc.nat().map((n) => n.toLocaleString('en-US')),
  fc.double({ min: 0, max: 1e12, noNaN: true }).map((n) => n.toLocaleString('en-US', { maximumFractionDigits: 20 })),
  digits(300, 420),
  fc.tuple(fc.constantFrom('-', '+', '--', '+-', '-+'), digits(1, 8)).map(([sign, d]) => sign + d),
);

/** Arbitrary text: unicode of every kind, long strings, HTML mixed in. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', minLength: 200, maxLength: 2000 }),
  fc.tuple(fc.string(), fc.constantFrom(...HTML_PAYLOADS), fc.string()).map((parts) => parts.join('')),
);

/** Hostile text for any field. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PADDING), fc.oneof(fc.constantFrom(...HOSTILE_LITERALS), numericText, anyText), fc.constantFrom(...PADDING))
  .map(([before, core, after]) => before + core + after);

/** Non-string values a broken caller could pass (all have a working String()). */
export const nonString: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    1,
    3,
    NaN,
    Infinity,
    -Infinity,
    Number('1e309'),
    2n,
    [],
    ['efo'],
    [1, 2],
    {},
    Symbol('x'),
  ),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.dictionary(
    fc.string().filter((key) => key !== 'toString' && key !== 'valueOf'),
    fc.oneof(fc.string(), fc.integer()),
    { maxKeys: 3, noNullPrototype: true }, // null-prototype objects: BUG-D
  ),
);

/** A valid value for one field, in canonical form (what the form and the URL carry). */
export function validValue(kind: ParamKind): fc.Arbitrary<unknown> {
  switch (kind.kind) {
    case 'number': {
      const { spec } = kind;
      if (spec.integer) return fc.integer({ min: spec.allowZero ? 0 : 1, max: spec.max }).map(String);
      // >= 1e-6 so that String() of the generated double never uses exponent form, and >= the spec minimum;
      // at most MAX_NUMBER_TEXT characters, the longest text a field accepts.
      return fc.oneof(
        fc
          .double({ min: Math.max(1e-6, spec.min ?? 0), max: spec.max, noNaN: true })
          .map(String)
          .filter((text) => text.length <= MAX_NUMBER_TEXT),
        fc.integer({ min: 1, max: Math.min(spec.max, 100_000) }).map(String),
      );
    }
    case 'enum':
      return fc.constantFrom(...kind.values);
    case 'flag':
      return fc.boolean();
  }
}

/** A value for one field: valid (often), hostile text, valid text with padding or case changes, or not a string. */
export function fuzzValue(kind: ParamKind): fc.Arbitrary<unknown> {
  const valid = validValue(kind);
  const variants: fc.Arbitrary<unknown> =
    kind.kind === 'flag'
      ? fc.constantFrom<unknown>('true', 'false', '1', '0', 1, 0, 'on', '')
      : fc
          .tuple(fc.constantFrom(...PADDING), valid.map(String), fc.constantFrom(...PADDING))
          .chain(([before, text, after]) => fc.mixedCase(fc.constant(text)).map((mixed) => before + mixed + after));
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: hostileText, weight: 3 },
    { arbitrary: variants, weight: 1 },
    { arbitrary: nonString, weight: 1 },
  );
}

/** Every field valid on its own (Kinesis: may break the 20-EFO-consumer rule). */
export function validRecord(model: ModelUnderTest): fc.Arbitrary<Fields> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, kind] of Object.entries(model.params)) shape[name] = validValue(kind);
  return fc.record(shape);
}

/** Valid inputs that evaluate() must accept. */
export function validInputs(model: ModelUnderTest): fc.Arbitrary<Fields> {
  // Kinesis: enhanced fan-out allows at most 20 (50) consumers; EMR: three primary nodes are never on Spot.
  if (model === KINESIS) return validRecord(model).filter((i) => !efoOverLimit(i));
  if (model === EMR) return validRecord(model).filter((i) => !haSpot(i));
  // S3: single-digit-millisecond latency (perf) is one answer of "Fastest retrieval needed", so it comes with ms.
  if (model === S3) return validRecord(model).filter((i) => !(i['perf'] === true && i['retrieval'] !== 'ms'));
  return validRecord(model);
}

/**
 * Valid inputs with a random subset of fields (often none, one or two) replaced by fuzzed values, so
 * that both the error paths and the success paths see hostile-but-acceptable values (padding, numbers
 * as non-strings, "1,000", "+5", "5.") often.
 */
export function fuzzInputs(model: ModelUnderTest): fc.Arbitrary<Fields> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, kind] of Object.entries(model.params)) shape[name] = fuzzValue(kind);
  return fc
    .tuple(validRecord(model), fc.record(shape), fc.subarray(Object.keys(model.params)))
    .map(([valid, fuzzed, chosen]) => ({ ...valid, ...Object.fromEntries(chosen.map((name) => [name, fuzzed[name]])) }));
}

/** URL parameters: known names (exact, padded, other case) and random names, with hostile or valid values. */
export function queryArbitrary(model: ModelUnderTest): fc.Arbitrary<URLSearchParams> {
  const names = Object.keys(model.params);
  const knownName = fc.constantFrom(...names);
  const name = fc.oneof(
    { arbitrary: knownName, weight: 6 },
    { arbitrary: fc.mixedCase(knownName), weight: 1 },
    { arbitrary: knownName.map((n) => ` ${n}`), weight: 1 },
    { arbitrary: fc.string(), weight: 1 },
  );
  const value = fc.oneof(...Object.values(model.params).map((kind) => validValue(kind).map(urlText)), hostileText, hostileText);
  const pairs = fc.array(fc.tuple(name, value), { maxLength: 10 }).map((list) => {
    const params = new URLSearchParams();
    for (const [n, v] of list) params.append(n, v);
    return params;
  });
  // Raw query strings: the URLSearchParams parser itself (percent-decoding, "+", "&&", "=") sees hostile text.
  const rawQueries = fc.oneof(
    fc.webQueryParameters(),
    fc.string({ unit: 'binary' }),
    fc.array(fc.tuple(name, hostileText), { maxLength: 8 }).map((list) => list.map(([n, v]) => `${n}=${v}`).join('&')),
  );
  const dictionaries = fc.dictionary(fc.oneof(knownName, fc.string()), hostileText, { maxKeys: 8 });
  return fc.oneof(
    { arbitrary: pairs, weight: 4 },
    { arbitrary: rawQueries.map((q) => new URLSearchParams(q)), weight: 2 },
    { arbitrary: dictionaries.map((d) => new URLSearchParams(d)), weight: 2 },
    // Serialised and parsed again: percent-encoding of hostile text must not change anything.
    { arbitrary: pairs.map((p) => new URLSearchParams(`?${p.toString()}`)), weight: 1 },
  );
}

/**
 * A query whose values are each valid but break a cross-field rule (Kinesis: mode=efo with more consumers than the
 * capacity mode's limit; EMR: primaries=3 with primary=spot; S3: perf=1 with retrieval in minutes or hours). The
 * per-parameter properties below leave it out; the regression test C and the EMR and S3 unit tests cover it.
 */
export function crossFieldParams(model: ModelUnderTest, params: URLSearchParams): boolean {
  if (model === EMR) {
    const { inputs } = model.fromSearchParams(new URLSearchParams({ primaries: params.get('primaries') ?? '' }));
    return inputs['primaries'] === '3' && (params.get('primary') ?? '').trim() === 'spot';
  }
  if (model === S3) {
    const read = (name: string) => model.fromSearchParams(new URLSearchParams({ [name]: params.get(name) ?? '' })).inputs[name];
    return read('perf') === true && read('retrieval') !== 'ms';
  }
  if (model !== KINESIS) return false;
  const { inputs } = model.fromSearchParams(new URLSearchParams({ mode: params.get('mode') ?? '', capacity: params.get('capacity') ?? '' }));
  const consumers = params.get('consumers');
  const parsed = consumers === null ? undefined : parseNumber(consumers, kinesis.SPECS.consumers);
  return inputs['mode'] === 'efo' && parsed !== undefined && parsed.ok && parsed.value > efoLimit(inputs['capacity']);
}

// ---------------------------------------------------------------------------------------------------
// Properties shared by the three models
// ---------------------------------------------------------------------------------------------------
