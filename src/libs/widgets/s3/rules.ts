/**
 * S3 storage-class picker: the rules (1-6) and evaluate; the warnings and the reasons for every other class are in
 * `prose.ts`, the AWS facts in `data.ts`, the fields in `fields.ts`.
 */
import { formatNumber, type DocLink, type Explanation, type InvalidInputs } from '../shared/params';
import { allValid, checkFields } from '../shared/fields';
import { COMPARISON_TABLE, DOCS, classRow, className, minDays } from './data';
import type { AccessPattern, AzChoice, RetrievalNeed, StorageClass, StorageClassRow } from './data';
import { FIELDS, type Field, type Inputs } from './fields';
import { ACCESS_TEXT, buildWarnings, suggestLifecycle, whyNot, type LifecycleSuggestion } from './prose';

export interface StepDown {
  /** The class the access rules chose. */
  readonly from: StorageClass;
  /** Classes tried after it, in order; the last one is the pick. */
  readonly path: readonly StorageClass[];
  /** Days that would have been billed after deletion: from's minimum - keep. */
  readonly avoidedDays: number;
}

export interface Success {
  readonly ok: true;
  readonly storageClass: StorageClass;
  /** Readable name of the pick, e.g. "S3 Standard-IA". */
  readonly name: string;
  /** Which access rule (1-5) chose the first class. */
  readonly ruleNumber: 1 | 2 | 3 | 4 | 5;
  readonly initialClass: StorageClass;
  /** null when the minimum storage duration fits and no step-down was needed (rule 6). */
  readonly stepDown: StepDown | null;
  readonly explanation: readonly Explanation[];
  readonly warnings: readonly string[];
  /** Every other class with the reason it was not picked, in table order. */
  readonly notPicked: ReadonlyArray<{ readonly apiName: StorageClass; readonly name: string; readonly reason: string }>;
  readonly table: readonly StorageClassRow[];
  readonly lifecycle: LifecycleSuggestion;
  readonly docs: readonly DocLink[];
}

export type Failure = InvalidInputs<Field>;

export type Result = Success | Failure;

interface Choice {
  readonly cls: StorageClass;
  readonly ruleNumber: 1 | 2 | 3 | 4 | 5;
  readonly rule: string;
  readonly detail: string;
}

/** Rules 1-5: the class chosen by access pattern, retrieval need, AZ choice and perf. */
export function chooseByAccess(access: AccessPattern, retrieval: RetrievalNeed, az: AzChoice, perf: boolean): Choice {
  switch (access) {
    case 'unknown':
      return {
        cls: 'INTELLIGENT_TIERING',
        ruleNumber: 1,
        rule: 'Rule 1: changing or unknown access \u2192 S3 Intelligent-Tiering',
        detail: 'It moves objects not accessed for 30 consecutive days to a cheaper tier and back on access, with no retrieval fee.',
      };
    case 'frequent':
      if (perf && az === 'single') {
        return {
          cls: 'EXPRESS_ONEZONE',
          ruleNumber: 2,
          rule: 'Rule 2: frequent access \u2192 S3 Express One Zone (single-digit ms, one AZ) or S3 Standard',
          detail: 'You need single-digit-millisecond latency for request-heavy access and accept a single Availability Zone: S3 Express One Zone.',
        };
      }
      return {
        cls: 'STANDARD',
        ruleNumber: 2,
        rule: 'Rule 2: frequent access \u2192 S3 Express One Zone (single-digit ms, one AZ) or S3 Standard',
        detail: perf
          ? 'You need single-digit-millisecond latency, but S3 Express One Zone keeps data in one Availability Zone and you asked for multi-AZ: S3 Standard.'
          : 'Frequently accessed data without a single-digit-millisecond requirement: S3 Standard.',
      };
    case 'infrequent':
      return az === 'single'
        ? {
            cls: 'ONEZONE_IA',
            ruleNumber: 3,
            rule: 'Rule 3: about monthly access \u2192 S3 One Zone-IA (single AZ) or S3 Standard-IA',
            detail: 'Data read about once a month that can be re-created, in one Availability Zone: S3 One Zone-IA.',
          }
        : {
            cls: 'STANDARD_IA',
            ruleNumber: 3,
            rule: 'Rule 3: about monthly access \u2192 S3 One Zone-IA (single AZ) or S3 Standard-IA',
            detail: 'Data read about once a month that needs multi-AZ resilience: S3 Standard-IA.',
          };
    case 'rare':
      return {
        cls: 'GLACIER_IR',
        ruleNumber: 4,
        rule: 'Rule 4: about quarterly access \u2192 S3 Glacier Instant Retrieval',
        detail: 'Data read about once a quarter, still with millisecond access: S3 Glacier Instant Retrieval.',
      };
    case 'archive': {
      const rule = 'Rule 5: archive \u2192 Glacier Instant Retrieval (ms), Glacier Flexible Retrieval (minutes), Deep Archive (hours)';
      if (retrieval === 'ms')
        return {
          cls: 'GLACIER_IR',
          ruleNumber: 5,
          rule,
          detail: 'Archive data that must be readable in milliseconds: S3 Glacier Instant Retrieval.',
        };
      if (retrieval === 'minutes')
        return {
          cls: 'GLACIER',
          ruleNumber: 5,
          rule,
          detail: 'Archive data you can wait minutes for (Expedited restore): S3 Glacier Flexible Retrieval.',
        };
      return {
        cls: 'DEEP_ARCHIVE',
        ruleNumber: 5,
        rule,
        detail: 'Archive data you can wait hours for: S3 Glacier Deep Archive, the lowest storage price.',
      };
    }
  }
}

