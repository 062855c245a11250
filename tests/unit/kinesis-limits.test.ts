/** Kinesis model: the on-demand comparison and maximum, the enhanced fan-out limit, record-size rounding, limits and warnings. */
import { describe, expect, it } from 'vitest';

import { allowedFor, evaluate, fromSearchParams, type Inputs } from '~/libs/widgets/kinesis/model';
import { ok, kinesisInput as input } from './support/widget-model';

describe('on-demand comparison: 4 MB/s write, 8 MB/s read by default, up to 2x the 30-day peak', () => {
  it.each<{ name: string; inputs: Inputs; writeFits: boolean; readFits: boolean | null; burst: number }>([
    // write 1000 <= 4096; shared read 1000 <= 8192; 2 x 1000 = 2000
    { name: 'defaults fit', inputs: input('1', '1000', '1', 'shared'), writeFits: true, readFits: true, burst: 2000 },
    // write 4 x 1024 = 4096 <= 4096 (exactly the default); 2 x 4096 = 8192
    { name: 'exactly 4 MB/s fits', inputs: input('4', '1024', '1', 'shared'), writeFits: true, readFits: true, burst: 8192 },
    // write 5 x 1000 = 5000 > 4096; read 5000 <= 8192; 2 x 5000 = 10000
    { name: '5,000 KiB/s of writes is above', inputs: input('5', '1000', '1', 'shared'), writeFits: false, readFits: true, burst: 10000 },
    // write 5000; 2 shared -> read 10000 > 8192
    { name: 'shared reads above 8 MB/s', inputs: input('5', '1000', '2', 'shared'), writeFits: false, readFits: false, burst: 10000 },
    // EFO: read capacity not shared -> null
    { name: 'EFO reads are not the shared 8 MB/s', inputs: input('1', '1000', '4', 'efo'), writeFits: true, readFits: null, burst: 2000 },
  ])('$name', ({ inputs, writeFits, readFits, burst }) => {
    const { onDemand } = ok(evaluate(inputs));
    expect(onDemand.defaultWriteKiBps).toBe(4096);
    expect(onDemand.defaultReadKiBps).toBe(8192);
    expect(onDemand.writeFitsDefault).toBe(writeFits);
    expect(onDemand.readFitsDefault).toBe(readFits);
    expect(onDemand.burstAfterPeakKiBps).toBe(burst);
    expect(onDemand.lines.join(' ')).toContain('twice the peak write throughput of the previous 30 days');
  });
});

/**
 * The on-demand per-stream maximum (Quotas and limits): on-demand streams scale up to 10 GB/s write and 20 GB/s read in
 * US East (N. Virginia), US West (Oregon) and Europe (Ireland), and to 200 MB/s write and 400 MB/s read in other
 * Regions. Read here as GiB and MiB, like the shard limits: 10,485,760 and 20,971,520 KiB/s; 204,800 and 409,600 KiB/s.
 */
