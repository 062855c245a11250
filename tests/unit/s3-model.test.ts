import { describe, expect, it } from 'vitest';

import { evaluate, stepDownChain, type Inputs, type StorageClass } from '~/libs/widgets/s3/model';
import { ok, s3With as with_ } from './support/widget-model';

describe('rules 1-5: the class by access pattern (365 days, 1024 KB: no minimum-duration step)', () => {
  it.each<{ title: string; patch: Partial<Inputs>; expected: StorageClass; ruleNumber: number; name: string }>([
    {
      title: '1: unknown -> Intelligent-Tiering',
      patch: { access: 'unknown' },
      expected: 'INTELLIGENT_TIERING',
      ruleNumber: 1,
      name: 'S3 Intelligent-Tiering',
    },
    {
      title: '1: unknown, even single AZ + perf',
      patch: { access: 'unknown', az: 'single', perf: true },
      expected: 'INTELLIGENT_TIERING',
      ruleNumber: 1,
      name: 'S3 Intelligent-Tiering',
    },
    { title: '2: frequent -> Standard', patch: { access: 'frequent' }, expected: 'STANDARD', ruleNumber: 2, name: 'S3 Standard' },
    {
      title: '2: frequent + perf + single AZ -> Express One Zone',
      patch: { access: 'frequent', perf: true, az: 'single' },
      expected: 'EXPRESS_ONEZONE',
      ruleNumber: 2,
      name: 'S3 Express One Zone',
    },
    {
      title: '2: frequent + perf but multi-AZ -> Standard',
      patch: { access: 'frequent', perf: true, az: 'multi' },
      expected: 'STANDARD',
      ruleNumber: 2,
      name: 'S3 Standard',
    },
    {
      title: '2: frequent + single AZ without perf -> Standard',
      patch: { access: 'frequent', perf: false, az: 'single' },
      expected: 'STANDARD',
      ruleNumber: 2,
      name: 'S3 Standard',
    },
    {
      title: '3: infrequent, multi-AZ -> Standard-IA',
      patch: { access: 'infrequent', az: 'multi' },
      expected: 'STANDARD_IA',
      ruleNumber: 3,
      name: 'S3 Standard-IA',
    },
    {
      title: '3: infrequent, single AZ -> One Zone-IA',
      patch: { access: 'infrequent', az: 'single' },
      expected: 'ONEZONE_IA',
      ruleNumber: 3,
      name: 'S3 One Zone-IA',
    },
    {
      title: '4: rare -> Glacier Instant Retrieval',
      patch: { access: 'rare' },
      expected: 'GLACIER_IR',
      ruleNumber: 4,
      name: 'S3 Glacier Instant Retrieval',
    },
    {
      title: '4: rare ignores the retrieval answer',
      patch: { access: 'rare', retrieval: 'hours' },
      expected: 'GLACIER_IR',
      ruleNumber: 4,
      name: 'S3 Glacier Instant Retrieval',
    },
    {
      title: '5: archive + ms -> Glacier Instant Retrieval',
      patch: { access: 'archive', retrieval: 'ms' },
      expected: 'GLACIER_IR',
      ruleNumber: 5,
      name: 'S3 Glacier Instant Retrieval',
    },
    {
      title: '5: archive + minutes -> Glacier Flexible Retrieval',
      patch: { access: 'archive', retrieval: 'minutes' },
      expected: 'GLACIER',
      ruleNumber: 5,
      name: 'S3 Glacier Flexible Retrieval',
    },
    {
      title: '5: archive + hours -> Deep Archive',
      patch: { access: 'archive', retrieval: 'hours' },
      expected: 'DEEP_ARCHIVE',
      ruleNumber: 5,
      name: 'S3 Glacier Deep Archive',
    },
  ])('$title', ({ patch, expected, ruleNumber, name }) => {
    const result = ok(evaluate(with_(patch)));
    expect(result.storageClass).toBe(expected);
    expect(result.initialClass).toBe(expected);
    expect(result.ruleNumber).toBe(ruleNumber);
    expect(result.name).toBe(name);
    expect(result.stepDown).toBeNull();
    expect(result.explanation[0]?.rule).toMatch(new RegExp(`^Rule ${ruleNumber}:`));
  });

  it('explains why perf did not matter for data that is not frequently accessed', () => {
    const result = ok(evaluate(with_({ access: 'infrequent', perf: true, az: 'single' })));
    expect(result.explanation.map((e) => e.detail).join('\n')).toContain('only changes the pick for frequently accessed data');
  });

  it('explains that an archive class has no single-AZ variant', () => {
    const result = ok(evaluate(with_({ access: 'archive', retrieval: 'hours', az: 'single' })));
    expect(result.explanation.map((e) => e.detail).join('\n')).toContain('S3 Glacier Deep Archive has no single-AZ variant');
  });
});