/** Rule 6: the step-down chain from a class, for the chosen AZ setting. */
export function stepDownChain(az: AzChoice): readonly StorageClass[] {
  return ['DEEP_ARCHIVE', 'GLACIER', 'GLACIER_IR', az === 'single' ? 'ONEZONE_IA' : 'STANDARD_IA', 'STANDARD'];
}

/** Rule 6: returns the pick and, when the minimum duration did not fit, the step-down taken. */
export function applyMinimumDuration(cls: StorageClass, keepDays: number, az: AzChoice): { cls: StorageClass; stepDown: StepDown | null } {
  if (minDays(cls) <= keepDays) return { cls, stepDown: null };
  const chain = stepDownChain(az);
  const slot = cls === 'STANDARD_IA' || cls === 'ONEZONE_IA' ? 3 : chain.indexOf(cls);
  const path: StorageClass[] = [];
  let pick: StorageClass = 'STANDARD';
  for (const candidate of chain.slice(slot + 1)) {
    path.push(candidate);
    if (minDays(candidate) <= keepDays) {
      pick = candidate;
      break;
    }
  }
  return { cls: pick, stepDown: { from: cls, path, avoidedDays: minDays(cls) - keepDays } };
}

export function evaluate(inputs: Inputs): Result {
  const { values, errors } = checkFields(FIELDS, inputs);
  if (!allValid(FIELDS, values)) return { ok: false, errors };

  const { access, retrieval, az, perf } = values;
  const keepDays = values.keep.value;
  const sizeKB = values.size.value;
  const choice = chooseByAccess(access, retrieval, az, perf);
  const { cls, stepDown } = applyMinimumDuration(choice.cls, keepDays, az);
  const pickName = className(cls);

  const explanation: Explanation[] = [{ rule: choice.rule, detail: choice.detail }];
  if (perf && choice.cls !== 'EXPRESS_ONEZONE' && access !== 'frequent') {
    explanation.push({
      rule: 'Performance requirement',
      detail: `Single-digit-millisecond, request-heavy access only changes the pick for frequently accessed data (S3 Express One Zone); yours is ${ACCESS_TEXT[access]}.`,
    });
  }
  if (az === 'single' && classRow(cls).azs !== '1') {
    explanation.push({
      rule: 'Availability Zones',
      detail: `${pickName} has no single-AZ variant, so the data is stored across at least 3 Availability Zones.`,
    });
  }
  const initialMin = minDays(choice.cls);
  if (stepDown === null) {
    explanation.push({
      rule: 'Rule 6: minimum storage duration',
      detail:
        initialMin === 0
          ? `${pickName} has no minimum storage duration.`
          : `${pickName} bills at least ${formatNumber(initialMin)} days; you keep objects ${formatNumber(keepDays)} days (\u2265 ${formatNumber(initialMin)}), so there is no early-deletion charge.`,
    });
  } else {
    const steps = stepDown.path
      .map(
        (c) =>
          `${c} (${minDays(c) === 0 ? 'no minimum' : `${formatNumber(minDays(c))} days`}${minDays(c) <= keepDays ? ' fits' : ' still too long'})`,
      )
      .join(' \u2192 ');
    explanation.push({
      rule: 'Rule 6: minimum storage duration \u2192 step down',
      detail: `${className(choice.cls)} bills at least ${formatNumber(initialMin)} days, but you keep objects only ${formatNumber(keepDays)} days: deleting them then would still be billed for ${formatNumber(initialMin)} days, an early-deletion charge of ${formatNumber(stepDown.avoidedDays)} extra days. Stepping down ${choice.cls} \u2192 ${steps}: ${pickName}.`,
    });
  }

  const warnings = buildWarnings(cls, sizeKB, retrieval);
  const notPicked = COMPARISON_TABLE.filter((r) => r.apiName !== cls).map((r) => ({
    apiName: r.apiName,
    name: r.name,
    reason: whyNot(r.apiName, { access: access, retrieval: retrieval, az: az, perf, keepDays, initial: choice.cls, stepDown }),
  }));

  return {
    ok: true,
    storageClass: cls,
    name: pickName,
    ruleNumber: choice.ruleNumber,
    initialClass: choice.cls,
    stepDown,
    explanation,
    warnings,
    notPicked,
    table: COMPARISON_TABLE,
    lifecycle: suggestLifecycle(cls, keepDays),
    docs: DOCS,
  };
}
