/** Kinesis model: a message per bad field, and the URL state. */
import { describe, expect, it } from 'vitest';

import { DEFAULTS, evaluate, fromSearchParams, toSearchParams, type Field, type Inputs } from '~/libs/widgets/kinesis/model';
import { expectOnlyError, expectRoundTrip, ok, kinesisInput as input } from './support/widget-model';

describe('bad input gets a specific message per field', () => {
  it.each<{ name: string; patch: Partial<Inputs>; field: Field; message: RegExp }>([
    { name: 'empty size', patch: { size: '' }, field: 'size', message: /Average record size is empty/ },
    { name: 'non-numeric size', patch: { size: 'abc' }, field: 'size', message: /must be a number/ },
    { name: 'zero size', patch: { size: '0' }, field: 'size', message: /cannot be 0/ },
    { name: 'negative size', patch: { size: '-1' }, field: 'size', message: /cannot be negative/ },
    { name: 'size above 10 MiB', patch: { size: '10241' }, field: 'size', message: /maximum record size is 10 MiB \(10,240 KB\)/ },
    { name: 'absurd size', patch: { size: '9'.repeat(20) }, field: 'size', message: /too large/ },
    { name: 'over-long size', patch: { size: '9'.repeat(400) }, field: 'size', message: /too long: at most 20 characters/ },
    // 10240.0000000000001 is a double equal to 10,240, but the text is above the 10,240 KB maximum
    {
      name: 'size a hair above 10 MiB',
      patch: { size: '10240.0000000000001' },
      field: 'size',
      message: /maximum record size is 10 MiB \(10,240 KB\)/,
    },
    { name: 'consumers that only round to a whole number', patch: { consumers: '2.0000000000000001' }, field: 'consumers', message: /whole number/ },
    { name: 'rate with a decimal point', patch: { rate: '1000.0' }, field: 'rate', message: /whole number/ },
    { name: 'empty rate', patch: { rate: ' ' }, field: 'rate', message: /Records per second is empty/ },
    { name: 'fractional rate', patch: { rate: '1.5' }, field: 'rate', message: /whole number/ },
    { name: 'zero rate', patch: { rate: '0' }, field: 'rate', message: /cannot be 0/ },
    { name: 'negative rate', patch: { rate: '-5' }, field: 'rate', message: /cannot be negative/ },
    { name: 'absurd rate', patch: { rate: '100000001' }, field: 'rate', message: /too large/ },
    { name: 'zero consumers', patch: { consumers: '0' }, field: 'consumers', message: /cannot be 0/ },
    { name: 'fractional consumers', patch: { consumers: '2.5' }, field: 'consumers', message: /whole number/ },
    { name: 'absurd consumers', patch: { consumers: '1001' }, field: 'consumers', message: /too large/ },
    {
      name: '21 EFO consumers: beyond the AWS limit',
      patch: { consumers: '21', mode: 'efo' },
      field: 'consumers',
      message: /at most 20 registered consumers per stream/,
    },
    { name: 'unknown mode', patch: { mode: 'both' as Inputs['mode'] }, field: 'mode', message: /must be one of: shared, efo/ },
    {
      name: 'unknown capacity mode',
      patch: { capacity: 'serverless' as Inputs['capacity'] },
      field: 'capacity',
      message: /must be one of: provisioned, ondemand, advantage/,
    },
  ])('$name', ({ patch, field, message }) => {
    expectOnlyError(evaluate({ ...DEFAULTS, ...patch }), field, message);
  });

  it('21 shared consumers are allowed (the 20 limit is for enhanced fan-out)', () => {
    // 1 x 1000 = 1000; read 21000/2048 = 10.25 -> 11
    expect(ok(evaluate(input('1', '1000', '21', 'shared'))).shards).toBe(11);
  });

  it('reports every bad field at once', () => {
    const result = evaluate({ size: '', rate: 'x', consumers: '-1', mode: 'shared', capacity: 'provisioned' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['consumers', 'rate', 'size']);
  });

  it('never gives NaN, Infinity or an exception for odd strings', () => {
    const odd = [
      '',
      ' ',
      '0',
      '-0',
      '1e999',
      'NaN',
      'Infinity',
      '-Infinity',
      '0x1f',
      '1/0',
      '\u0000',
      '<b>1</b>',
      '1'.repeat(500),
      '0.0000001',
      '10240',
      '100000000',
    ];
    for (const size of odd) {
      for (const rate of odd) {
        for (const consumers of ['1', '20', odd[0] ?? '']) {
          for (const mode of ['shared', 'efo'] as const) {
            const result = evaluate({ size, rate, consumers, mode, capacity: 'provisioned' });
            if (!result.ok) continue;
            const numbers = [result.shards, result.writeKiBps, result.readKiBps, result.notesFormula.shards, ...result.terms.map((t) => t.value)];
            for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
            const text = JSON.stringify(result);
            expect(text).not.toMatch(/NaN|Infinity/);
          }
        }
      }
    }
  });
});

describe('URL state', () => {
  it('reads every parameter and ignores unknown ones', () => {
    const { inputs, notes } = fromSearchParams(new URLSearchParams('size=3&rate=2000&consumers=2&mode=efo&capacity=ondemand&utm_source=x&shards=99'));
    expect(inputs).toEqual(input('3', '2000', '2', 'efo', 'ondemand'));
    expect(notes).toEqual([]);
  });

  it.each<Inputs>([
    input('3', '2000', '2', 'efo'),
    input('2.5', '1000', '1', 'shared'),
    input('1', '1', '20', 'efo'),
    input('1', '1', '50', 'efo', 'advantage'),
    input('10240', '100000000', '1000', 'shared', 'ondemand'),
    input('1.00000000000000001', '1', '1', 'shared'),
    DEFAULTS,
  ])('round-trips %j', (inputs) => {
    expectRoundTrip({ DEFAULTS, evaluate, fromSearchParams, toSearchParams }, inputs);
  });

  it('writes only valid, non-default values in canonical form', () => {
    expect(toSearchParams(input('1.0', '1,000', '1', 'shared')).toString()).toBe('');
    expect(toSearchParams(input(' 2.50 ', '2,000', '1', 'shared')).toString()).toBe('size=2.5&rate=2000');
    expect(toSearchParams(input('abc', '2000', '', 'efo')).toString()).toBe('rate=2000&mode=efo');
  });
});
