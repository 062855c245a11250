/**
 * Property-based (fast-check) tests for the three pure widget models, with random and hostile input:
 * arbitrary unicode, numbers written every way a URL or a form can carry them, huge and tiny values,
 * HTML/script payloads, enum values outside the set and non-string values cast through `as never`.
 *
 * Every property runs NUM_RUNS cases from a fixed seed, so the suite is deterministic and fast. To
 * explore further, change SEED locally (a failure report prints the seed and path to replay it).
 *
 * The number-text properties (E) and the regressions the fuzzing found are in models-fuzz-text.test.ts; the
 * arbitraries and the models as the properties see them are in support/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import * as emr from '~/libs/widgets/emr/model';
import * as kinesis from '~/libs/widgets/kinesis/model';
import * as s3 from '~/libs/widgets/s3/model';
import { NOTE_EXCERPT_MAX, excerpt, parseNumber } from '~/libs/widgets/shared/params';
import { hostileText, nonString, validInputs, fuzzInputs, queryArbitrary, crossFieldParams } from './support/fuzz-arbitraries';
import { RUN, expectCleanSuccess, fieldValid, urlValue, urlText, KINESIS, S3, EMR, MODELS, kindOf, efoLimit, haSpot } from './support/fuzz-models';

// ---------------------------------------------------------------------------------------------------
// Properties shared by the three models
// ---------------------------------------------------------------------------------------------------

describe.each(MODELS)('$name model: evaluate on random and hostile inputs', (model) => {
  it('never throws; errors name exactly the invalid fields, each with a message; success is finite and clean', () => {
    fc.assert(
      fc.property(fuzzInputs(model), (inputs) => {
        const result = model.evaluate(inputs as never);
        const invalid = Object.entries(model.params)
          .filter(([name, kind]) => !fieldValid(kind, inputs[name]))
          .map(([name]) => name);
        // Kinesis cross-field rule: enhanced fan-out allows at most 20 consumers (50 with On-demand Advantage),
        // checked once the consumers, consumer type and capacity mode are each valid.
        const consumers = parseNumber(String(inputs['consumers']), kinesis.SPECS.consumers);
        const efoExcess =
          model === KINESIS &&
          !invalid.includes('mode') &&
          !invalid.includes('capacity') &&
          String(inputs['mode']).trim() === 'efo' &&
          consumers.ok &&
          consumers.value > efoLimit(inputs['capacity']);
        // EMR cross-field rule: three primary nodes are On-Demand only (reported at the primary purchasing option).
        const emrHaSpot = model === EMR && !invalid.includes('primaries') && !invalid.includes('primary') && haSpot(inputs);
        let expectedErrors = efoExcess && !invalid.includes('consumers') ? [...invalid, 'consumers'] : invalid;
        if (emrHaSpot) expectedErrors = [...expectedErrors, 'primary'];

        if (result.ok) {
          expect(expectedErrors).toEqual([]);
          expectCleanSuccess(result);
        } else {
          const errored = Object.keys(result.errors);
          expect(errored.length).toBeGreaterThan(0);
          expect(errored.sort()).toEqual([...expectedErrors].sort());
          for (const message of Object.values(result.errors)) {
            expect(typeof message).toBe('string');
            expect((message ?? '').trim().length).toBeGreaterThan(0);
          }
        }
      }),
      RUN,
    );
  });

  it('one field invalid on its own (everything else valid) -> ok:false with a message for that field', () => {
    const fieldNames = Object.keys(model.params);
    fc.assert(
      fc.property(
        validInputs(model),
        fc.constantFrom(...fieldNames).chain((field) =>
          fc.tuple(
            fc.constant(field),
            fc.oneof(hostileText, nonString).filter((v) => !fieldValid(kindOf(model, field), v)),
          ),
        ),
        (inputs, [field, bad]) => {
          const result = model.evaluate({ ...inputs, [field]: bad } as never);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(Object.keys(result.errors)).toEqual([field]);
          expect(result.errors[field]?.trim() ?? '').not.toBe('');
        },
      ),
      RUN,
    );
  });

  it('valid inputs always succeed with finite numbers and no NaN / Infinity / undefined in any text', () => {
    fc.assert(
      fc.property(validInputs(model), (inputs) => {
        expectCleanSuccess(model.evaluate(inputs as never));
      }),
      RUN,
    );
  });
});

describe.each(MODELS)('$name model: URL parameters', (model) => {
  it('fromSearchParams never throws, falls back to defaults, and its inputs always evaluate', () => {
    fc.assert(
      fc.property(queryArbitrary(model), (params) => {
        fc.pre(!crossFieldParams(model, params));
        const { inputs, notes } = model.fromSearchParams(params);

        expect(Object.keys(inputs).sort()).toEqual(Object.keys(model.params).sort());
        for (const [name, kind] of Object.entries(model.params)) {
          const raw = params.get(name);
          const accepted = raw === null ? null : urlValue(kind, raw);
          expect(inputs[name]).toEqual(accepted === null ? model.defaults[name] : accepted.value);
        }
        expectCleanSuccess(model.evaluate(inputs as never));
        expect(notes.length).toBeLessThanOrEqual(Object.keys(model.params).length);
      }),
      RUN,
    );
  });

  it('notes: only for known parameters with an invalid value, short, and no markup beyond the capped excerpt', () => {
    fc.assert(
      fc.property(queryArbitrary(model), (params) => {
        fc.pre(!crossFieldParams(model, params));
        const { notes } = model.fromSearchParams(params);
        const expected = Object.entries(model.params).filter(([name, kind]) => {
          const raw = params.get(name);
          return raw !== null && urlValue(kind, raw) === null;
        });
        expect(notes).toHaveLength(expected.length);

        for (const [name] of expected) {
          const raw = params.get(name) ?? '';
          const shown = excerpt(raw);
          const prefix = `Ignored URL parameter "${name}" (value "${shown}"): allowed is `;
          const suffix = `. Using the default, ${urlText(model.defaults[name])}.`;
          const note = notes.find((n) => n.startsWith(`Ignored URL parameter "${name}" (value "`));
          expect(note, `note for ${name}`).toBeDefined();
          if (note === undefined) continue;
          expect(note.startsWith(prefix)).toBe(true);
          expect(note.endsWith(suffix)).toBe(true);
          expect(note.length).toBeLessThanOrEqual(250);

          // The excerpt: at most NOTE_EXCERPT_MAX code points (+ "…"), no control or invisible format characters.
          const points = Array.from(shown);
          expect(points.length).toBeLessThanOrEqual(NOTE_EXCERPT_MAX + 1);
          if (points.length > NOTE_EXCERPT_MAX) expect(points[NOTE_EXCERPT_MAX]).toBe('\u2026');
          expect(shown).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
          // The excerpt is the only place where text from the URL appears: no "<" anywhere else.
          const excerptStart = prefix.length - shown.length - '"): allowed is '.length;
          const outside = note.slice(0, excerptStart) + note.slice(excerptStart + shown.length);
          expect(outside).not.toContain('<');
          expect(note.split('<').length - 1).toBeLessThanOrEqual(NOTE_EXCERPT_MAX);
        }
      }),
      RUN,
    );
  });

  it('round trip: fromSearchParams(toSearchParams(inputs)).inputs equals valid inputs, with no notes', () => {
    fc.assert(
      fc.property(validInputs(model), (inputs) => {
        const params = model.toSearchParams(inputs as never);
        for (const key of params.keys()) expect(Object.keys(model.params)).toContain(key);
        const back = model.fromSearchParams(new URLSearchParams(params.toString()));
        expect(back.inputs).toEqual(inputs);
        expect(back.notes).toEqual([]);
      }),
      RUN,
    );
  });

  it('round trip from any query: the normalised inputs survive toSearchParams -> fromSearchParams', () => {
    fc.assert(
      fc.property(queryArbitrary(model), (params) => {
        const first = model.fromSearchParams(params).inputs;
        const again = model.fromSearchParams(new URLSearchParams(model.toSearchParams(first as never).toString()));
        expect(again.inputs).toEqual(first);
        expect(again.notes).toEqual([]);
      }),
      RUN,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Model-specific invariants
// ---------------------------------------------------------------------------------------------------

describe('kinesis invariants', () => {
  it('shards: a whole number >= 1, >= ceil(rate/1000), >= ceil(ceil(size) x rate/1024), >= the read term, and no more', () => {
    fc.assert(
      fc.property(fc.oneof(validInputs(KINESIS), fuzzInputs(KINESIS)), (inputs) => {
        const result = kinesis.evaluate(inputs as never);
        if (!result.ok) return;
        const size = parseNumber(String(inputs['size']), kinesis.SPECS.size);
        const rate = parseNumber(String(inputs['rate']), kinesis.SPECS.rate);
        const consumers = parseNumber(String(inputs['consumers']), kinesis.SPECS.consumers);
        if (!size.ok || !rate.ok || !consumers.ok) throw new Error('evaluate accepted an invalid number');
        // the size rounded up on its decimal text (independent of the model): whole part + 1 if any nonzero decimal
        const [whole = '0', fraction = ''] = size.canonical.split('.');
        const rounded = Number(whole) + (/[1-9]/.test(fraction) ? 1 : 0);
        const write = rounded * rate.value;
        const read = result.mode === 'shared' ? write * consumers.value : write;
        const bounds = [1, Math.ceil(rate.value / 1000), Math.ceil(write / 1024), Math.ceil(read / 2048)];

        expect(Number.isInteger(result.shards)).toBe(true);
        for (const bound of bounds) expect(result.shards).toBeGreaterThanOrEqual(bound);
        expect(result.shards).toBe(Math.max(...bounds));
        expect(result.roundedSizeKB).toBe(rounded);
        expect(result.writeKiBps).toBe(write);
        expect(result.readKiBps).toBe(read);
        expect(kinesis.CONSUMER_MODES).toContain(result.mode);
        if (result.mode === 'efo') expect(result.consumers).toBeLessThanOrEqual(efoLimit(result.capacity));
        // the notes' formula: ceiling(max(size x rate / 1000, size x rate x readers / 2000)) on exact decimals
        const scale = 10n ** BigInt(fraction.length);
        const writeScaled = BigInt(whole + fraction) * BigInt(rate.value);
        const readers = BigInt(result.mode === 'shared' ? consumers.value : 1);
        const ceilDiv = (n: bigint, d: bigint) => (n + d - 1n) / d;
        const notes = [1n, ceilDiv(writeScaled, 1000n * scale), ceilDiv(writeScaled * readers, 2000n * scale)].reduce((a, b) => (a > b ? a : b));
        expect(result.notesFormula.shards).toBe(Number(notes));
      }),
      RUN,
    );
  });
});

describe('s3 invariants', () => {
  const NO_MINIMUM: readonly s3.StorageClass[] = ['STANDARD', 'INTELLIGENT_TIERING', 'EXPRESS_ONEZONE'];

  it('the pick is a known class whose minimum storage duration fits the keep days', () => {
    fc.assert(
      fc.property(fc.oneof(validInputs(S3), fuzzInputs(S3)), (inputs) => {
        const result = s3.evaluate(inputs as never);
        if (!result.ok) return;
        const keep = parseNumber(String(inputs['keep']), s3.SPECS.keep);
        if (!keep.ok) throw new Error('evaluate accepted an invalid keep');
        const cls = result.storageClass;

        expect(s3.STORAGE_CLASSES).toContain(cls);
        expect(s3.STORAGE_CLASSES).toContain(result.initialClass);
        if (NO_MINIMUM.includes(cls)) expect(s3.minDays(cls)).toBe(0);
        else expect(s3.minDays(cls)).toBeLessThanOrEqual(keep.value);
        expect(result.name).toBe(s3.className(cls));
        expect(result.lifecycle.expirationDays).toBe(keep.value);
        if (result.stepDown === null) expect(cls).toBe(result.initialClass);
        else expect(result.stepDown.path[result.stepDown.path.length - 1]).toBe(cls);
        // Single-AZ classes only when a single AZ was chosen; Express One Zone only for frequent + perf.
        const az = String(inputs['az']).trim();
        if (az === 'multi') expect(['ONEZONE_IA', 'EXPRESS_ONEZONE']).not.toContain(cls);
        if (cls === 'EXPRESS_ONEZONE') {
          expect(String(inputs['access']).trim()).toBe('frequent');
          expect(inputs['perf']).toBe(true);
        }
        expect(result.notPicked.map((r) => r.apiName)).not.toContain(cls);
        expect(result.notPicked).toHaveLength(s3.STORAGE_CLASSES.length - 1);
      }),
      RUN,
    );
  });
});

describe('emr invariants', () => {
  it('replication factor 0 / 1 (1-3) / 2 (4-9) / 3 (10+) of cores; risk: Spot primary high, Spot core or one copy medium', () => {
    fc.assert(
      fc.property(fc.oneof(validInputs(EMR), fuzzInputs(EMR)), (inputs) => {
        const result = emr.evaluate(inputs as never);
        if (!result.ok) return;
        const cores = parseNumber(String(inputs['cores']), emr.SPECS.cores);
        const tasks = parseNumber(String(inputs['tasks']), emr.SPECS.tasks);
        if (!cores.ok || !tasks.ok) throw new Error('evaluate accepted an invalid count');
        const n = cores.value;
        const expectedFactor = n === 0 ? 0 : n <= 3 ? 1 : n <= 9 ? 2 : 3;
        const primarySpot = String(inputs['primary']).trim() === 'spot';
        const coreSpot = n > 0 && String(inputs['core']).trim() === 'spot';

        expect(result.replicationFactor).toBe(expectedFactor);
        expect(result.hasHdfs).toBe(n > 0);
        expect(result.risk === 'high').toBe(primarySpot);
        expect(result.risk).toBe(primarySpot ? 'high' : coreSpot || expectedFactor === 1 ? 'medium' : 'low');
        // three primary nodes are never on Spot in a result
        if (String(inputs['primaries']).trim() === '3') expect(primarySpot).toBe(false);
        expect(result.totalNodes).toBe(Number(String(inputs['primaries']).trim()) + n + tasks.value);
      }),
      RUN,
    );
  });
});
