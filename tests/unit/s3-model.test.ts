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
  it.each<[string, Partial<Inputs>, StorageClass, number, string]>([
    ['1: unknown -> Intelligent-Tiering', { access: 'unknown' }, 'INTELLIGENT_TIERING', 1, 'S3 Intelligent-Tiering'],
    ['1: unknown, even single AZ + perf', { access: 'unknown', az: 'single', perf: true }, 'INTELLIGENT_TIERING', 1, 'S3 Intelligent-Tiering'],
    ['2: frequent -> Standard', { access: 'frequent' }, 'STANDARD', 2, 'S3 Standard'],
    [
      '2: frequent + perf + single AZ -> Express One Zone',
      { access: 'frequent', perf: true, az: 'single' },
      'EXPRESS_ONEZONE',
      2,
      'S3 Express One Zone',
    ],
    ['2: frequent + perf but multi-AZ -> Standard', { access: 'frequent', perf: true, az: 'multi' }, 'STANDARD', 2, 'S3 Standard'],
    ['2: frequent + single AZ without perf -> Standard', { access: 'frequent', perf: false, az: 'single' }, 'STANDARD', 2, 'S3 Standard'],
    ['3: infrequent, multi-AZ -> Standard-IA', { access: 'infrequent', az: 'multi' }, 'STANDARD_IA', 3, 'S3 Standard-IA'],
    ['3: infrequent, single AZ -> One Zone-IA', { access: 'infrequent', az: 'single' }, 'ONEZONE_IA', 3, 'S3 One Zone-IA'],
    ['4: rare -> Glacier Instant Retrieval', { access: 'rare' }, 'GLACIER_IR', 4, 'S3 Glacier Instant Retrieval'],
    ['4: rare ignores the retrieval answer', { access: 'rare', retrieval: 'hours' }, 'GLACIER_IR', 4, 'S3 Glacier Instant Retrieval'],
    ['5: archive + ms -> Glacier Instant Retrieval', { access: 'archive', retrieval: 'ms' }, 'GLACIER_IR', 5, 'S3 Glacier Instant Retrieval'],
    [
      '5: archive + minutes -> Glacier Flexible Retrieval',
      { access: 'archive', retrieval: 'minutes' },
      'GLACIER',
      5,
      'S3 Glacier Flexible Retrieval',
    ],
    ['5: archive + hours -> Deep Archive', { access: 'archive', retrieval: 'hours' }, 'DEEP_ARCHIVE', 5, 'S3 Glacier Deep Archive'],
  ])('%s', (_name, patch, expected, ruleNumber, name) => {
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

  it.each<[string, Partial<Inputs>, StorageClass, StorageClass, readonly StorageClass[] | null, number]>([
    // name, inputs, initial, pick, path tried, early-deletion days avoided (initial minimum - keep)
    // Deep Archive min 180 <= 180 kept: fits, no step
    ['Deep Archive kept exactly 180 days stays', { access: 'archive', retrieval: 'hours', keep: '180' }, 'DEEP_ARCHIVE', 'DEEP_ARCHIVE', null, 0],
    // 180 > 179 -> Glacier Flexible 90 <= 179 fits; avoided 180 - 179 = 1
    [
      'Deep Archive kept 179 days -> Glacier Flexible',
      { access: 'archive', retrieval: 'hours', keep: '179' },
      'DEEP_ARCHIVE',
      'GLACIER',
      ['GLACIER'],
      1,
    ],
    // 180 > 60 -> GLACIER 90 > 60 -> GLACIER_IR 90 > 60 -> STANDARD_IA 30 <= 60; avoided 180 - 60 = 120
    [
      'Deep Archive kept 60 days -> Standard-IA',
      { access: 'archive', retrieval: 'hours', keep: '60' },
      'DEEP_ARCHIVE',
      'STANDARD_IA',
      ['GLACIER', 'GLACIER_IR', 'STANDARD_IA'],
      120,
    ],
    // same with az=single: the IA step is One Zone-IA
    [
      '... single AZ -> One Zone-IA',
      { access: 'archive', retrieval: 'hours', keep: '60', az: 'single' },
      'DEEP_ARCHIVE',
      'ONEZONE_IA',
      ['GLACIER', 'GLACIER_IR', 'ONEZONE_IA'],
      120,
    ],
    // 29 < 30 as well -> all the way to STANDARD; avoided 180 - 29 = 151
    [
      'Deep Archive kept 29 days -> Standard',
      { access: 'archive', retrieval: 'hours', keep: '29' },
      'DEEP_ARCHIVE',
      'STANDARD',
      ['GLACIER', 'GLACIER_IR', 'STANDARD_IA', 'STANDARD'],
      151,
    ],
    // Glacier Flexible 90 > 89 -> GLACIER_IR 90 > 89 -> STANDARD_IA 30 <= 89; avoided 90 - 89 = 1
    [
      'Glacier Flexible kept 89 days -> Standard-IA',
      { access: 'archive', retrieval: 'minutes', keep: '89' },
      'GLACIER',
      'STANDARD_IA',
      ['GLACIER_IR', 'STANDARD_IA'],
      1,
    ],
    ['Glacier Flexible kept 90 days stays', { access: 'archive', retrieval: 'minutes', keep: '90' }, 'GLACIER', 'GLACIER', null, 0],
    // Glacier IR 90 > 89 -> STANDARD_IA 30 <= 89; avoided 1
    ['Glacier IR (rare) kept 89 days -> Standard-IA', { access: 'rare', keep: '89' }, 'GLACIER_IR', 'STANDARD_IA', ['STANDARD_IA'], 1],
    ['Glacier IR (archive, ms) kept 90 days stays', { access: 'archive', retrieval: 'ms', keep: '90' }, 'GLACIER_IR', 'GLACIER_IR', null, 0],
    // 90 > 20 -> STANDARD_IA 30 > 20 -> STANDARD; avoided 90 - 20 = 70
    ['Glacier IR kept 20 days -> Standard', { access: 'rare', keep: '20' }, 'GLACIER_IR', 'STANDARD', ['STANDARD_IA', 'STANDARD'], 70],
    // Standard-IA 30 > 29 -> STANDARD; avoided 1
    ['Standard-IA kept 29 days -> Standard', { access: 'infrequent', keep: '29' }, 'STANDARD_IA', 'STANDARD', ['STANDARD'], 1],
    ['Standard-IA kept 30 days stays', { access: 'infrequent', keep: '30' }, 'STANDARD_IA', 'STANDARD_IA', null, 0],
    // One Zone-IA 30 > 10 -> STANDARD; avoided 20
    ['One Zone-IA kept 10 days -> Standard', { access: 'infrequent', az: 'single', keep: '10' }, 'ONEZONE_IA', 'STANDARD', ['STANDARD'], 20],
    // classes without a minimum never step
    ['Standard kept 1 day stays', { access: 'frequent', keep: '1' }, 'STANDARD', 'STANDARD', null, 0],
    ['Intelligent-Tiering kept 1 day stays', { access: 'unknown', keep: '1' }, 'INTELLIGENT_TIERING', 'INTELLIGENT_TIERING', null, 0],
    ['Express One Zone kept 1 day stays', { access: 'frequent', perf: true, az: 'single', keep: '1' }, 'EXPRESS_ONEZONE', 'EXPRESS_ONEZONE', null, 0],
  ])('%s', (_name, patch, initial, pick, path, avoided) => {
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
  it.each<[string, Partial<Inputs>, StorageClass, RegExp[]]>([
    ['Standard, 1024 KB: none', {}, 'STANDARD', []],
    ['Standard with tiny objects: none', { size: '10' }, 'STANDARD', []],
    // 128 / 10 = 12.8
    ['Standard-IA, 10 KB: billed as 128 KB', { access: 'infrequent', size: '10' }, 'STANDARD_IA', [/billed as 128 KB, 12.8 times their size/]],
    // exactly 128 KB is not "under 128 KB"
    ['Standard-IA, 128 KB: none', { access: 'infrequent', size: '128' }, 'STANDARD_IA', []],
    // 128 / 127.5 = 1.0039 -> "1.004"
    ['Standard-IA, 127.5 KB', { access: 'infrequent', size: '127.5' }, 'STANDARD_IA', [/1.004 times their size/]],
    // 128 / 64 = 2; plus the one-zone warning
    [
      'One Zone-IA, 64 KB',
      { access: 'infrequent', az: 'single', size: '64' },
      'ONEZONE_IA',
      [/billed as 128 KB, 2 times/, /single Availability Zone/],
    ],
    // 128 / 100 = 1.28
    [
      'Glacier Instant Retrieval, 100 KB',
      { access: 'rare', size: '100' },
      'GLACIER_IR',
      [/S3 Glacier Instant Retrieval: your 100 KB objects are billed as 128 KB, 1.28 times/],
    ],
    [
      'Intelligent-Tiering, 100 KB: not monitored',
      { access: 'unknown', size: '100' },
      'INTELLIGENT_TIERING',
      [/not monitored.*Frequent Access tier/],
    ],
    ['Intelligent-Tiering, 128 KB: none', { access: 'unknown', size: '128' }, 'INTELLIGENT_TIERING', []],
    // 40 / 10 x 100 = 400 %; restore times incl. Expedited advice because minutes were asked for
    [
      'Glacier Flexible, 10 KB',
      { access: 'archive', retrieval: 'minutes', size: '10' },
      'GLACIER',
      [
        /about 40 KB of metadata .* 400% on top of your 10 KB objects/,
        /Expedited 1\u20135 minutes, Standard 3\u20135 hours, Bulk 5\u201312 hours\. For minutes you need Expedited/,
      ],
    ],
    // 40 / 1024 x 100 = 3.90625 -> 3.91 %
    [
      'Deep Archive, 1024 KB',
      { access: 'archive', retrieval: 'hours' },
      'DEEP_ARCHIVE',
      [/3.91% on top of your 1,024 KB objects/, /Standard within 12 hours, Bulk within 48 hours/],
    ],
    // Deep Archive stepped down to Glacier Flexible (kept 100 < 180): hours were asked, so no Expedited advice
    [
      'Glacier Flexible after a step-down',
      { access: 'archive', retrieval: 'hours', keep: '100' },
      'GLACIER',
      [/about 40 KB of metadata/, /Bulk 5\u201312 hours\.$/],
    ],
    [
      'Express One Zone: single AZ',
      { access: 'frequent', perf: true, az: 'single' },
      'EXPRESS_ONEZONE',
      [/S3 Express One Zone stores data in a single Availability Zone/],
    ],
  ])('%s', (_name, patch, pick, expected) => {
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

  it.each<[StorageClass, string, string, number, string, string]>([
    // apiName, availability, AZs, min duration days, min billable size (starts with), first-byte latency (starts with)
    ['EXPRESS_ONEZONE', '99.95%', '1', 0, 'None', 'Single-digit milliseconds'],
    ['STANDARD', '99.99%', '\u2265 3', 0, 'None', 'Milliseconds'],
    ['INTELLIGENT_TIERING', '99.9%', '\u2265 3', 0, 'None', 'Milliseconds'],
    ['STANDARD_IA', '99.9%', '\u2265 3', 30, '128 KB', 'Milliseconds'],
    ['ONEZONE_IA', '99.5%', '1', 30, '128 KB', 'Milliseconds'],
    ['GLACIER_IR', '99.9%', '\u2265 3', 90, '128 KB', 'Milliseconds'],
    ['GLACIER', '99.99% (after you restore objects)', '\u2265 3', 90, '40 KB', 'Minutes to hours'],
    ['DEEP_ARCHIVE', '99.99% (after you restore objects)', '\u2265 3', 180, '40 KB', 'Hours'],
  ])('%s', (apiName, availability, azs, minDays, minSize, latency) => {
    const row = COMPARISON_TABLE.find((r) => r.apiName === apiName);
    expect(row?.availability).toBe(availability);
    expect(row?.azs).toBe(azs);
    expect(row?.minDurationDays).toBe(minDays);
    expect(row?.minDuration).toBe(minDays === 0 ? 'None' : `${minDays} days`);
    expect(row?.minBillableSize.startsWith(minSize)).toBe(true);
    expect(row?.firstByteLatency.startsWith(latency)).toBe(true);
  });

  it.each<[StorageClass, RegExp]>([
    ['STANDARD', /^None$/],
    ['INTELLIGENT_TIERING', /^None \(a small monitoring and automation fee per object\)$/],
    ['STANDARD_IA', /^Per GB retrieved$/],
    ['ONEZONE_IA', /^Per GB retrieved$/],
    ['GLACIER_IR', /^Per GB retrieved$/],
    ['GLACIER', /^Per GB retrieved$/],
    ['DEEP_ARCHIVE', /^Per GB retrieved$/],
    ['EXPRESS_ONEZONE', /512 KB/],
  ])('retrieval fee of %s', (apiName, fee) => {
    expect(COMPARISON_TABLE.find((r) => r.apiName === apiName)?.retrievalFee).toMatch(fee);
  });

  it('the result carries the table and says why each other class was not picked', () => {
    const result = ok(evaluate(DEFAULTS));
    expect(result.table).toBe(COMPARISON_TABLE);
    expect(result.notPicked.map((n) => n.apiName)).toEqual(STORAGE_CLASSES.filter((c) => c !== 'STANDARD'));
    for (const n of result.notPicked) expect(n.reason.length).toBeGreaterThan(20);
  });

  it.each<[string, Partial<Inputs>, StorageClass, RegExp]>([
    ['frequent without perf: Express', {}, 'EXPRESS_ONEZONE', /did not ask for single-digit-millisecond latency/],
    ['frequent + perf + multi-AZ: Express', { perf: true }, 'EXPRESS_ONEZONE', /you asked for multi-AZ resilience/],
    [
      'known pattern: Intelligent-Tiering',
      { access: 'rare' },
      'INTELLIGENT_TIERING',
      /known \(read about once a quarter\).*monitoring and automation fee/,
    ],
    ['rare: Standard', { access: 'rare' }, 'STANDARD', /Highest storage price/],
    ['infrequent single: Standard-IA', { access: 'infrequent', az: 'single' }, 'STANDARD_IA', /One Zone-IA stores it for less/],
    ['infrequent multi: One Zone-IA', { access: 'infrequent' }, 'ONEZONE_IA', /one Availability Zone/],
    ['archive hours: Glacier IR', { access: 'archive', retrieval: 'hours' }, 'GLACIER_IR', /wait hours for a restore/],
    ['archive ms: Glacier Flexible', { access: 'archive', retrieval: 'ms' }, 'GLACIER', /you need milliseconds/],
    ['archive hours: Glacier Flexible', { access: 'archive', retrieval: 'hours' }, 'GLACIER', /Deep Archive stores data for less/],
    ['archive minutes: Deep Archive', { access: 'archive', retrieval: 'minutes' }, 'DEEP_ARCHIVE', /up to 12 hours .* you need minutes/],
    // stepped down from Deep Archive (kept 60 days): the rule's choice and the skipped classes
    [
      'step-down: the original pick',
      { access: 'archive', retrieval: 'hours', keep: '60' },
      'DEEP_ARCHIVE',
      /Chosen by the access rules, but its 180-day minimum storage duration is longer than your 60 days/,
    ],
    [
      'step-down: a skipped class',
      { access: 'archive', retrieval: 'hours', keep: '60' },
      'GLACIER_IR',
      /Tried while stepping down, but its 90-day minimum .* still longer than your 60 days/,
    ],
    // a class not on the path whose minimum is also too long gets it appended
    [
      'minimum also too long',
      { access: 'frequent', keep: '10' },
      'DEEP_ARCHIVE',
      /Its 180-day minimum storage duration is also longer than your 10 days\.$/,
    ],
  ])('why not: %s', (_name, patch, cls, reason) => {
    const result = ok(evaluate(with_(patch)));
    expect(result.notPicked.find((n) => n.apiName === cls)?.reason).toMatch(reason);
  });
});

describe('suggested lifecycle rule', () => {
  it.each<[string, Partial<Inputs>, StorageClass, number, RegExp]>([
    [
      'Glacier IR for a year',
      { access: 'rare' },
      'GLACIER_IR',
      365,
      /Upload with storage class GLACIER_IR .* expires objects 365 days after creation; 365 \u2265 the 90-day minimum/,
    ],
    ['Standard after a step-down', { access: 'infrequent', keep: '29' }, 'STANDARD', 29, /no minimum storage duration to pay for/],
    ['Express One Zone', { perf: true, az: 'single', keep: '7' }, 'EXPRESS_ONEZONE', 7, /directory bucket/],
  ])('%s', (_name, patch, cls, days, text) => {
    const { lifecycle } = ok(evaluate(with_(patch)));
    expect(lifecycle.uploadClass).toBe(cls);
    expect(lifecycle.expirationDays).toBe(days);
    expect(lifecycle.text).toMatch(text);
  });
});

describe('bad input gets a specific message per field', () => {
  it.each<[string, Partial<Inputs>, Field, RegExp]>([
    ['empty keep', { keep: '' }, 'keep', /How long objects are kept is empty/],
    ['zero days', { keep: '0' }, 'keep', /cannot be 0/],
    ['fractional days', { keep: '1.5' }, 'keep', /whole number/],
    ['negative days', { keep: '-3' }, 'keep', /cannot be negative/],
    ['non-numeric days', { keep: 'a year' }, 'keep', /must be a number/],
    ['absurd days', { keep: '36501' }, 'keep', /too large: more than 36,500 days/],
    ['empty size', { size: '' }, 'size', /Average object size is empty/],
    ['zero size', { size: '0' }, 'size', /cannot be 0/],
    ['negative size', { size: '-1' }, 'size', /cannot be negative/],
    ['size beyond the 50 TB object limit', { size: '52428800001' }, 'size', /largest S3 object is 50 TB/],
    ['unknown access', { access: 'sometimes' as Inputs['access'] }, 'access', /must be one of: frequent, infrequent, rare, archive, unknown/],
    ['unknown retrieval', { retrieval: 'days' as Inputs['retrieval'] }, 'retrieval', /must be one of: ms, minutes, hours/],
    ['unknown az', { az: 'two' as Inputs['az'] }, 'az', /must be one of: multi, single/],
    ['perf not a boolean', { perf: 'yes' as unknown as boolean }, 'perf', /on or off/],
  ])('%s', (_name, patch, field, message) => {
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
