import { describe, expect, it } from 'vitest';

import {
  COMPARISON_TABLE,
  DEFAULTS,
  STORAGE_CLASSES,
  evaluate,
  fromSearchParams,
  stepDownChain,
  toSearchParams,
  type Field,
  type Inputs,
  type Result,
  type StorageClass,
  type Success,
} from '~/libs/widgets/s3/model';

function ok(result: Result): Success {
  if (!result.ok) throw new Error(`expected a result, got errors ${JSON.stringify(result.errors)}`);
  return result;
}

/** Defaults (frequent, ms, multi-AZ, 365 days, 1024 KB, perf off) with some fields changed. */
function with_(patch: Partial<Inputs>): Inputs {
  return { ...DEFAULTS, ...patch };
}

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

describe('rule 7: warnings (the class stays)', () => {
  it.each<{ name: string; patch: Partial<Inputs>; pick: StorageClass; expected: RegExp[] }>([
    { name: 'Standard, 1024 KB: none', patch: {}, pick: 'STANDARD', expected: [] },
    { name: 'Standard with tiny objects: none', patch: { size: '10' }, pick: 'STANDARD', expected: [] },
    // 128 / 10 = 12.8
    {
      name: 'Standard-IA, 10 KB: billed as 128 KB',
      patch: { access: 'infrequent', size: '10' },
      pick: 'STANDARD_IA',
      expected: [/billed as 128 KB, 12.8 times their size/],
    },
    // exactly 128 KB is not "under 128 KB"
    { name: 'Standard-IA, 128 KB: none', patch: { access: 'infrequent', size: '128' }, pick: 'STANDARD_IA', expected: [] },
    // 128 / 127.5 = 1.0039 -> "1.004"
    { name: 'Standard-IA, 127.5 KB', patch: { access: 'infrequent', size: '127.5' }, pick: 'STANDARD_IA', expected: [/1.004 times their size/] },
    // 128 / 64 = 2; plus the one-zone warning
    {
      name: 'One Zone-IA, 64 KB',
      patch: { access: 'infrequent', az: 'single', size: '64' },
      pick: 'ONEZONE_IA',
      expected: [/billed as 128 KB, 2 times/, /single Availability Zone/],
    },
    // 128 / 100 = 1.28
    {
      name: 'Glacier Instant Retrieval, 100 KB',
      patch: { access: 'rare', size: '100' },
      pick: 'GLACIER_IR',
      expected: [/S3 Glacier Instant Retrieval: your 100 KB objects are billed as 128 KB, 1.28 times/],
    },
    {
      name: 'Intelligent-Tiering, 100 KB: not monitored',
      patch: { access: 'unknown', size: '100' },
      pick: 'INTELLIGENT_TIERING',
      expected: [/not monitored.*Frequent Access tier/],
    },
    { name: 'Intelligent-Tiering, 128 KB: none', patch: { access: 'unknown', size: '128' }, pick: 'INTELLIGENT_TIERING', expected: [] },
    // 40 / 10 x 100 = 400 %; restore times incl. Expedited advice because minutes were asked for
    {
      name: 'Glacier Flexible, 10 KB',
      patch: { access: 'archive', retrieval: 'minutes', size: '10' },
      pick: 'GLACIER',
      expected: [
        /about 40 KB of metadata .* 400% on top of your 10 KB objects/,
        /Expedited 1\u20135 minutes, Standard 3\u20135 hours, Bulk 5\u201312 hours\. For minutes you need Expedited/,
      ],
    },
    // 40 / 1024 x 100 = 3.90625 -> 3.91 %
    {
      name: 'Deep Archive, 1024 KB',
      patch: { access: 'archive', retrieval: 'hours' },
      pick: 'DEEP_ARCHIVE',
      expected: [/3.91% on top of your 1,024 KB objects/, /Standard within 12 hours, Bulk within 48 hours/],
    },
    // Deep Archive stepped down to Glacier Flexible (kept 100 < 180): hours were asked, so no Expedited advice
    {
      name: 'Glacier Flexible after a step-down',
      patch: { access: 'archive', retrieval: 'hours', keep: '100' },
      pick: 'GLACIER',
      expected: [/about 40 KB of metadata/, /Bulk 5\u201312 hours\.$/],
    },
    {
      name: 'Express One Zone: single AZ',
      patch: { access: 'frequent', perf: true, az: 'single' },
      pick: 'EXPRESS_ONEZONE',
      expected: [/S3 Express One Zone stores data in a single Availability Zone/],
    },
  ])('$name', ({ patch, pick, expected }) => {
    const result = ok(evaluate(with_(patch)));
    expect(result.storageClass).toBe(pick);
    expect(result.warnings).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(result.warnings[i]).toMatch(pattern));
  });
});

