/**
 * The URL state of every widget, generated from its field table: each field round-trips, an invalid or hostile value is
 * ignored with a note, defaults (in any spelling) are left out, and number text longer than MAX_NUMBER_TEXT is refused.
 * The texts a note must name (what a field allows, its default) are written out by hand in ALLOWED below, so a change
 * to a table's range, unit or default fails here.
 */
import { describe, expect, it } from 'vitest';

import * as emr from '~/libs/widgets/emr/model';
import * as kinesis from '~/libs/widgets/kinesis/model';
import * as s3 from '~/libs/widgets/s3/model';
import type { AnyField } from '~/libs/widgets/shared/fields';
import { MAX_NUMBER_TEXT, NOTE_EXCERPT_MAX } from '~/libs/widgets/shared/params';
import { searchFor, stateFromSearch } from '~/libs/widgets/shared/state';

type Inputs = Record<string, string | boolean>;

interface Widget {
  readonly name: string;
  readonly FIELDS: Readonly<Record<string, AnyField>>;
  readonly DEFAULTS: Inputs;
  fromSearchParams(params: URLSearchParams): { inputs: Inputs; notes: string[] };
  toSearchParams(inputs: Inputs): URLSearchParams;
}

/** The models seen through their common shape (their Inputs interfaces have no index signature). */
function widget(name: string, model: object): Widget {
  return { name, ...(model as Omit<Widget, 'name'>) };
}

const WIDGETS: readonly Widget[] = [widget('kinesis', kinesis), widget('s3', s3), widget('emr', emr)];

/** What a note says each field allows, and its default, worked out by hand from the AWS limits and the sanity bounds. */
const ALLOWED: Readonly<Record<string, Readonly<Record<string, { readonly allowed: string; readonly fallback: string }>>>> = {
  kinesis: {
    size: { allowed: 'a number greater than 0 and at most 10,240 KB', fallback: '1' },
    rate: { allowed: 'a whole number from 1 to 100,000,000 records/s', fallback: '1000' },
    consumers: { allowed: 'a whole number from 1 to 1,000', fallback: '1' },
    mode: { allowed: 'one of shared, efo', fallback: 'shared' },
    capacity: { allowed: 'one of provisioned, ondemand, advantage', fallback: 'provisioned' },
  },
  s3: {
    access: { allowed: 'one of frequent, infrequent, rare, archive, unknown', fallback: 'frequent' },
    retrieval: { allowed: 'one of ms, minutes, hours', fallback: 'ms' },
    az: { allowed: 'one of multi, single', fallback: 'multi' },
    keep: { allowed: 'a whole number from 1 to 36,500 days', fallback: '365' },
    size: { allowed: 'a number from 0.001 KB up to 48.8 TiB', fallback: '1024' },
    perf: { allowed: '1 (needs single-digit-millisecond latency) or 0', fallback: '0' },
  },
  emr: {
    primaries: { allowed: 'one of 1, 3', fallback: '1' },
    cores: { allowed: 'a whole number from 0 to 1,000', fallback: '2' },
    tasks: { allowed: 'a whole number from 0 to 1,000', fallback: '4' },
    primary: { allowed: 'one of ondemand, reserved, spot', fallback: 'ondemand' },
    core: { allowed: 'one of ondemand, reserved, spot', fallback: 'ondemand' },
    task: { allowed: 'one of ondemand, reserved, spot', fallback: 'spot' },
  },
};

interface FieldCase {
  readonly widget: Widget;
  readonly key: string;
  /** A valid value other than the default, as the form holds it. */
  readonly value: string | boolean;
  /** How it is written to the URL. */
  readonly urlText: string;
  /** The default written another way (padded), which must still be left out of the URL; null for a flag. */
  readonly defaultSpelling: string | null;
  /** A value the field refuses. */
  readonly invalid: string;
  readonly allowed: string;
  readonly fallback: string;
}

/** One case per field of every widget, generated from the field tables. */
const CASES: readonly FieldCase[] = WIDGETS.flatMap((w) =>
  Object.entries(w.FIELDS).map(([key, field]): FieldCase => {
    const expected = ALLOWED[w.name]?.[key];
    if (expected === undefined) throw new Error(`no hand-worked note text for ${w.name}.${key}`);
    const base = { widget: w, key, allowed: expected.allowed, fallback: expected.fallback };
    switch (field.kind) {
      case 'number': {
        // The maximum is valid and never the default; a non-integer field also gets a padded, signed decimal.
        const max = String(field.spec.max);
        const value = field.spec.integer ? max : ' +2.50 ';
        return { ...base, value, urlText: field.spec.integer ? max : '2.5', defaultSpelling: ` ${field.default} `, invalid: 'abc' };
      }
      case 'choice': {
        const value = field.values.find((v) => v !== field.default) ?? field.default;
        return { ...base, value, urlText: value, defaultSpelling: ` ${field.default}\t`, invalid: `${field.default}-x` };
      }
      case 'flag':
        return { ...base, value: !field.default, urlText: field.default ? '0' : '1', defaultSpelling: null, invalid: 'yes' };
    }
  }),
);

