import { describe, expect, it } from 'vitest';

import {
  DEFAULTS,
  allowedFor,
  evaluate,
  fromSearchParams,
  toSearchParams,
  type Field,
  type Inputs,
  type LimitId,
  type Result,
  type Success,
} from '~/libs/widgets/kinesis/model';

function ok(result: Result): Success {
  if (!result.ok) throw new Error(`expected a result, got errors ${JSON.stringify(result.errors)}`);
  return result;
}

function input(size: string, rate: string, consumers: string, mode: Inputs['mode'], capacity: Inputs['capacity'] = 'provisioned'): Inputs {
  return { size, rate, consumers, mode, capacity };
}

describe('shard count: ceiling(max(write/1024, records/1000, read/2048)), at least 1', () => {
  interface ShardCase {
    readonly name: string;
    readonly inputs: Inputs;
    readonly roundedSizeKB: number;
    readonly writeKiBps: number;
    readonly readKiBps: number;
    readonly shards: number;
    readonly binding: LimitId;
    readonly bindingAll: readonly LimitId[];
  }

  it.each<ShardCase>([
    // 1 KB x 1000 = 1000 KiB/s: 1000/1024 = 0.98; 1000/1000 = 1; read 1000/2048 = 0.49 -> records bind, ceil(1) = 1
    {
      name: 'defaults',
      inputs: input('1', '1000', '1', 'shared'),
      roundedSizeKB: 1,
      writeKiBps: 1000,
      readKiBps: 1000,
      shards: 1,
      binding: 'records',
      bindingAll: ['records'],
    },
    // 3 KB x 1000 = 3000 KiB/s; 3000/1024 = 2.93; 1000/1000 = 1; 3000/2048 = 1.46 -> write binds, 2.93 -> 3
    {
      name: '3 KB records',
      inputs: input('3', '1000', '1', 'shared'),
      roundedSizeKB: 3,
      writeKiBps: 3000,
      readKiBps: 3000,
      shards: 3,
      binding: 'write',
      bindingAll: ['write'],
    },
    // 2.5 KB rounds up to 3 KB -> same numbers as above -> 3
    {
      name: '2.5 KB rounds up to 3',
      inputs: input('2.5', '1000', '1', 'shared'),
      roundedSizeKB: 3,
      writeKiBps: 3000,
      readKiBps: 3000,
      shards: 3,
      binding: 'write',
      bindingAll: ['write'],
    },
    // 0.1 KB rounds up to 1 KB; 1 x 5000 = 5000 KiB/s: 5000/1024 = 4.88; 5000/1000 = 5; 5000/2048 = 2.44 -> records, 5
    {
      name: 'tiny records: records/s binds',
      inputs: input('0.1', '5000', '1', 'shared'),
      roundedSizeKB: 1,
      writeKiBps: 5000,
      readKiBps: 5000,
      shards: 5,
      binding: 'records',
      bindingAll: ['records'],
    },
    // 1 x 1000 = 1000; 3 shared consumers: read 3000 KiB/s; 3000/2048 = 1.46 > 1 (records) > 0.98 -> read, 2
    {
      name: '3 shared consumers: read binds',
      inputs: input('1', '1000', '3', 'shared'),
      roundedSizeKB: 1,
      writeKiBps: 1000,
      readKiBps: 3000,
      shards: 2,
      binding: 'read',
      bindingAll: ['read'],
    },
    // EFO: read per consumer = write = 1000; 1000/2048 = 0.49 -> records bind at 1 -> 1
    {
      name: '3 EFO consumers: own 2 MiB/s each',
      inputs: input('1', '1000', '3', 'efo'),
      roundedSizeKB: 1,
      writeKiBps: 1000,
      readKiBps: 1000,
      shards: 1,
      binding: 'records',
      bindingAll: ['records'],
    },
    // 4 x 1000 = 4000; 4000/1024 = 3.90625; 2 shared: 8000/2048 = 3.90625 (tie); records 1 -> 4
    {
      name: 'write and read tie with 2 shared consumers',
      inputs: input('4', '1000', '2', 'shared'),
      roundedSizeKB: 4,
      writeKiBps: 4000,
      readKiBps: 8000,
      shards: 4,
      binding: 'write',
      bindingAll: ['write', 'read'],
    },
    // 2 x 510 = 1020; 1020/1024 = 0.996; 0.51; 1020/2048 = 0.498 -> write, 1
    {
      name: 'just under one shard of writes',
      inputs: input('2', '510', '1', 'shared'),
      roundedSizeKB: 2,
      writeKiBps: 1020,
      readKiBps: 1020,
      shards: 1,
      binding: 'write',
      bindingAll: ['write'],
    },
    // 1 x 1020 = 1020; 1020/1024 = 0.996; 1020/1000 = 1.02 -> records, 2
    {
      name: 'just over 1000 records/s',
      inputs: input('1', '1020', '1', 'shared'),
      roundedSizeKB: 1,
      writeKiBps: 1020,
      readKiBps: 1020,
      shards: 2,
      binding: 'records',
      bindingAll: ['records'],
    },
    // 1025 KB x 1 = 1025; 1025/1024 = 1.001 -> 2; records 0.001; 1025/2048 = 0.5
    {
      name: 'a 1025 KB record needs 2 shards',
      inputs: input('1025', '1', '1', 'shared'),
      roundedSizeKB: 1025,
      writeKiBps: 1025,
      readKiBps: 1025,
      shards: 2,
      binding: 'write',
      bindingAll: ['write'],
    },
    // 10240 x 1 = 10240; 10240/1024 = 10; 10240/2048 = 5 -> 10
    {
      name: 'the 10 MiB maximum record',
      inputs: input('10240', '1', '1', 'shared'),
      roundedSizeKB: 10240,
      writeKiBps: 10240,
      readKiBps: 10240,
      shards: 10,
      binding: 'write',
      bindingAll: ['write'],
    },
    // 4 x 1024 = 4096; 4096/1024 = 4; 1024/1000 = 1.024; 4096/2048 = 2 -> write, 4 (exactly 4: no extra shard)
    {
      name: 'exactly 4 shards of writes',
      inputs: input('4', '1024', '1', 'shared'),
      roundedSizeKB: 4,
      writeKiBps: 4096,
      readKiBps: 4096,
      shards: 4,
      binding: 'write',
      bindingAll: ['write'],
    },
    // 1 x 1 = 1 KiB/s; all terms below 1 -> ceil(0.001) = 1, never fewer than 1
    {
      name: 'one record per second still needs 1 shard',
      inputs: input('1', '1', '1', 'shared'),
      roundedSizeKB: 1,
      writeKiBps: 1,
      readKiBps: 1,
      shards: 1,
      binding: 'records',
      bindingAll: ['records'],
    },
    // 1 x 100,000,000 = 100,000,000 KiB/s: /1024 = 97,656.25; /1000 = 100,000 -> records, 100,000
    {
      name: 'the largest accepted rate',
      inputs: input('1', '100000000', '1', 'shared'),
      roundedSizeKB: 1,
      writeKiBps: 100_000_000,
      readKiBps: 100_000_000,
      shards: 100_000,
      binding: 'records',
      bindingAll: ['records'],
    },
  ])('$name', ({ inputs, roundedSizeKB, writeKiBps, readKiBps, shards, binding, bindingAll }) => {
    const result = ok(evaluate(inputs));
    expect(result.roundedSizeKB).toBe(roundedSizeKB);
    expect(result.writeKiBps).toBe(writeKiBps);
    expect(result.readKiBps).toBe(readKiBps);
    expect(result.shards).toBe(shards);
    expect(result.binding).toBe(binding);
    expect(result.bindingAll).toEqual(bindingAll);
  });

  it('reports each term with its value, in formula order', () => {
    // 3 x 1000 = 3000; 2 shared -> 6000 read
    const result = ok(evaluate(input('3', '1000', '2', 'shared')));
    expect(result.terms.map((t) => [t.id, t.demand, t.perShard, t.value])).toEqual([
      ['write', 3000, 1024, 3000 / 1024], // 2.93
      ['records', 1000, 1000, 1],
      ['read', 6000, 2048, 6000 / 2048], // 2.93 as well (2 shared consumers always tie with write)
    ]);
  });

  it('explains the numbers: rounding, each term, the binding limit', () => {
    const result = ok(evaluate(input('2.5', '1000', '2', 'shared')));
    const details = result.explanation.map((e) => e.detail).join('\n');
    expect(details).toContain('2.5 KB rounds up to 3 KB');
    expect(details).toContain('3 KB \u00d7 1,000 records/s = 3,000 KiB/s; 3,000 \u00f7 1,024 = 2.93 shards');
    expect(details).toContain('1,000 records/s \u00f7 1,000 = 1 shard.');
    expect(details).toContain('3,000 KiB/s \u00d7 2 shared consumers = 6,000 KiB/s; 6,000 \u00f7 2,048 = 2.93 shards');
    // tie: write and read both 2.93 -> ceiling = 3
    expect(details).toContain(
      'Write bandwidth (1,024 KiB/s per shard) and read bandwidth (2,048 KiB/s per shard) need the most: ceiling(2.93) = 3 shards.',
    );
  });

  it('shows more decimals when 2 would hide the reason for rounding up', () => {
    // 1025/1024 = 1.0009765625 -> "1.001", ceiling 2
    const result = ok(evaluate(input('1025', '1', '1', 'shared')));
    expect(result.explanation.map((e) => e.detail).join('\n')).toContain('ceiling(1.001) = 2 shards');
  });
});