describe('the comparison table (AWS S3 storage classes comparison)', () => {
  it('has one row per storage class, hottest first', () => {
    expect(COMPARISON_TABLE.map((r) => r.apiName)).toEqual([...STORAGE_CLASSES]);
  });

  it.each<{ apiName: StorageClass; availability: string; azs: string; minDays: number; minSize: string; latency: string }>([
    // apiName, availability, AZs, min duration days, min billable size (starts with), first-byte latency (starts with)
    { apiName: 'EXPRESS_ONEZONE', availability: '99.95%', azs: '1', minDays: 0, minSize: 'None', latency: 'Single-digit milliseconds' },
    { apiName: 'STANDARD', availability: '99.99%', azs: '\u2265 3', minDays: 0, minSize: 'None', latency: 'Milliseconds' },
    { apiName: 'INTELLIGENT_TIERING', availability: '99.9%', azs: '\u2265 3', minDays: 0, minSize: 'None', latency: 'Milliseconds' },
    { apiName: 'STANDARD_IA', availability: '99.9%', azs: '\u2265 3', minDays: 30, minSize: '128 KB', latency: 'Milliseconds' },
    { apiName: 'ONEZONE_IA', availability: '99.5%', azs: '1', minDays: 30, minSize: '128 KB', latency: 'Milliseconds' },
    { apiName: 'GLACIER_IR', availability: '99.9%', azs: '\u2265 3', minDays: 90, minSize: '128 KB', latency: 'Milliseconds' },
    {
      apiName: 'GLACIER',
      availability: '99.99% (after you restore objects)',
      azs: '\u2265 3',
      minDays: 90,
      minSize: '40 KB',
      latency: 'Minutes to hours',
    },
    {
      apiName: 'DEEP_ARCHIVE',
      availability: '99.99% (after you restore objects)',
      azs: '\u2265 3',
      minDays: 180,
      minSize: '40 KB',
      latency: 'Hours',
    },
  ])('$apiName', ({ apiName, availability, azs, minDays, minSize, latency }) => {
    const row = COMPARISON_TABLE.find((r) => r.apiName === apiName);
    expect(row?.availability).toBe(availability);
    expect(row?.azs).toBe(azs);
    expect(row?.minDurationDays).toBe(minDays);
    expect(row?.minDuration).toBe(minDays === 0 ? 'None' : `${minDays} days`);
    expect(row?.minBillableSize.startsWith(minSize)).toBe(true);
    expect(row?.firstByteLatency.startsWith(latency)).toBe(true);
  });

  it.each<{ apiName: StorageClass; fee: RegExp }>([
    { apiName: 'STANDARD', fee: /^None$/ },
    { apiName: 'INTELLIGENT_TIERING', fee: /^None \(a small monitoring and automation fee per object\)$/ },
    { apiName: 'STANDARD_IA', fee: /^Per GB retrieved$/ },
    { apiName: 'ONEZONE_IA', fee: /^Per GB retrieved$/ },
    { apiName: 'GLACIER_IR', fee: /^Per GB retrieved$/ },
    { apiName: 'GLACIER', fee: /^Per GB retrieved$/ },
    { apiName: 'DEEP_ARCHIVE', fee: /^Per GB retrieved$/ },
    { apiName: 'EXPRESS_ONEZONE', fee: /512 KB/ },
  ])('retrieval fee of $apiName', ({ apiName, fee }) => {
    expect(COMPARISON_TABLE.find((r) => r.apiName === apiName)?.retrievalFee).toMatch(fee);
  });

  it('the result carries the table and says why each other class was not picked', () => {
    const result = ok(evaluate(DEFAULTS));
    expect(result.table).toBe(COMPARISON_TABLE);
    expect(result.notPicked.map((n) => n.apiName)).toEqual(STORAGE_CLASSES.filter((c) => c !== 'STANDARD'));
    for (const n of result.notPicked) expect(n.reason.length).toBeGreaterThan(20);
  });

  it.each<{ name: string; patch: Partial<Inputs>; cls: StorageClass; reason: RegExp }>([
    { name: 'frequent without perf: Express', patch: {}, cls: 'EXPRESS_ONEZONE', reason: /did not ask for single-digit-millisecond latency/ },
    { name: 'frequent + perf + multi-AZ: Express', patch: { perf: true }, cls: 'EXPRESS_ONEZONE', reason: /you asked for multi-AZ resilience/ },
    {
      name: 'known pattern: Intelligent-Tiering',
      patch: { access: 'rare' },
      cls: 'INTELLIGENT_TIERING',
      reason: /known \(read about once a quarter\).*monitoring and automation fee/,
    },
    { name: 'rare: Standard', patch: { access: 'rare' }, cls: 'STANDARD', reason: /Highest storage price/ },
    {
      name: 'infrequent single: Standard-IA',
      patch: { access: 'infrequent', az: 'single' },
      cls: 'STANDARD_IA',
      reason: /One Zone-IA stores it for less/,
    },
    { name: 'infrequent multi: One Zone-IA', patch: { access: 'infrequent' }, cls: 'ONEZONE_IA', reason: /one Availability Zone/ },
    { name: 'archive hours: Glacier IR', patch: { access: 'archive', retrieval: 'hours' }, cls: 'GLACIER_IR', reason: /wait hours for a restore/ },
    { name: 'archive ms: Glacier Flexible', patch: { access: 'archive', retrieval: 'ms' }, cls: 'GLACIER', reason: /you need milliseconds/ },
    {
      name: 'archive hours: Glacier Flexible',
      patch: { access: 'archive', retrieval: 'hours' },
      cls: 'GLACIER',
      reason: /Deep Archive stores data for less/,
    },
    {
      name: 'archive minutes: Deep Archive',
      patch: { access: 'archive', retrieval: 'minutes' },
      cls: 'DEEP_ARCHIVE',
      reason: /up to 12 hours .* you need minutes/,
    },
    // stepped down from Deep Archive (kept 60 days): the rule's choice and the skipped classes
    {
      name: 'step-down: the original pick',
      patch: { access: 'archive', retrieval: 'hours', keep: '60' },
      cls: 'DEEP_ARCHIVE',
      reason: /Chosen by the access rules, but its 180-day minimum storage duration is longer than your 60 days/,
    },
    {
      name: 'step-down: a skipped class',
      patch: { access: 'archive', retrieval: 'hours', keep: '60' },
      cls: 'GLACIER_IR',
      reason: /Tried while stepping down, but its 90-day minimum .* still longer than your 60 days/,
    },
    // a class not on the path whose minimum is also too long gets it appended
    {
      name: 'minimum also too long',
      patch: { access: 'frequent', keep: '10' },
      cls: 'DEEP_ARCHIVE',
      reason: /Its 180-day minimum storage duration is also longer than your 10 days\.$/,
    },
  ])('why not: $name', ({ patch, cls, reason }) => {
    const result = ok(evaluate(with_(patch)));
    expect(result.notPicked.find((n) => n.apiName === cls)?.reason).toMatch(reason);
  });
});

