/**
 * The form wiring a field table gives: a NumberField's label and unit, a ChoiceField's legend, on top of the island
 * kit's value, hint, message and handler.
 */
import { choiceProps, numberProps, type WidgetForm } from '~/components/islands/ui';

import type { ChoiceFieldDef, FieldTable, NumberFieldDef } from '~/libs/widgets/shared/fields';

type StringKey<I> = { [P in keyof I]: I[P] extends string ? P : never }[keyof I] & string;

/** Props for the NumberField of the numeric field `name`. */
export function numberField<I extends object, K extends StringKey<I>>(form: WidgetForm<I>, table: FieldTable<I>, name: K) {
  const field = table[name] as unknown as NumberFieldDef;
  const unit = field.form.unit === undefined ? {} : { unit: field.form.unit };
  return { ...numberProps(form, name), label: field.form.label, ...unit };
}

/** Props for the ChoiceField of the choice field `name` (the options, with their labels and hints, stay with the component). */
export function choiceField<I extends object, K extends StringKey<I>>(form: WidgetForm<I>, table: FieldTable<I>, name: K) {
  const field = table[name] as unknown as ChoiceFieldDef<string>;
  return { ...choiceProps(form, name), legend: field.legend ?? field.label };
}
