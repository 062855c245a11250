/**
 * The island kit's form fields: the wiring a widget's fields share (`WidgetForm`, `numberProps`, `choiceProps`), and
 * labelled number inputs with their allowed range and message, radio groups, checkboxes and selects. They only map
 * props to JSX; their styles are ui.css (which ui.tsx imports). ui.tsx re-exports them.
 */
/** What the fields of one widget share: ids under one prefix, the inputs, their messages and the setter. */
export interface WidgetForm<I extends object> {
  readonly idPrefix: string;
  readonly inputs: I;
  readonly errors: Partial<Record<keyof I, string>>;
  readonly allowed: Partial<Record<keyof I, string>>;
  readonly set: <K extends keyof I>(field: K, value: I[K]) => void;
}

/** The fields of `I` whose values are strings (every form value is). */
type StringField<I> = { [P in keyof I]: I[P] extends string ? P : never }[keyof I] & string;

/** A NumberField's value, allowed range, message and handler for the input named `name`. */
export function numberProps<I extends object, K extends StringField<I>>(form: WidgetForm<I>, name: K) {
  return {
    id: `${form.idPrefix}-${name}`,
    name,
    value: form.inputs[name] as string,
    allowed: form.allowed[name] ?? '',
    error: form.errors[name],
    onInput: (value: string) => form.set(name, value as I[K]),
  };
}

/** A ChoiceField's value and handler for the input named `name`. */
export function choiceProps<I extends object, K extends StringField<I>>(form: WidgetForm<I>, name: K) {
  return { name, idPrefix: form.idPrefix, value: form.inputs[name], onChange: (value: I[K]) => form.set(name, value) };
}

/** A field's message, when its value is not allowed. */
function FieldError(props: { id: string; name: string; error: string | undefined }) {
  if (!props.error) return null;
  return (
    <p id={props.id} class="widget-error" data-testid={`error-${props.name}`}>
      {props.error}
    </p>
  );
}

export function NumberField(props: {
  id: string;
  name: string;
  label: string;
  unit?: string;
  value: string;
  allowed: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div class="widget-field" data-invalid={props.error ? 'true' : undefined}>
      <label for={props.id}>
        {props.label}
        {props.unit ? <span class="widget-unit"> ({props.unit})</span> : null}
      </label>
      <input
        id={props.id}
        name={props.name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${errorId} ${hintId}` : hintId}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <p id={hintId} class="widget-hint">
        Allowed: {props.allowed}
      </p>
      <FieldError id={errorId} name={props.name} error={props.error} />
    </div>
  );
}

export function ChoiceField<T extends string>(props: {
  name: string;
  idPrefix: string;
  legend: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string; hint?: string }>;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="widget-field widget-choice">
      <legend>{props.legend}</legend>
      {props.options.map((option) => {
        const id = `${props.idPrefix}-${props.name}-${option.value}`;
        return (
          <div class="widget-option" key={option.value}>
            <input
              type="radio"
              id={id}
              name={`${props.idPrefix}-${props.name}`}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <label for={id}>
              {option.label}
              {option.hint ? <span class="widget-option-hint"> — {option.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function CheckboxField(props: {
  id: string;
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <div class="widget-field">
      <div class="widget-option">
        <input
          type="checkbox"
          id={props.id}
          name={props.name}
          checked={props.checked}
          aria-describedby={hintId}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
        <label for={props.id}>{props.label}</label>
      </div>
      <p id={hintId} class="widget-hint">
        {props.hint}
      </p>
    </div>
  );
}

export function SelectField<T extends string>(props: {
  id: string;
  name: string;
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  /** For a select outside a `JsControls` group. */
  disabled?: boolean;
  /** A message when the choice is not allowed with the other inputs. */
  error?: string | undefined;
  onChange: (value: T) => void;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div class="widget-field" data-invalid={props.error ? 'true' : undefined}>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(event) => {
          const picked = props.options.find((option) => option.value === event.currentTarget.value);
          if (picked) props.onChange(picked.value);
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} name={props.name} error={props.error} />
    </div>
  );
}
