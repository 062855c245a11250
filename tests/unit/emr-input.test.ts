/** EMR model: a message per bad field, and the URL state. */
import { describe, expect, it } from 'vitest';

import {
  DEFAULTS,
  PRESETS,
  evaluate,
  fromSearchParams,
  toSearchParams,
  type Field,
  type Inputs,
  type PurchaseOption,
} from '~/libs/widgets/emr/model';
import { expectOnlyError, expectRoundTrip, ok, emrCluster as cluster } from './support/widget-model';

describe('bad input gets a specific message per field', () => {
  it.each<{ name: string; patch: Partial<Inputs>; field: Field; message: RegExp }>([
    { name: 'empty cores', patch: { cores: '' }, field: 'cores', message: /Core nodes is empty/ },
    { name: 'negative cores', patch: { cores: '-1' }, field: 'cores', message: /cannot be negative/ },
    { name: 'fractional cores', patch: { cores: '1.5' }, field: 'cores', message: /whole number/ },
    { name: 'non-numeric cores', patch: { cores: 'four' }, field: 'cores', message: /must be a number/ },
    { name: 'absurd cores', patch: { cores: '1001' }, field: 'cores', message: /too large/ },
    { name: 'empty tasks', patch: { tasks: ' ' }, field: 'tasks', message: /Task nodes is empty/ },
    { name: 'negative tasks', patch: { tasks: '-3' }, field: 'tasks', message: /cannot be negative/ },
    { name: 'fractional tasks', patch: { tasks: '0.5' }, field: 'tasks', message: /whole number/ },
    { name: 'absurd tasks', patch: { tasks: '9'.repeat(20) }, field: 'tasks', message: /too large/ },
    { name: 'over-long tasks', patch: { tasks: '9'.repeat(400) }, field: 'tasks', message: /too long: at most 20 characters/ },
    { name: 'tasks that only round to a whole number', patch: { tasks: '2.0000000000000001' }, field: 'tasks', message: /whole number/ },
    { name: 'cores written with a decimal point', patch: { cores: '4.0' }, field: 'cores', message: /whole number/ },
    { name: 'two primaries', patch: { primaries: '2' as Inputs['primaries'] }, field: 'primaries', message: /must be one of: 1, 3/ },
    {
      name: 'unknown purchasing option',
      patch: { core: 'free' as PurchaseOption },
      field: 'core',
      message: /must be one of: ondemand, reserved, spot/,
    },
  ])('$name', ({ patch, field, message }) => {
    expectOnlyError(evaluate({ ...DEFAULTS, ...patch }), field, message);
  });

  it('0 core and 0 task nodes are allowed', () => {
    expect(ok(evaluate({ ...DEFAULTS, cores: '0', tasks: '0' })).totalNodes).toBe(1);
  });

  it('never gives NaN, Infinity or an exception for odd strings', () => {
    const odd = ['', '0', '-0', '3', '10', '1e2', 'NaN', 'Infinity', '2.0', '1000', '9'.repeat(400), '<b>', '\u202e4'];
    for (const cores of odd) {
      for (const tasks of odd) {
        for (const p of ['ondemand', 'reserved', 'spot'] as const) {
          const result = evaluate(cluster('1', cores, tasks, p, p, p));
          if (result.ok) expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
        }
      }
    }
  });
});

describe('URL state', () => {
  it('reads every parameter and ignores unknown ones', () => {
    const { inputs, notes } = fromSearchParams(
      new URLSearchParams('primaries=3&cores=10&tasks=0&primary=reserved&core=reserved&task=ondemand&risk=low'),
    );
    expect(inputs).toEqual(cluster('3', '10', '0', 'reserved', 'reserved', 'ondemand'));
    expect(notes).toEqual([]);
  });

  it.each<Inputs>([
    cluster('3', '10', '0', 'reserved', 'reserved', 'ondemand'),
    cluster('1', '0', '0', 'spot', 'spot', 'spot'),
    cluster('1', '1000', '1000', 'ondemand', 'spot', 'reserved'),
    ...PRESETS.map((p) => p.inputs),
  ])('round-trips %j', (inputs) => {
    expectRoundTrip({ DEFAULTS, evaluate, fromSearchParams, toSearchParams }, inputs);
  });

  it('writes only valid, non-default values', () => {
    expect(toSearchParams({ ...DEFAULTS, cores: '2,000' }).toString()).toBe(''); // above 1,000: invalid, not written
    expect(toSearchParams({ ...DEFAULTS, cores: '+3' }).toString()).toBe('cores=3');
    expect(toSearchParams({ ...DEFAULTS, cores: '3.0000000000000001' }).toString()).toBe(''); // not a whole number
    expect(toSearchParams({ ...DEFAULTS, tasks: `${'0'.repeat(30)}5` }).toString()).toBe(''); // too long
    expect(toSearchParams({ ...DEFAULTS, cores: 'x', tasks: '0', core: 'spot' }).toString()).toBe('tasks=0&core=spot');
  });
});
