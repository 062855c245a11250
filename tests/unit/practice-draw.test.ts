/**
 * Drawing mock exams and shorter sets: the domains' shares by the largest-remainder method (worked by hand from the
 * guides' weights), the shuffle (worked by hand for a source that always gives 0), every mode, the shortfall when the
 * bank is short, the time at the exam's pace, and (fuzzed) no repeats and every domain's share whatever the seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { placeOf, readBankFile, type ExamOutline } from '~/libs/practice/bank';
import { domainTargets, draw, largestRemainder, minutesFor, seededRandom, shortfallsOf, shuffle, type Mode } from '~/libs/practice/draw';
import { DEA_LIKE, many, question } from './support/practice-fixtures';

const zero = () => 0;

describe('largest remainder', () => {
  it.each<{ name: string; weights: number[]; total: number; shares: number[] }>([
    // 22.1, 16.9, 14.3, 11.7: floors 22+16+14+11 = 63; the 2 left go to .9 (domain 2) and .7 (domain 4).
    { name: 'DEA-C01 full mock: 65 questions', weights: [34, 26, 22, 18], total: 65, shares: [22, 17, 14, 12] },
    // 3.4, 2.6, 2.2, 1.8: floors 3+2+2+1 = 8; the 2 left go to .8 (domain 4) and .6 (domain 2).
    { name: 'DEA-C01 quick set: 10', weights: [34, 26, 22, 18], total: 10, shares: [3, 3, 2, 2] },
    // 23.8, 20.4 ×3: floors 23+20+20+20 = 83; the 2 left go to .8 (domain 1), then the tie .4 to the earliest (domain 2).
    { name: 'MLA-C02 full mock: 85 questions', weights: [28, 24, 24, 24], total: 85, shares: [24, 21, 20, 20] },
    // 2.8, 2.4 ×3: floors 8; .8 (domain 1), then the tie to domain 2.
    { name: 'MLA-C02 quick set: 10', weights: [28, 24, 24, 24], total: 10, shares: [3, 3, 2, 2] },
    { name: 'a tie goes to the earlier weight', weights: [50, 50], total: 3, shares: [2, 1] },
    { name: 'one of three equal weights', weights: [1, 1, 1], total: 1, shares: [1, 0, 0] },
    { name: 'one domain takes all', weights: [100], total: 7, shares: [7] },
    { name: 'nothing to share', weights: [34, 26, 22, 18], total: 0, shares: [0, 0, 0, 0] },
    { name: 'no weight at all', weights: [0, 0], total: 5, shares: [0, 0] },
  ])('$name', ({ weights, total, shares }) => {
    expect(largestRemainder(weights, total)).toEqual(shares);
  });

  it('domainTargets names each share by its domain number', () => {
    expect([...domainTargets(DEA_LIKE, 65)]).toEqual([
      [1, 22],
      [2, 17],
      [3, 14],
      [4, 12],
    ]);
  });
});

describe('shuffle', () => {
  it.each<{ name: string; random: () => number; result: string[] }>([
    // i=3 swaps with 0: d b c a; i=2 with 0: c b d a; i=1 with 0: b c d a.
    { name: 'a source that always gives 0', random: zero, result: ['b', 'c', 'd', 'a'] },
    // j = floor(0.99 × (i + 1)) = i: every position swaps with itself.
    { name: 'a source that always gives 0.99', random: () => 0.99, result: ['a', 'b', 'c', 'd'] },
    { name: 'a bad source (NaN) counts as 0', random: () => Number.NaN, result: ['b', 'c', 'd', 'a'] },
    { name: 'a bad source (1.5) is held to the end', random: () => 1.5, result: ['a', 'b', 'c', 'd'] },
    { name: 'a bad source (-3) is held to the start', random: () => -3, result: ['b', 'c', 'd', 'a'] },
  ])('$name', ({ random, result }) => {
    expect(shuffle(['a', 'b', 'c', 'd'], random)).toEqual(result);
  });

  it('the same seed gives the same order; another seed another', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(shuffle(items, seededRandom(7))).toEqual(shuffle(items, seededRandom(7)));
    expect(shuffle(items, seededRandom(7))).not.toEqual(shuffle(items, seededRandom(8)));
    expect([...shuffle(items, seededRandom(7))].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('the time allowed, at the exam pace', () => {
  it.each<{ count: number; minutes: number }>([
    { count: 65, minutes: 130 },
    { count: 10, minutes: 20 },
    // 53 × 130 / 65 = 106.
    { count: 53, minutes: 106 },
    { count: 1, minutes: 2 },
    { count: 0, minutes: 0 },
  ])('$count questions of DEA-C01 (130 minutes for 65): $minutes minutes', ({ count, minutes }) => {
    expect(minutesFor(DEA_LIKE, count)).toBe(minutes);
  });

  it('rounds up: 10 questions of an exam with 85 in 170 minutes get 20; 7 of one with 50 in 90 get 13 (12.6)', () => {
    expect(minutesFor({ questions: 85, minutes: 170 }, 10)).toBe(20);
    expect(minutesFor({ questions: 50, minutes: 90 }, 7)).toBe(13);
  });
});

/** A bank with plenty for every domain: 30 questions per domain, spread over its tasks. */
const plenty = [
  ...many('a', '1.1.1', 15),
  ...many('b', '1.2.3', 15),
  ...many('c', '2.1.1', 30),
  ...many('d', '3.1.2', 30),
  ...many('e', '4.1.1', 30),
];