describe('rule 6: minimum storage duration steps down the chain', () => {
  it('the chain', () => {
    expect(stepDownChain('multi')).toEqual(['DEEP_ARCHIVE', 'GLACIER', 'GLACIER_IR', 'STANDARD_IA', 'STANDARD']);
    expect(stepDownChain('single')).toEqual(['DEEP_ARCHIVE', 'GLACIER', 'GLACIER_IR', 'ONEZONE_IA', 'STANDARD']);
  });

  it.each<{ name: string; patch: Partial<Inputs>; initial: StorageClass; pick: StorageClass; path: readonly StorageClass[] | null; avoided: number }>(
    [
      // path: the classes tried; avoided: the early-deletion days avoided (initial minimum - keep)
      // Deep Archive min 180 <= 180 kept: fits, no step
      {
        name: 'Deep Archive kept exactly 180 days stays',
        patch: { access: 'archive', retrieval: 'hours', keep: '180' },
        initial: 'DEEP_ARCHIVE',
        pick: 'DEEP_ARCHIVE',
        path: null,
        avoided: 0,
      },
      // 180 > 179 -> Glacier Flexible 90 <= 179 fits; avoided 180 - 179 = 1
      {
        name: 'Deep Archive kept 179 days -> Glacier Flexible',
        patch: { access: 'archive', retrieval: 'hours', keep: '179' },
        initial: 'DEEP_ARCHIVE',
        pick: 'GLACIER',
        path: ['GLACIER'],
        avoided: 1,
      },
      // 180 > 60 -> GLACIER 90 > 60 -> GLACIER_IR 90 > 60 -> STANDARD_IA 30 <= 60; avoided 180 - 60 = 120
      {
        name: 'Deep Archive kept 60 days -> Standard-IA',
        patch: { access: 'archive', retrieval: 'hours', keep: '60' },
        initial: 'DEEP_ARCHIVE',
        pick: 'STANDARD_IA',
        path: ['GLACIER', 'GLACIER_IR', 'STANDARD_IA'],
        avoided: 120,
      },
      // same with az=single: the IA step is One Zone-IA
      {
        name: '... single AZ -> One Zone-IA',
        patch: { access: 'archive', retrieval: 'hours', keep: '60', az: 'single' },
        initial: 'DEEP_ARCHIVE',
        pick: 'ONEZONE_IA',
        path: ['GLACIER', 'GLACIER_IR', 'ONEZONE_IA'],
        avoided: 120,
      },
      // 29 < 30 as well -> all the way to STANDARD; avoided 180 - 29 = 151
      {
        name: 'Deep Archive kept 29 days -> Standard',
        patch: { access: 'archive', retrieval: 'hours', keep: '29' },
        initial: 'DEEP_ARCHIVE',
        pick: 'STANDARD',
        path: ['GLACIER', 'GLACIER_IR', 'STANDARD_IA', 'STANDARD'],
        avoided: 151,
      },
      // Glacier Flexible 90 > 89 -> GLACIER_IR 90 > 89 -> STANDARD_IA 30 <= 89; avoided 90 - 89 = 1
      {
        name: 'Glacier Flexible kept 89 days -> Standard-IA',
        patch: { access: 'archive', retrieval: 'minutes', keep: '89' },
        initial: 'GLACIER',
        pick: 'STANDARD_IA',
        path: ['GLACIER_IR', 'STANDARD_IA'],
        avoided: 1,
      },
      {
        name: 'Glacier Flexible kept 90 days stays',
        patch: { access: 'archive', retrieval: 'minutes', keep: '90' },
        initial: 'GLACIER',
        pick: 'GLACIER',
        path: null,
        avoided: 0,
      },
      // Glacier IR 90 > 89 -> STANDARD_IA 30 <= 89; avoided 1
      {
        name: 'Glacier IR (rare) kept 89 days -> Standard-IA',
        patch: { access: 'rare', keep: '89' },
        initial: 'GLACIER_IR',
        pick: 'STANDARD_IA',
        path: ['STANDARD_IA'],
        avoided: 1,
      },
      {
        name: 'Glacier IR (archive, ms) kept 90 days stays',
        patch: { access: 'archive', retrieval: 'ms', keep: '90' },
        initial: 'GLACIER_IR',
        pick: 'GLACIER_IR',
        path: null,
        avoided: 0,
      },
      // 90 > 20 -> STANDARD_IA 30 > 20 -> STANDARD; avoided 90 - 20 = 70
      {
        name: 'Glacier IR kept 20 days -> Standard',
        patch: { access: 'rare', keep: '20' },
        initial: 'GLACIER_IR',
        pick: 'STANDARD',
        path: ['STANDARD_IA', 'STANDARD'],
        avoided: 70,
      },
      // Standard-IA 30 > 29 -> STANDARD; avoided 1
      {
        name: 'Standard-IA kept 29 days -> Standard',
        patch: { access: 'infrequent', keep: '29' },
        initial: 'STANDARD_IA',
        pick: 'STANDARD',
        path: ['STANDARD'],
        avoided: 1,
      },
      {
        name: 'Standard-IA kept 30 days stays',
        patch: { access: 'infrequent', keep: '30' },
        initial: 'STANDARD_IA',
        pick: 'STANDARD_IA',
        path: null,
        avoided: 0,
      },
      // One Zone-IA 30 > 10 -> STANDARD; avoided 20
      {
        name: 'One Zone-IA kept 10 days -> Standard',
        patch: { access: 'infrequent', az: 'single', keep: '10' },
        initial: 'ONEZONE_IA',
        pick: 'STANDARD',
        path: ['STANDARD'],
        avoided: 20,
      },
      // classes without a minimum never step
      { name: 'Standard kept 1 day stays', patch: { access: 'frequent', keep: '1' }, initial: 'STANDARD', pick: 'STANDARD', path: null, avoided: 0 },
      {
        name: 'Intelligent-Tiering kept 1 day stays',
        patch: { access: 'unknown', keep: '1' },
        initial: 'INTELLIGENT_TIERING',
        pick: 'INTELLIGENT_TIERING',
        path: null,
        avoided: 0,
      },
      {
        name: 'Express One Zone kept 1 day stays',
        patch: { access: 'frequent', perf: true, az: 'single', keep: '1' },
        initial: 'EXPRESS_ONEZONE',
        pick: 'EXPRESS_ONEZONE',
        path: null,
        avoided: 0,
      },
    ],
  )('$name', ({ patch, initial, pick, path, avoided }) => {
    const result = ok(evaluate(with_(patch)));
    expect(result.initialClass).toBe(initial);
    expect(result.storageClass).toBe(pick);
    if (path === null) {
      expect(result.stepDown).toBeNull();
    } else {
      expect(result.stepDown).toEqual({ from: initial, path, avoidedDays: avoided });
    }
  });

  it('explains the early-deletion charge that was avoided, with the numbers', () => {
    const result = ok(evaluate(with_({ access: 'archive', retrieval: 'hours', keep: '60' })));
    const rule6 = result.explanation.find((e) => e.rule.startsWith('Rule 6'));
    expect(rule6?.rule).toBe('Rule 6: minimum storage duration \u2192 step down');
    // 180 - 60 = 120 extra days
    expect(rule6?.detail).toBe(
      'S3 Glacier Deep Archive bills at least 180 days, but you keep objects only 60 days: deleting them then would still be billed for 180 days, an early-deletion charge of 120 extra days. ' +
        'Stepping down DEEP_ARCHIVE \u2192 GLACIER (90 days still too long) \u2192 GLACIER_IR (90 days still too long) \u2192 STANDARD_IA (30 days fits): S3 Standard-IA.',
    );
  });

  it('says when the minimum fits', () => {
    const result = ok(evaluate(with_({ access: 'rare', keep: '365' })));
    expect(result.explanation.find((e) => e.rule.startsWith('Rule 6'))?.detail).toBe(
      'S3 Glacier Instant Retrieval bills at least 90 days; you keep objects 365 days (\u2265 90), so there is no early-deletion charge.',
    );
  });
});
