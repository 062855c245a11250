/**
 * One declarative table of fields per widget, and everything derived from it: the defaults, reading and writing the
 * URL query string, validating the form values (one message per bad field), and the hints beside the inputs. A field
 * is named once, and its name is also its URL parameter.
 */
import {
  asText,
  describeAllowed,
  excerpt,
  ignoredNote,
  parseEnum,
  parseNumber,
  readEnumParam,
  readNumberParam,
  writeEnumParam,
  writeNumberParam,
  type NumberSpec,
} from './params';

/** A number typed as text (so bad input can be reported); `spec` holds its message label, unit, range and max reason. */
export interface NumberFieldDef {
  readonly kind: 'number';
  readonly default: string;
  readonly spec: NumberSpec;
  /** The form's label and unit, when they differ from the message label and unit (the unit is then shown only here). */
  readonly form: { readonly label: string; readonly unit?: string };
}

/** One of a fixed set of values. */
export interface ChoiceFieldDef<T extends string> {
  readonly kind: 'choice';
  readonly values: readonly T[];
  readonly default: T;
  /** Label in messages, and the form's legend unless `legend` is given. */
  readonly label: string;
  readonly legend?: string;
}

/** On or off, written to the URL as 1 or 0. */
export interface FlagFieldDef {
  readonly kind: 'flag';
  readonly default: boolean;
  readonly label: string;
  /** What a URL note says is allowed, e.g. "1 (needs …) or 0". */
  readonly allowed: string;
}

/** The definition a field of type V takes: strings of any text are numbers, string unions are choices. */
export type FieldDef<V> = [V] extends [boolean]
  ? FlagFieldDef
  : [V] extends [string]
    ? string extends V
      ? NumberFieldDef
      : ChoiceFieldDef<V>
    : never;

/** A widget's fields, in the order they are written to the URL and reported as errors. */
export type FieldTable<I> = { readonly [K in keyof I]: FieldDef<I[K]> };

/** The form state a table of fields describes: numbers as their raw text, choices as their values, flags as booleans. */
export type InputsOf<T> = {
  readonly [K in keyof T]: T[K] extends { readonly kind: 'number' }
    ? string
    : T[K] extends { readonly kind: 'choice'; readonly values: ReadonlyArray<infer V> }
      ? V
      : boolean;
};

/** A valid number: the nearest double and its canonical decimal text. */
export interface NumberValue {
  readonly value: number;
  readonly canonical: string;
}

/** The value each field has once it is valid. */
export type Values<I> = { readonly [K in keyof I]: [I[K]] extends [boolean] ? boolean : string extends I[K] ? NumberValue : I[K] };

/** The keys of the numeric fields. */
export type NumberKey<I> = { [K in keyof I]: [I[K]] extends [boolean] ? never : string extends I[K] ? K : never }[keyof I];

/** Any field definition, for code that walks a table without knowing its widget. */
export type AnyField = NumberFieldDef | ChoiceFieldDef<string> | FlagFieldDef;

/** What a widget's table is checked against before its Inputs type is derived from it. */
export type FieldTables = Readonly<Record<string, AnyField>>;

function entries<I>(table: FieldTable<I>): Array<[keyof I & string, AnyField]> {
  return Object.entries(table) as Array<[keyof I & string, AnyField]>;
}

/** The default inputs. */
export function defaultsOf<I>(table: FieldTable<I>): I {
  return Object.fromEntries(entries(table).map(([key, field]) => [key, field.default])) as I;
}

/** The numeric fields' specs, by field. */
export function specsOf<I>(table: FieldTable<I>): Readonly<Record<NumberKey<I>, NumberSpec>> {
  const specs = entries(table).flatMap(([key, field]) => (field.kind === 'number' ? [[key, field.spec] as const] : []));
  return Object.fromEntries(specs) as Readonly<Record<NumberKey<I>, NumberSpec>>;
}

/** What each numeric field allows, for the hints beside the inputs. */
export function allowedOf<I>(table: FieldTable<I>): Readonly<Record<NumberKey<I>, string>> {
  const hints = entries(table).flatMap(([key, field]) => (field.kind === 'number' ? [[key, describeAllowed(field.spec)] as const] : []));
  return Object.fromEntries(hints) as Readonly<Record<NumberKey<I>, string>>;
}

/**
 * Reads every field from a query string (unknown parameters are ignored): absent, the default; invalid, the default
 * and a note. `order` is the order in which the notes are written (the table's order unless given).
 */
