/** What the three widget models' unit tests share: the success of a result, one invalid field, a URL round trip. */
import { expect } from 'vitest';

import type * as emr from '~/libs/widgets/emr/model';
import type * as kinesis from '~/libs/widgets/kinesis/model';
import * as s3 from '~/libs/widgets/s3/model';
import type { InvalidInputs } from '~/libs/widgets/shared/params';
import type { WidgetModel } from '~/libs/widgets/shared/state';

/** The result's success, or a thrown error naming the fields that failed. */
export function ok<R extends { readonly ok: true } | InvalidInputs<string>>(result: R): Exclude<R, InvalidInputs<string>> {
  if (!result.ok) throw new Error(`expected a result, got errors ${JSON.stringify(result.errors)}`);
  return result as Exclude<R, InvalidInputs<string>>;
}

/** The result failed on `field` alone, with a message that matches `message`. */
export function expectOnlyError<F extends string>(result: { readonly ok: true } | InvalidInputs<F>, field: F, message: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(Object.keys(result.errors)).toEqual([field]);
  expect(result.errors[field]).toMatch(message);
}

/** Inputs written to the URL and read back are the same inputs, with no notes and the same result. */
export function expectRoundTrip<I extends object>(model: WidgetModel<I> & { evaluate(inputs: I): unknown }, inputs: I): void {
  const back = model.fromSearchParams(model.toSearchParams(inputs));
  expect(back.notes).toEqual([]);
  expect(back.inputs).toEqual(inputs);
  expect(model.evaluate(back.inputs)).toEqual(model.evaluate(inputs));
}

/** Kinesis inputs, provisioned unless said otherwise. */
export function kinesisInput(
  size: string,
  rate: string,
  consumers: string,
  mode: kinesis.Inputs['mode'],
  capacity: kinesis.Inputs['capacity'] = 'provisioned',
): kinesis.Inputs {
  return { size, rate, consumers, mode, capacity };
}

/** S3 defaults (frequent, ms, multi-AZ, 365 days, 1024 KB, perf off) with some fields changed. */
export function s3With(patch: Partial<s3.Inputs>): s3.Inputs {
  return { ...s3.DEFAULTS, ...patch };
}

/** An EMR cluster: primary node count, core and task node counts, and each group's purchasing option. */
export function emrCluster(
  primaries: emr.Inputs['primaries'],
  cores: string,
  tasks: string,
  primary: emr.PurchaseOption,
  core: emr.PurchaseOption,
  task: emr.PurchaseOption,
): emr.Inputs {
  return { primaries, cores, tasks, primary, core, task };
}