const domainOf = (key: string, bank = plenty) => {
  const q = bank.find((b) => b.key === key);
  return q ? placeOf(DEA_LIKE, q)?.domain : undefined;
};
const countByDomain = (keys: readonly string[], bank = plenty) => {
  const counts: Record<number, number> = {};
  for (const key of keys) {
    const d = domainOf(key, bank) ?? 0;
    counts[d] = (counts[d] ?? 0) + 1;
  }
  return counts;
};

describe('draw', () => {
  it('a full mock: 65 questions, 22/17/14/12 by domain, none twice, in 130 minutes', () => {
    const result = draw(DEA_LIKE, plenty, { kind: 'full' }, seededRandom(1));
    expect(result.keys).toHaveLength(65);
    expect(new Set(result.keys).size).toBe(65);
    expect(countByDomain(result.keys)).toEqual({ 1: 22, 2: 17, 3: 14, 4: 12 });
    expect(result).toMatchObject({ wanted: 65, shortfalls: [], minutes: 130 });
  });

  it('a quick set: 10 questions, 3/3/2/2 by domain, in 20 minutes', () => {
    const result = draw(DEA_LIKE, plenty, { kind: 'quick' }, seededRandom(2));
    expect(countByDomain(result.keys)).toEqual({ 1: 3, 2: 3, 3: 2, 4: 2 });
    expect(result).toMatchObject({ wanted: 10, shortfalls: [], minutes: 20 });
  });

  it('one domain: its share of a full mock (domain 1: 22), only from it, in 44 minutes', () => {
    const result = draw(DEA_LIKE, plenty, { kind: 'domain', domain: 1 }, seededRandom(3));
    expect(countByDomain(result.keys)).toEqual({ 1: 22 });
    expect(result).toMatchObject({ wanted: 22, shortfalls: [], minutes: 44 });
  });

  it('a bank short of questions for a domain: all of them, the shortfall said, never filled from another domain', () => {
    // Domain 2 has 5 questions where the weights ask for 17: 22 + 5 + 14 + 12 = 53 questions, 106 minutes.
    const short = [...plenty.filter((q) => domainOf(q.key) !== 2), ...many('c', '2.1.1', 5)];
    const result = draw(DEA_LIKE, short, { kind: 'full' }, seededRandom(4));
    expect(countByDomain(result.keys, short)).toEqual({ 1: 22, 2: 5, 3: 14, 4: 12 });
    expect(result).toEqual({ keys: result.keys, wanted: 65, shortfalls: [{ domain: 2, wanted: 17, available: 5 }], minutes: 106 });
  });

  it('a domain with no questions at all: the shortfall says 0', () => {
    const none = plenty.filter((q) => domainOf(q.key) !== 4);
    const result = draw(DEA_LIKE, none, { kind: 'quick' }, seededRandom(5));
    expect(result.shortfalls).toEqual([{ domain: 4, wanted: 2, available: 0 }]);
    expect(result.keys).toHaveLength(8);
    const domain = draw(DEA_LIKE, none, { kind: 'domain', domain: 4 }, seededRandom(5));
    expect(domain).toEqual({ keys: [], wanted: 12, shortfalls: [{ domain: 4, wanted: 12, available: 0 }], minutes: 0 });
  });

  it('worked by hand with a source that always gives 0', () => {
    // Two domains of 50%, 4 questions: 2 each. Domain 1's pool a b c shuffles to b c a (take b c); domain 2's x y to
    // y x (take y x); b c y x then shuffles to c y x b.
    const outline: ExamOutline = {
      ...DEA_LIKE,
      questions: 4,
      minutes: 8,
      domains: [
        { number: 1, title: 'One', weight: 50, tasks: [{ number: '1.1', title: 'T' }] },
        { number: 2, title: 'Two', weight: 50, tasks: [{ number: '2.1', title: 'T' }] },
      ],
    };
    const bank = [
      question('s/a', ['1.1.1']),
      question('s/x', ['2.1.1']),
      question('s/b', ['1.1.2']),
      question('s/y', ['2.1.1']),
      question('s/c', ['1.1.1']),
    ];
    expect(draw(outline, bank, { kind: 'full' }, zero)).toEqual({ keys: ['s/c', 's/y', 's/x', 's/b'], wanted: 4, shortfalls: [], minutes: 8 });
  });

  it('a question counts in the domain of its first skill only, so it is never drawn twice', () => {
    const bank = [question('s/both', ['2.1.1', '1.1.1']), ...many('a', '1.1.1', 1)];
    const domain1 = draw(DEA_LIKE, bank, { kind: 'domain', domain: 1 }, zero);
    expect(domain1.keys).toEqual(['s/a-1']);
    const domain2 = draw(DEA_LIKE, bank, { kind: 'domain', domain: 2 }, zero);
    expect(domain2.keys).toEqual(['s/both']);
  });

  it('by task and by skill: every question naming it (first skill or not), at most 20, at the exam pace', () => {
    const bank = [
      question('s/first', ['1.2.3']),
      question('s/second', ['2.1.1', '1.2.5']),
      question('s/other', ['1.1.1']),
      ...many('z', '1.2.9', 25),
    ];
    const task = draw(DEA_LIKE, bank, { kind: 'task', task: '1.2' }, seededRandom(6));
    expect(task.keys).toHaveLength(20);
    expect(task.keys).not.toContain('s/other');
    expect(task).toMatchObject({ wanted: 20, shortfalls: [], minutes: 40 });
    const skill = draw(DEA_LIKE, bank, { kind: 'skill', skill: '1.2.5' }, zero);
    expect(skill).toEqual({ keys: ['s/second'], wanted: 1, shortfalls: [], minutes: 2 });
    expect(draw(DEA_LIKE, bank, { kind: 'skill', skill: '4.1.1' }, zero)).toEqual({ keys: [], wanted: 0, shortfalls: [], minutes: 0 });
  });

  it('by section: every question whose teaching page is in the section (not a section whose name starts the same), at most 20', () => {
    const onPage = (key: string, page: string) => ({ ...question(key, ['1.1.1']), page });
    const bank = [
      onPage('s/s3', 'storage/amazon-s3'),
      onPage('s/efs', 'storage/fsx-lustre-and-efs'),
      onPage('s/kds', 'streaming/kinesis-data-streams'),
      onPage('s/near', 'storage-extra/page'),
      ...Array.from({ length: 25 }, (_, i) => onPage(`s/db-${String(i)}`, 'databases/amazon-dynamodb')),
    ];
    const storage = draw(DEA_LIKE, bank, { kind: 'section', section: 'storage' }, zero);
    expect([...storage.keys].sort()).toEqual(['s/efs', 's/s3']);
    expect(storage).toMatchObject({ wanted: 2, shortfalls: [], minutes: 4 });
    const databases = draw(DEA_LIKE, bank, { kind: 'section', section: 'databases' }, seededRandom(3));
    expect(databases.keys).toHaveLength(20);
    expect(new Set(databases.keys).size).toBe(20);
    expect(databases.keys.every((key) => key.startsWith('s/db-'))).toBe(true);
    expect(draw(DEA_LIKE, bank, { kind: 'section', section: 'security' }, zero)).toEqual({ keys: [], wanted: 0, shortfalls: [], minutes: 0 });
  });

  it('only what I got wrong: the missed keys in the bank, each once, at most 20', () => {
    const bank = [question('s/one', ['1.1.1']), question('s/two', ['2.1.1']), question('s/three', ['3.1.1'])];
    const result = draw(DEA_LIKE, bank, { kind: 'missed' }, zero, ['s/two', 's/gone', 's/one', 's/two']);
    // s/gone is not in the bank; s/two once. Pool two one → shuffle with 0 → one two, then again → two one.
    expect(result).toEqual({ keys: ['s/two', 's/one'], wanted: 2, shortfalls: [], minutes: 4 });
    const lots = many('m', '1.1.1', 30);
    expect(
      draw(
        DEA_LIKE,
        lots,
        { kind: 'missed' },
        seededRandom(9),
        lots.map((q) => q.key),
      ).keys,
    ).toHaveLength(20);
  });

  it('fuzzed: any seed and bank size, no repeats, only bank questions, each domain min(share, what the bank has)', () => {
    const sizes = fc.tuple(fc.nat(25), fc.nat(25), fc.nat(25), fc.nat(25));
    const modes = fc.constantFrom<Mode>({ kind: 'full' }, { kind: 'quick' }, { kind: 'domain', domain: 3 });
    fc.assert(
      fc.property(fc.integer(), sizes, modes, (seed, [n1, n2, n3, n4], mode) => {
        const bank = [...many('a', '1.1.1', n1), ...many('c', '2.1.1', n2), ...many('d', '3.1.1', n3), ...many('e', '4.1.1', n4)];
        const result = draw(DEA_LIKE, bank, mode, seededRandom(seed));
        const keys = new Set(bank.map((q) => q.key));
        expect(new Set(result.keys).size).toBe(result.keys.length);
        expect(result.keys.every((key) => keys.has(key))).toBe(true);
        const targets = mode.kind === 'quick' ? [3, 3, 2, 2] : mode.kind === 'full' ? [22, 17, 14, 12] : [0, 0, 14, 0];
        const have = [n1, n2, n3, n4];
        const counts = countByDomain(result.keys, bank);
        targets.forEach((target, index) => expect(counts[index + 1] ?? 0).toBe(Math.min(target, have[index] ?? 0)));
        expect(result.shortfalls.map((s) => s.domain)).toEqual(targets.flatMap((t, i) => (t > 0 && (have[i] ?? 0) < t ? [i + 1] : [])));
      }),
    );
  });
});