describe('on-demand per-stream maximum: 10 GB/s write in three Regions, 200 MB/s elsewhere', () => {
  it.each<{ name: string; inputs: Inputs; write: string; read: string | null }>([
    // name, inputs, write status, shared-read status (null with enhanced fan-out)
    // 1 x 1000 = 1,000 KiB/s write and read: far below 204,800
    { name: 'defaults', inputs: input('1', '1000', '1', 'shared'), write: 'fits-every-region', read: 'fits-every-region' },
    // 200 x 1024 = 204,800 KiB/s = exactly 200 MiB/s: fits everywhere; read 204,800 <= 409,600
    { name: 'exactly 200 MB/s', inputs: input('200', '1024', '1', 'shared'), write: 'fits-every-region', read: 'fits-every-region' },
    // 1 x 204,801 = 204,801 KiB/s: above 200 MiB/s, below 10 GiB/s
    { name: 'just above 200 MB/s', inputs: input('1', '204801', '1', 'shared'), write: 'fits-three-regions', read: 'fits-every-region' },
    // 10,240 x 1,024 = 10,485,760 KiB/s = exactly 10 GiB/s: fits in the three Regions; read 10,485,760 <= 20,971,520
    { name: 'exactly 10 GB/s', inputs: input('10240', '1024', '1', 'shared'), write: 'fits-three-regions', read: 'fits-three-regions' },
    // 1 x 100,000,000 = 100,000,000 KiB/s (about 95 GiB/s): above 10 GiB/s everywhere; read likewise above 20 GiB/s
    {
      name: '100,000,000 records/s of 1 KB',
      inputs: input('1', '100000000', '1', 'shared'),
      write: 'above-every-region',
      read: 'above-every-region',
    },
    // 100 x 1,000 = 100,000 KiB/s write fits; 5 shared consumers read 500,000 KiB/s > 409,600 (400 MiB/s)
    {
      name: '5 shared consumers read above 400 MB/s',
      inputs: input('100', '1000', '5', 'shared'),
      write: 'fits-every-region',
      read: 'fits-three-regions',
    },
    // enhanced fan-out: no shared read figure
    { name: 'enhanced fan-out', inputs: input('100', '1000', '5', 'efo'), write: 'fits-every-region', read: null },
  ])('$name', ({ inputs, write, read }) => {
    const { onDemand } = ok(evaluate(inputs));
    expect(onDemand.writeMaximum).toBe(write);
    expect(onDemand.readMaximum).toBe(read);
  });

  it('above the maximum in every Region: says so, and never that on-demand simply scales up', () => {
    const result = ok(evaluate(input('1', '100000000', '1', 'shared')));
    const text = result.onDemand.lines.join(' ');
    expect(text).not.toMatch(/on-demand scales up, but/);
    expect(text).toContain(
      'Your 100,000,000 KiB/s of writes is above the most an on-demand stream takes in any Region: 10 GB/s (10,485,760 KiB/s) in US East (N. Virginia), US West (Oregon) and Europe (Ireland), 200 MB/s (204,800 KiB/s) in other Regions.',
    );
    expect(result.warnings).toContain(
      '100,000,000 KiB/s of writes is above the per-stream maximum of an on-demand stream in every Region (10 GB/s in US East (N. Virginia), US West (Oregon) and Europe (Ireland); 200 MB/s elsewhere). Provisioned mode has no per-stream maximum: its throughput grows with the shard count.',
    );
  });

  it('between the two maximums: fits only in the three large Regions', () => {
    const result = ok(evaluate(input('1', '300000', '1', 'shared')));
    expect(result.onDemand.lines.join(' ')).toContain(
      'Your 300,000 KiB/s of writes fits the per-stream maximum of 10 GB/s (10,485,760 KiB/s) in US East (N. Virginia), US West (Oregon) and Europe (Ireland), but is above the 200 MB/s (204,800 KiB/s) of other Regions, where AWS raises it to at most 10 GB/s on a support request.',
    );
    expect(result.warnings).toContain(
      '300,000 KiB/s of writes is above the 200 MB/s per-stream maximum of an on-demand stream outside US East (N. Virginia), US West (Oregon) and Europe (Ireland) (10 GB/s there).',
    );
  });

  it('a workload within both maximums gets no maximum warning', () => {
    expect(ok(evaluate(input('1', '204800', '1', 'shared'))).warnings.join(' ')).not.toMatch(/per-stream maximum/);
  });
});

/**
 * Enhanced fan-out consumers per stream (Develop enhanced fan-out consumers): "With On-demand Advantage mode, you can
 * register up to 50 consumers per stream to use enhanced fan-out. With On-demand Standard and Provisioned streams, you
 * can register up to 20 consumers per stream to use enhanced fan-out."
 */
