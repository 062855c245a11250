import { describe, expect, it } from 'vitest';

import { initialState, reset, searchFor, stateFromSearch, withField } from '~/libs/widgets/shared/state';
import * as kinesis from '~/libs/widgets/kinesis/model';
import * as s3 from '~/libs/widgets/s3/model';

describe('widget state transitions', () => {
  it('starts from the model defaults with no notes', () => {
    expect(initialState(kinesis)).toEqual({ inputs: kinesis.DEFAULTS, notes: [] });
  });

  it('restores inputs and notes from a query string', () => {
    const state = stateFromSearch(kinesis, '?size=3&rate=abc&other=1');
    expect(state.inputs).toEqual({ ...kinesis.DEFAULTS, size: '3' });
    expect(state.notes).toHaveLength(1);
    expect(state.notes[0]).toContain('"rate"');
  });

  it('changing a field keeps the others and clears the URL notes', () => {
    const start = stateFromSearch(kinesis, '?rate=abc');
    const next = withField(start, 'consumers', '4');
    expect(next.inputs).toEqual({ ...kinesis.DEFAULTS, consumers: '4' });
    expect(next.notes).toEqual([]);
    expect(start.inputs.consumers).toBe(kinesis.DEFAULTS.consumers); // the old state is not mutated
  });

  it('reset returns to the defaults', () => {
    expect(reset(s3)).toEqual({ inputs: s3.DEFAULTS, notes: [] });
  });

  it.each([
    { inputs: kinesis.DEFAULTS, expected: '' },
    { inputs: { ...kinesis.DEFAULTS, size: '2.50', mode: 'efo' as const }, expected: '?size=2.5&mode=efo' },
    { inputs: { ...kinesis.DEFAULTS, size: 'abc' }, expected: '' },
  ])('searchFor($inputs) = $expected', ({ inputs, expected }) => {
    expect(searchFor(kinesis, inputs)).toBe(expected);
  });

  it('a state written to the URL reads back the same', () => {
    const inputs = { ...s3.DEFAULTS, access: 'archive' as const, keep: '100', perf: true };
    expect(stateFromSearch(s3, searchFor(s3, inputs)).inputs).toEqual(inputs);
  });
});