describe('the bank file reader', () => {
  const file = {
    exam: 'dea-c01',
    skills: [{ number: '1.1.1', text: 'Read data from streaming sources.' }],
    questions: [
      {
        key: 'streaming/q1',
        prompt: 'Which? (Select TWO.)',
        page: 'streaming/kinesis',
        pageTitle: 'Kinesis',
        skills: ['1.1.1'],
        options: [
          { text: 'A', correct: true, why: 'a' },
          { text: 'B', correct: false, why: 'b' },
          { text: 'C', correct: true, why: 'c' },
        ],
      },
    ],
  };

  it('reads a good file and works out the correct options', () => {
    expect(readBankFile(file, 'dea-c01')?.questions[0]?.correct).toEqual([0, 2]);
  });

  it.each<{ name: string; value: unknown }>([
    { name: 'another exam’s file', value: { ...file, exam: 'mla-c02' } },
    { name: 'not an object', value: '<html>' },
    { name: 'null', value: null },
    { name: 'a question without skills', value: { ...file, questions: [{ ...file.questions[0], skills: [] }] } },
    { name: 'a skill that is not a number', value: { ...file, questions: [{ ...file.questions[0], skills: ['dea-c01:1.1.1'] }] } },
    {
      name: 'no correct option',
      value: {
        ...file,
        questions: [
          {
            ...file.questions[0],
            options: [
              { text: 'A', correct: false, why: 'a' },
              { text: 'B', correct: false, why: 'b' },
            ],
          },
        ],
      },
    },
    { name: 'a bad key', value: { ...file, questions: [{ ...file.questions[0], key: '../x' }] } },
    { name: 'a key twice', value: { ...file, questions: [file.questions[0], file.questions[0]] } },
  ])('refuses $name', ({ value }) => {
    expect(readBankFile(value, 'dea-c01')).toBeUndefined();
  });
});