describe('enhanced fan-out limit follows the capacity mode: 20, or 50 with On-demand Advantage', () => {
  it.each<{ capacity: Inputs['capacity']; consumers: string; accepted: boolean }>([
    { capacity: 'provisioned', consumers: '20', accepted: true },
    { capacity: 'provisioned', consumers: '21', accepted: false },
    { capacity: 'ondemand', consumers: '20', accepted: true },
    { capacity: 'ondemand', consumers: '21', accepted: false },
    { capacity: 'advantage', consumers: '21', accepted: true },
    { capacity: 'advantage', consumers: '50', accepted: true },
    { capacity: 'advantage', consumers: '51', accepted: false },
  ])('$capacity with $consumers EFO consumers -> ok=$accepted', ({ capacity, consumers, accepted }) => {
    const result = evaluate(input('1', '1000', consumers, 'efo', capacity));
    expect(result.ok).toBe(accepted);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual(['consumers']);
    expect(result.errors.consumers).toBe(
      capacity === 'advantage'
        ? 'Enhanced fan-out allows at most 50 registered consumers per stream with On-demand Advantage. Enter a whole number from 1 to 50, or choose shared consumers.'
        : `Enhanced fan-out allows at most 20 registered consumers per stream on a ${capacity === 'provisioned' ? 'provisioned' : 'On-demand Standard'} stream (50 with On-demand Advantage). Enter a whole number from 1 to 20, or choose shared consumers.`,
    );
  });

  it('shared consumers are not capped by the enhanced fan-out limit in any mode', () => {
    for (const capacity of ['provisioned', 'ondemand', 'advantage'] as const) {
      expect(evaluate(input('1', '1000', '1000', 'shared', capacity)).ok).toBe(true);
    }
  });

  it.each<{ mode: Inputs['mode']; capacity: Inputs['capacity']; hint: string }>([
    { mode: 'shared', capacity: 'provisioned', hint: 'a whole number from 1 to 1,000' },
    { mode: 'shared', capacity: 'advantage', hint: 'a whole number from 1 to 1,000' },
    { mode: 'efo', capacity: 'provisioned', hint: 'a whole number from 1 to 20 (the enhanced fan-out limit per stream)' },
    { mode: 'efo', capacity: 'ondemand', hint: 'a whole number from 1 to 20 (the enhanced fan-out limit per stream)' },
    { mode: 'efo', capacity: 'advantage', hint: 'a whole number from 1 to 50 (the enhanced fan-out limit per stream with On-demand Advantage)' },
  ])('the consumers hint with $mode consumers, $capacity', ({ mode, capacity, hint }) => {
    expect(allowedFor(input('1', '1000', '1', mode, capacity)).consumers).toBe(hint);
  });

  it.each<{ capacity: string; sentence: string }>([
    { capacity: 'shared', sentence: 'Use enhanced fan-out (up to 20 consumers per stream; 50 with On-demand Advantage).' },
    { capacity: 'advantage', sentence: 'Use enhanced fan-out (up to 50 consumers per stream with On-demand Advantage).' },
  ])('the warning for many shared consumers, $capacity', ({ capacity, sentence }) => {
    const warnings = ok(evaluate(input('1', '1000', '6', 'shared', capacity === 'advantage' ? 'advantage' : 'provisioned'))).warnings;
    expect(warnings.join(' ')).toContain(sentence);
  });

  it.each<{ query: string; expected: Partial<Inputs>; noted: string[] }>([
    { query: 'mode=efo&capacity=advantage&consumers=50', expected: { consumers: '50', mode: 'efo', capacity: 'advantage' }, noted: [] },
    { query: 'mode=efo&capacity=ondemand&consumers=21', expected: { consumers: '1', mode: 'efo', capacity: 'ondemand' }, noted: ['consumers'] },
    { query: 'mode=efo&capacity=advantage&consumers=51', expected: { consumers: '1', mode: 'efo', capacity: 'advantage' }, noted: ['consumers'] },
    { query: 'capacity=fast', expected: { capacity: 'provisioned' }, noted: ['capacity'] },
  ])('URL $query', ({ query, expected, noted }) => {
    const { inputs, notes } = fromSearchParams(new URLSearchParams(query));
    expect(inputs).toMatchObject(expected);
    expect(evaluate(inputs).ok).toBe(true);
    expect(notes.map((n) => /^Ignored URL parameter "(\w+)"/.exec(n)?.[1])).toEqual(noted);
  });
});