/**
 * The notes' formula as the notes write it: write = average size (as given, not rounded) x records/s, read = write x
 * consumers, shards = ceiling(max(write/1000, read/2000)). It has no records-per-second term and does not round the
 * record size up, so it misses workloads of many tiny records; it also divides by 1,000/2,000 instead of 1,024/2,048.
 */
describe("the notes' formula: max(write/1000, read/2000) rounded up, with the size as given", () => {
  it.each<{ name: string; inputs: Inputs; notesShards: number; difference: number }>([
    // name, inputs, notes' shards, notes - calculator
    // defaults: max(1000/1000, 1000/2000) = max(1, 0.5) = 1 -> 1; calculator 1 -> difference 0
    { name: 'defaults agree', inputs: input('1', '1000', '1', 'shared'), notesShards: 1, difference: 0 },
    // 3000/1000 = 3, 3000/2000 = 1.5 -> 3; calculator 3 -> 0
    { name: '3 KB agree', inputs: input('3', '1000', '1', 'shared'), notesShards: 3, difference: 0 },
    // 2.5 x 1000 = 2500: 2500/1000 = 2.5 -> 3; calculator: 3 KB x 1000 = 3000/1024 = 2.93 -> 3 -> 0
    { name: '2.5 KB: rounding changes nothing here', inputs: input('2.5', '1000', '1', 'shared'), notesShards: 3, difference: 0 },
    // 1020/1000 = 1.02 -> 2; calculator: 1020/1024 = 0.996 -> 1 -> the notes ask for 1 more
    { name: 'decimal MB asks for one more', inputs: input('2', '510', '1', 'shared'), notesShards: 2, difference: 1 },
    // 10240/1000 = 10.24 -> 11; calculator 10240/1024 = 10 -> 1 more
    { name: '10 MiB record: one more', inputs: input('10240', '1', '1', 'shared'), notesShards: 11, difference: 1 },
    // 6000/1000 = 6 vs 2 shared read 12000/2000 = 6 -> 6; calculator 6000/1024 = 5.86 -> 6 -> 0
    { name: '6 KB, 2 consumers agree', inputs: input('6', '1000', '2', 'shared'), notesShards: 6, difference: 0 },
    // many tiny records: 0.1 x 5000 = 500 KB/s: 500/1000 = 0.5 -> 1; calculator: 5000 records/s / 1000 = 5 -> 4 fewer
    { name: '0.1 KB records: the notes miss the records limit', inputs: input('0.1', '5000', '1', 'shared'), notesShards: 1, difference: -4 },
    // 0.5 x 2000 = 1000: 1000/1000 = 1 -> 1; calculator: 1 KB x 2000 = 2000/1024 = 1.95, records 2 -> 2 -> 1 fewer
    { name: '0.5 KB records: one fewer', inputs: input('0.5', '2000', '1', 'shared'), notesShards: 1, difference: -1 },
    // exact decimals: 2.2 x 5000 = 11000 exactly -> 11 (in floating point 2.2 x 5000 = 11000.000000000002 -> 12);
    // calculator: 3 KB x 5000 = 15000/1024 = 14.65 -> 15 -> 4 fewer
    { name: '2.2 KB x 5,000/s: exactly 11 shards by the notes', inputs: input('2.2', '5000', '1', 'shared'), notesShards: 11, difference: -4 },
  ])('$name', ({ inputs, notesShards, difference }) => {
    const result = ok(evaluate(inputs));
    expect(result.notesFormula.shards).toBe(notesShards);
    expect(result.notesFormula.difference).toBe(difference);
    expect(result.notesFormula.shards - result.shards).toBe(difference);
  });

  it('explains a difference with the 1,000 vs 1,024 divisor', () => {
    const result = ok(evaluate(input('2', '510', '1', 'shared')));
    expect(result.notesFormula.explanation).toBe(
      'max(1,020/1,000, 1,020/2,000) = max(1.02, 0.51) \u2192 2 shards: 1 shard more than the calculator, because the notes divide by 1,000 and 2,000 (decimal MB) while a shard takes 1,024 KiB/s in and 2,048 KiB/s out.',
    );
  });

  it('explains why the notes miss many tiny records', () => {
    const result = ok(evaluate(input('0.1', '5000', '1', 'shared')));
    expect(result.notesFormula.explanation).toBe(
      'max(500/1,000, 500/2,000) = max(0.5, 0.25) \u2192 1 shard: 4 shards fewer than the calculator, because the notes use the average size as it is (0.1 KB) and have no records-per-second term, while AWS rounds each record up to 1 KB and a shard takes at most 1,000 records/s.',
    );
  });
});

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
    const result = evaluate({ ...DEFAULTS, ...patch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual([field]);
    expect(result.errors[field]).toMatch(message);
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
    const back = fromSearchParams(toSearchParams(inputs));
    expect(back.notes).toEqual([]);
    expect(back.inputs).toEqual(inputs);
    expect(evaluate(back.inputs)).toEqual(evaluate(inputs));
  });

  it('writes only valid, non-default values in canonical form', () => {
    expect(toSearchParams(input('1.0', '1,000', '1', 'shared')).toString()).toBe('');
    expect(toSearchParams(input(' 2.50 ', '2,000', '1', 'shared')).toString()).toBe('size=2.5&rate=2000');
    expect(toSearchParams(input('abc', '2000', '', 'efo')).toString()).toBe('rate=2000&mode=efo');
  });
});
