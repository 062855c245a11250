import { describe, expect, it } from 'vitest';

import { evaluate, type Inputs, type LimitId } from '~/libs/widgets/kinesis/model';
import { ok, kinesisInput as input } from './support/widget-model';

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
      'max(1,020/1,000, 1,020/2,000) = max(1.02, 0.51) \u2192 2 shards: 1 shard more than the calculator, because the rule of thumb divides by 1,000 and 2,000 (decimal MB) while a shard takes 1,024 KiB/s in and 2,048 KiB/s out.',
    );
  });

  it('explains why the notes miss many tiny records', () => {
    const result = ok(evaluate(input('0.1', '5000', '1', 'shared')));
    expect(result.notesFormula.explanation).toBe(
      'max(500/1,000, 500/2,000) = max(0.5, 0.25) \u2192 1 shard: 4 shards fewer than the calculator, because the rule of thumb uses the average size as it is (0.1 KB) and have no records-per-second term, while AWS rounds each record up to 1 KB and a shard takes at most 1,000 records/s.',
    );
  });
});
