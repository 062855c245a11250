/**
 * A small record kept in `localStorage` as JSON, read back: its fields when the text is a JSON object, undefined for
 * nothing stored, text that is not JSON, a list or any other value. Each reader then checks its own fields and
 * version (continue.ts, progress/plan.ts, offline/setting.ts).
 */
export function parseStoredRecord(raw: string | null): Record<string, unknown> | undefined {
  if (raw === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