export function readFields<I>(table: FieldTable<I>, params: URLSearchParams, notes: string[], order?: ReadonlyArray<keyof I & string>): I {
  const byKey = new Map(entries(table));
  const inputs: Record<string, unknown> = {};
  for (const key of order ?? [...byKey.keys()]) {
    const field = byKey.get(key);
    if (field !== undefined) inputs[key] = readField(key, field, params, notes);
  }
  return Object.fromEntries(entries(table).map(([key]) => [key, inputs[key]])) as I;
}

function readField(key: string, field: AnyField, params: URLSearchParams, notes: string[]): unknown {
  switch (field.kind) {
    case 'number':
      return readNumberParam(params, key, field.spec, field.default, notes);
    case 'choice':
      return readEnumParam(params, key, field.values, field.default, notes);
    case 'flag': {
      const raw = params.get(key);
      if (raw === null) return field.default;
      const text = raw.trim();
      if (text === '1') return true;
      if (text === '0') return false;
      notes.push(ignoredNote(key, raw, field.allowed, field.default ? '1' : '0'));
      return field.default;
    }
  }
}

/** Writes only valid, non-default values, in canonical form, so the default state has a clean URL. */
export function writeFields<I>(table: FieldTable<I>, inputs: I): URLSearchParams {
  const params = new URLSearchParams();
  const values = inputs as Readonly<Record<string, unknown>>;
  for (const [key, field] of entries(table)) {
    const value = values[key];
    if (field.kind === 'number') writeNumberParam(params, key, value as string, field.spec, field.default);
    else if (field.kind === 'choice') writeEnumParam(params, key, value as string, field.values, field.default);
    else if (value !== field.default) params.set(key, value ? '1' : '0');
  }
  return params;
}

/** How a widget reads its URL beyond the table: the order of the notes, and a rule across fields. */
export interface UrlOptions<I> {
  readonly order?: ReadonlyArray<keyof I & string>;
  /** Inputs valid field by field that break a rule across fields: the fallback inputs, with a note pushed. */
  readonly crossCheck?: (inputs: I, notes: string[]) => I;
}

/**
 * What a widget exports from its table: the table, the defaults, the numeric specs and hints, the URL reader
 * (unknown parameters ignored, invalid ones noted) and the URL writer (only valid, non-default values, so the
 * default state has a clean URL).
 */
export function fieldsOf<I>(table: FieldTable<I>, options: UrlOptions<I> = {}) {
  return {
    FIELDS: table,
    DEFAULTS: defaultsOf(table),
    SPECS: specsOf(table),
    ALLOWED: allowedOf(table),
    fromSearchParams: (params: URLSearchParams): { inputs: I; notes: string[] } => {
      const notes: string[] = [];
      const inputs = readFields(table, params, notes, options.order);
      return { inputs: options.crossCheck ? options.crossCheck(inputs, notes) : inputs, notes };
    },
    toSearchParams: (inputs: I): URLSearchParams => writeFields(table, inputs),
  };
}

/** Each field checked on its own: the valid values, and a message per invalid field (in table order). */
export interface Checked<I> {
  readonly values: Partial<Values<I>>;
  readonly errors: Partial<Record<keyof I, string>>;
}

/** Validates every field of the form on its own; cross-field rules belong to the widget's rules. */
export function checkFields<I>(table: FieldTable<I>, inputs: I): Checked<I> {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const raw = inputs as Readonly<Record<string, unknown>>;
  for (const [key, field] of entries(table)) {
    const value = raw[key];
    if (field.kind === 'flag') {
      if (typeof value === 'boolean') values[key] = value;
      else errors[key] = `${field.label} must be on or off (URL value 1 or 0), not \u201c${excerpt(asText(value))}\u201d.`;
      continue;
    }
    const parsed = field.kind === 'number' ? parseNumber(asText(value), field.spec) : parseEnum(asText(value), field.values, field.label);
    if (!parsed.ok) errors[key] = parsed.error;
    else values[key] = field.kind === 'number' && 'canonical' in parsed ? { value: parsed.value, canonical: parsed.canonical } : parsed.value;
  }
  return { values: values as Partial<Values<I>>, errors: errors as Partial<Record<keyof I, string>> };
}

/** true when every field has a valid value. */
export function allValid<I>(table: FieldTable<I>, values: Partial<Values<I>>): values is Values<I> {
  return Object.keys(table).every((key) => key in values);
}