describe('suggested lifecycle rule', () => {
  it.each<{ name: string; patch: Partial<Inputs>; cls: StorageClass; days: number; text: RegExp }>([
    {
      name: 'Glacier IR for a year',
      patch: { access: 'rare' },
      cls: 'GLACIER_IR',
      days: 365,
      text: /Upload with storage class GLACIER_IR .* expires objects 365 days after creation; 365 \u2265 the 90-day minimum/,
    },
    {
      name: 'Standard after a step-down',
      patch: { access: 'infrequent', keep: '29' },
      cls: 'STANDARD',
      days: 29,
      text: /no minimum storage duration to pay for/,
    },
    { name: 'Express One Zone', patch: { perf: true, az: 'single', keep: '7' }, cls: 'EXPRESS_ONEZONE', days: 7, text: /directory bucket/ },
  ])('$name', ({ patch, cls, days, text }) => {
    const { lifecycle } = ok(evaluate(with_(patch)));
    expect(lifecycle.uploadClass).toBe(cls);
    expect(lifecycle.expirationDays).toBe(days);
    expect(lifecycle.text).toMatch(text);
  });
});

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
    { name: 'size beyond the 50 TB object limit', patch: { size: '52428800001' }, field: 'size', message: /largest S3 object is 50 TB/ },
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
    const result = evaluate(with_(patch));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual([field]);
    expect(result.errors[field]).toMatch(message);
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
    const { inputs, notes } = fromSearchParams(new URLSearchParams('access=archive&retrieval=hours&az=single&keep=60&size=10&perf=1&class=STANDARD'));
    expect(inputs).toEqual({ access: 'archive', retrieval: 'hours', az: 'single', keep: '60', size: '10', perf: true });
    expect(notes).toEqual([]);
  });

  it('perf=0 is accepted and means off', () => {
    expect(fromSearchParams(new URLSearchParams('perf=0'))).toEqual({ inputs: DEFAULTS, notes: [] });
  });

  it.each<Inputs>([
    { access: 'archive', retrieval: 'hours', az: 'single', keep: '60', size: '10', perf: true },
    { access: 'unknown', retrieval: 'minutes', az: 'multi', keep: '1', size: '0.5', perf: false },
    { access: 'frequent', retrieval: 'ms', az: 'single', keep: '36500', size: '52428800000', perf: true },
    DEFAULTS,
  ])('round-trips %j', (inputs) => {
    const back = fromSearchParams(toSearchParams(inputs));
    expect(back.notes).toEqual([]);
    expect(back.inputs).toEqual(inputs);
    expect(evaluate(back.inputs)).toEqual(evaluate(inputs));
  });

  it('writes only valid, non-default values in canonical form', () => {
    expect(toSearchParams(with_({ keep: '365.0', size: '1,024' })).toString()).toBe('');
    expect(toSearchParams(with_({ access: 'rare', keep: 'x', perf: true })).toString()).toBe('access=rare&perf=1');
  });
});