describe('the shortfall of a set, as a resumed attempt shows it again', () => {
  const short = [...many('a', '1.1.1', 30), ...many('c', '2.1.1', 2), ...many('e', '4.1.1', 1)];
  it.each<{ name: string; mode: Mode; shortfalls: Array<{ domain: number; wanted: number; available: number }> }>([
    {
      name: 'full mock',
      mode: { kind: 'full' },
      shortfalls: [
        { domain: 2, wanted: 17, available: 2 },
        { domain: 3, wanted: 14, available: 0 },
        { domain: 4, wanted: 12, available: 1 },
      ],
    },
    {
      name: 'quick set (3, 3, 2, 2)',
      mode: { kind: 'quick' },
      shortfalls: [
        { domain: 2, wanted: 3, available: 2 },
        { domain: 3, wanted: 2, available: 0 },
        { domain: 4, wanted: 2, available: 1 },
      ],
    },
    { name: 'domain 1 (enough)', mode: { kind: 'domain', domain: 1 }, shortfalls: [] },
    { name: 'domain 4', mode: { kind: 'domain', domain: 4 }, shortfalls: [{ domain: 4, wanted: 12, available: 1 }] },
    { name: 'a task (no share asked)', mode: { kind: 'task', task: '3.1' }, shortfalls: [] },
  ])('$name', ({ mode, shortfalls }) => {
    expect(shortfallsOf(DEA_LIKE, short, mode)).toEqual(shortfalls);
    expect(draw(DEA_LIKE, short, mode, seededRandom(1)).shortfalls).toEqual(shortfalls);
  });
});
