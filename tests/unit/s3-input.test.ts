/** S3 model: a message per bad field, and the URL state. */
import { describe, expect, it } from 'vitest';

import { DEFAULTS, evaluate, fromSearchParams, toSearchParams, type Field, type Inputs } from '~/libs/widgets/s3/model';
import { expectOnlyError, expectRoundTrip, ok, s3With as with_ } from './support/widget-model';

describe('bad input gets a specific message per field', () => {
  it.each<{ name: string; patch: Partial<Inputs>; field: Field; message: RegExp }>([
    { name: 'empty keep', patch: { keep: '' }, field: 'keep', message: /How long objects are kept is empty/ },
    { name: 'zero days', patch: { keep: '0' }, field: 'keep', message: /cannot be 0/ },
    { name: 'fractional days', patch: { keep: '1.5' }, field: 'keep', message: /whole number/ },
    { name: 'negative days', patch: { keep: '-3' }, field: 'keep', message: /cannot be negative/ },
    { name: 'non-numeric days', patch: { keep: 'a year' }, field: 'keep', message: /must be a number/ },
    { name: 'absurd days', patch: { keep: '36501' }, field: 'keep', message: /too large: more than 36,500 days/ },
    { name: 'empty size', patch: { size: '' }, field: 'size', message: /Average object size is empty/ },
    { name: 'zero size', patch: { size: '0' }, field: 'size', message: /cannot be 0/ },
    { name: 'negative size', patch: { size: '-1' }, field: 'size', message: /cannot be negative/ },
    {
      name: 'size beyond the 48.8 TiB object limit',
      patch: { size: '52428800001' },
      field: 'size',
      message: /largest S3 object is 48\.8 TiB \(10,000 parts × 5 GiB = 52,428,800,000 KB\)/,
    },
    {
      name: 'unknown access',
      patch: { access: 'sometimes' as Inputs['access'] },
      field: 'access',
      message: /must be one of: frequent, infrequent, rare, archive, unknown/,
    },
    {
      name: 'unknown retrieval',
      patch: { retrieval: 'days' as Inputs['retrieval'] },
      field: 'retrieval',
      message: /must be one of: ms, minutes, hours/,
    },
    { name: 'unknown az', patch: { az: 'two' as Inputs['az'] }, field: 'az', message: /must be one of: multi, single/ },
    { name: 'perf not a boolean', patch: { perf: 'yes' as unknown as boolean }, field: 'perf', message: /on or off/ },
  ])('$name', ({ patch, field, message }) => {
    expectOnlyError(evaluate(with_(patch)), field, message);
  });

  it('accepts the largest S3 object (10,000 parts x 5 GiB = 52,428,800,000 KB)', () => {
    expect(ok(evaluate(with_({ size: '52428800000' }))).storageClass).toBe('STANDARD');
  });

  it('never gives NaN, Infinity or an exception for odd strings', () => {
    const odd = ['', '0', '-0', '1e3', 'NaN', 'Infinity', '0.0001', '127.99', '128', '36500', '9'.repeat(400), '<i>x</i>'];
    for (const keep of odd) {
      for (const size of odd) {
        for (const access of ['frequent', 'infrequent', 'rare', 'archive', 'unknown'] as const) {
          for (const retrieval of ['ms', 'minutes', 'hours'] as const) {
            const result = evaluate({ access, retrieval, az: 'single', keep, size, perf: true });
            if (result.ok) expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
          }
        }
      }
    }
  });
});

describe('URL state', () => {
  it('reads every parameter and ignores unknown ones', () => {
    const { inputs, notes } = fromSearchParams(new URLSearchParams('access=archive&retrieval=ms&az=single&keep=60&size=10&perf=1&class=STANDARD'));
    expect(inputs).toEqual({ access: 'archive', retrieval: 'ms', az: 'single', keep: '60', size: '10', perf: true });
    expect(notes).toEqual([]);
  });

  // The form asks one question, "Fastest retrieval needed", whose first answer (single-digit milliseconds) is perf=1
  // with retrieval=ms. A URL from the older form, with its separate latency box, is still read.
  it('perf=1 from the older form is read as the single-digit-millisecond answer', () => {
    expect(fromSearchParams(new URLSearchParams('perf=1&az=single'))).toEqual({ inputs: with_({ perf: true, az: 'single' }), notes: [] });
    expect(ok(evaluate(fromSearchParams(new URLSearchParams('perf=1&az=single')).inputs)).storageClass).toBe('EXPRESS_ONEZONE');
  });

  it.each(['minutes', 'hours'] as const)(
    'perf=1 with retrieval=%s (two answers the form now asks as one) keeps the retrieval, with a note',
    (retrieval) => {
      const { inputs, notes } = fromSearchParams(new URLSearchParams(`access=archive&retrieval=${retrieval}&perf=1`));
      expect(inputs).toEqual(with_({ access: 'archive', retrieval }));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(
        /^Ignored URL parameter "perf" \(value "1"\): single-digit-millisecond latency cannot go with retrieval in (minutes|hours)/,
      );
      // Archive data restored in minutes -> Glacier Flexible Retrieval; in hours -> Deep Archive (365 days keep both).
      expect(ok(evaluate(inputs)).storageClass).toBe(retrieval === 'minutes' ? 'GLACIER' : 'DEEP_ARCHIVE');
    },
  );

  it('perf=0 is accepted and means off', () => {
    expect(fromSearchParams(new URLSearchParams('perf=0'))).toEqual({ inputs: DEFAULTS, notes: [] });
  });

  it.each<Inputs>([
    { access: 'archive', retrieval: 'ms', az: 'single', keep: '60', size: '10', perf: true },
    { access: 'archive', retrieval: 'hours', az: 'single', keep: '60', size: '10', perf: false },
    { access: 'unknown', retrieval: 'minutes', az: 'multi', keep: '1', size: '0.5', perf: false },
    { access: 'frequent', retrieval: 'ms', az: 'single', keep: '36500', size: '52428800000', perf: true },
    DEFAULTS,
  ])('round-trips %j', (inputs) => {
    expectRoundTrip({ DEFAULTS, evaluate, fromSearchParams, toSearchParams }, inputs);
  });

  it('writes only valid, non-default values in canonical form', () => {
    expect(toSearchParams(with_({ keep: '365.0', size: '1,024' })).toString()).toBe('');
    expect(toSearchParams(with_({ access: 'rare', keep: 'x', perf: true })).toString()).toBe('access=rare&perf=1');
  });
});