/** Invalid URL values of other kinds (zero, negative, not whole, empty, wrong case, unknown choice), one table. */
const OTHER_INVALID: ReadonlyArray<{ readonly widget: string; readonly key: string; readonly value: string }> = [
  { widget: 'kinesis', key: 'size', value: '0' },
  { widget: 'kinesis', key: 'rate', value: '1.5' },
  { widget: 'kinesis', key: 'consumers', value: '-2' },
  { widget: 'kinesis', key: 'mode', value: 'fanout' },
  { widget: 's3', key: 'access', value: 'often' },
  { widget: 's3', key: 'retrieval', value: 'days' },
  { widget: 's3', key: 'az', value: '3' },
  { widget: 's3', key: 'keep', value: '0' },
  { widget: 's3', key: 'size', value: '-5' },
  { widget: 'emr', key: 'primaries', value: '2' },
  { widget: 'emr', key: 'cores', value: '-5' },
  { widget: 'emr', key: 'tasks', value: '1.5' },
  { widget: 'emr', key: 'primary', value: 'cheap' },
  { widget: 'emr', key: 'core', value: '' },
  { widget: 'emr', key: 'task', value: 'SPOT' },
];

describe.each(WIDGETS)('$name: URL state from its field table', (w) => {
  it('the defaults have an empty query string, and an empty query string gives the defaults with no notes', () => {
    expect(w.toSearchParams(w.DEFAULTS).toString()).toBe('');
    expect(searchFor(w, w.DEFAULTS)).toBe('');
    expect(w.fromSearchParams(new URLSearchParams(''))).toEqual({ inputs: w.DEFAULTS, notes: [] });
    expect(stateFromSearch(w, '?unknown=1&utm_source=x')).toEqual({ inputs: w.DEFAULTS, notes: [] });
  });

  it('every field of the table has a hand-worked note text, and no other field does', () => {
    expect(Object.keys(w.FIELDS).sort()).toEqual(Object.keys(ALLOWED[w.name] ?? {}).sort());
  });
});

describe.each(CASES)('$widget.name $key', ({ widget: w, key, value, urlText, defaultSpelling, invalid, allowed, fallback }) => {
  it('a valid non-default value is written alone, in canonical form, and reads back', () => {
    const inputs = { ...w.DEFAULTS, [key]: value };
    expect(w.toSearchParams(inputs).toString()).toBe(new URLSearchParams({ [key]: urlText }).toString());
    expect(w.fromSearchParams(w.toSearchParams(inputs))).toEqual({
      inputs: { ...w.DEFAULTS, [key]: typeof value === 'string' ? urlText : value },
      notes: [],
    });
  });

  it('the default in another spelling is left out of the URL', () => {
    if (defaultSpelling === null) return;
    expect(w.toSearchParams({ ...w.DEFAULTS, [key]: defaultSpelling }).toString()).toBe('');
  });

  it('an invalid value is left out of the URL, and read from it is ignored with a note', () => {
    // A flag's form value is always a boolean (a checkbox); only text fields can hold an invalid value to leave out.
    if (w.FIELDS[key]?.kind !== 'flag') expect(w.toSearchParams({ ...w.DEFAULTS, [key]: invalid }).toString()).toBe('');
    const { inputs, notes } = w.fromSearchParams(new URLSearchParams({ [key]: invalid }));
    expect(inputs).toEqual(w.DEFAULTS);
    expect(notes).toEqual([`Ignored URL parameter "${key}" (value "${invalid}"): allowed is ${allowed}. Using the default, ${fallback}.`]);
  });

  it('a hostile value is only echoed as a short, capped excerpt', () => {
    const payload = `"><script>alert(1)</script>${'A'.repeat(80)}`;
    const { inputs, notes } = w.fromSearchParams(new URLSearchParams({ [key]: payload }));
    expect(inputs).toEqual(w.DEFAULTS);
    expect(notes).toHaveLength(1);
    expect(notes[0]).not.toContain(payload);
    expect(notes[0]).toContain(`(value "${payload.slice(0, NOTE_EXCERPT_MAX)}…")`);
  });

  it(`number text over ${MAX_NUMBER_TEXT} characters is refused, even when its number is valid`, () => {
    if (w.FIELDS[key]?.kind !== 'number') return;
    const long = `${'0'.repeat(MAX_NUMBER_TEXT)}1`; // 21 characters, the number 1 (or 0...01)
    expect(w.toSearchParams({ ...w.DEFAULTS, [key]: long }).toString()).toBe('');
    const { inputs, notes } = w.fromSearchParams(new URLSearchParams({ [key]: long }));
    expect(inputs).toEqual(w.DEFAULTS);
    expect(notes).toEqual([
      `Ignored URL parameter "${key}" (value "${long}"): allowed is ${allowed}, written in at most ${MAX_NUMBER_TEXT} characters. Using the default, ${fallback}.`,
    ]);
  });
});

it.each(OTHER_INVALID)('$widget ?$key=$value is ignored with a note', ({ widget: name, key, value }) => {
  const w = WIDGETS.find((candidate) => candidate.name === name);
  const expected = ALLOWED[name]?.[key];
  if (w === undefined || expected === undefined) throw new Error(`unknown field ${name}.${key}`);
  expect(w.fromSearchParams(new URLSearchParams({ [key]: value }))).toEqual({
    inputs: w.DEFAULTS,
    notes: [`Ignored URL parameter "${key}" (value "${value}"): allowed is ${expected.allowed}. Using the default, ${expected.fallback}.`],
  });
});
