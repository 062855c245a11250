/** S3 model: rule 7 (warnings), the comparison table and the suggested lifecycle rule. */
import { describe, expect, it } from 'vitest';

import { COMPARISON_TABLE, DEFAULTS, STORAGE_CLASSES, evaluate, type Inputs, type StorageClass } from '~/libs/widgets/s3/model';
import { ok, s3With as with_ } from './support/widget-model';

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