describe('record sizes are rounded up on their decimal text', () => {
  it.each<{ size: string; rounded: number; write: number }>([
    // size, rounded KB, write KiB/s at 1 record/s
    { size: '1.00000000000000001', rounded: 2, write: 2 }, // as a double this is 1, and Math.ceil would give 1
    { size: '1024.0000000000001', rounded: 1025, write: 1025 }, // above 1 MiB: rounds to 1,025 KB -> 2 shards (1025/1024 = 1.001)
    { size: '0.000000000000000001', rounded: 1, write: 1 },
  ])('$size KB -> $rounded KB', ({ size, rounded, write }) => {
    const result = ok(evaluate(input(size, '1', '1', 'shared')));
    expect(result.roundedSizeKB).toBe(rounded);
    expect(result.writeKiBps).toBe(write);
    expect(result.explanation[0]?.detail).toBe(
      `${size.replace(/^1024/, '1,024')} KB rounds up to ${rounded.toLocaleString('en-US')} KB (1 KB is treated as 1 KiB = 1,024 bytes).`,
    );
  });

  it('a size just above 1 MiB gets the large-record warning', () => {
    expect(ok(evaluate(input('1024.0000000000001', '1', '1', 'shared'))).warnings[0]).toMatch(
      /^A 1,024.0000000000001 KB record is above the default 1 MiB/,
    );
  });
});

describe('limits and warnings', () => {
  const warningsFor = (inputs: Inputs): readonly string[] => ok(evaluate(inputs)).warnings;

  it.each<{ name: string; inputs: Inputs; expected: RegExp[] }>([
    { name: 'defaults: none', inputs: input('1', '1000', '1', 'shared'), expected: [] },
    { name: 'exactly 1 MiB record: none', inputs: input('1024', '1', '1', 'shared'), expected: [] },
    { name: 'record above 1 MiB', inputs: input('1025', '1', '1', 'shared'), expected: [/above the default 1 MiB \(1,024 KB\) maximum record size/] },
    // 5 GetRecords/s shared by 2 -> 2.5 calls/s each
    {
      name: '2 shared consumers share 5 reads/s',
      inputs: input('1', '1000', '2', 'shared'),
      expected: [/split each shard.s 2 MiB\/s and its 5 GetRecords calls per second: about 2.5 calls\/s each/],
    },
    // 5 / 5 = 1 call/s each: still allowed, only the sharing note
    { name: '5 shared consumers: 1 call/s each', inputs: input('1', '1000', '5', 'shared'), expected: [/about 1 calls\/s each/] },
    // 6 > 5 calls/s: each polls less than once a second (5/6 = 0.83)
    {
      name: '6 shared consumers exceed 5 reads/s',
      inputs: input('1', '1000', '6', 'shared'),
      expected: [/about 0.83 calls\/s each/, /more than the 5 GetRecords calls per second/],
    },
    { name: '20 EFO consumers: fine', inputs: input('1', '1000', '20', 'efo'), expected: [] },
    // 20,000,000 / 1000 = 20,000 shards: at the default quota, not above; but 20,000,000 KiB/s of writes is above
    // the 10 GiB/s (10,485,760 KiB/s) on-demand maximum
    {
      name: '20,000 shards: at the quota',
      inputs: input('1', '20000000', '1', 'shared'),
      expected: [/above the per-stream maximum of an on-demand stream in every Region/],
    },
    // 20,000,001 / 1000 = 20,000.001 -> 20,001 > 20,000
    {
      name: '20,001 shards: above the default quota',
      inputs: input('1', '20000001', '1', 'shared'),
      expected: [
        /above the per-stream maximum of an on-demand stream in every Region/,
        /20,001 shards is above the default quota of 20,000 shards per account/,
      ],
    },
    // 1 x 204,800 = 204,800 KiB/s = 200 MiB/s: 205 shards, within every on-demand maximum: no warning
    { name: '200 MB/s of writes: none', inputs: input('1', '204800', '1', 'shared'), expected: [] },
  ])('$name', ({ inputs, expected }) => {
    const warnings = warningsFor(inputs);
    expect(warnings).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(warnings[i]).toMatch(pattern));
  });
});
