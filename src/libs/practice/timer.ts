/**
 * The mock exam's clock (pure: "now" is passed in). The time runs from the start, as in the real exam: a reload or a
 * closed tab does not stop it. What is left is the time allowed minus the time since the start, never below 0 and
 * never above the time allowed (a clock set back before the start shows the whole time). At 0 the set is submitted
 * with the answers given.
 *
 * What a screen reader hears (a polite live region, never every second): the minutes left at each multiple of 10
 * below the time allowed, at 5 and at 1 minute, and when the time is up. When several marks pass at once (a tab
 * asleep in the background), only the last one is read.
 */
export const MINUTE = 60_000;

/** Milliseconds left of `minutes` from `startedAt`, at `now`. */
export function remainingMs(startedAt: number, minutes: number, now: number): number {
  const allowed = minutes * MINUTE;
  const elapsed = now - startedAt;
  if (!Number.isFinite(elapsed) || elapsed <= 0) return allowed;
  return Math.max(0, allowed - elapsed);
}

export function isTimeUp(startedAt: number, minutes: number, now: number): boolean {
  return remainingMs(startedAt, minutes, now) === 0;
}

/** When the time runs out. */
export function deadline(startedAt: number, minutes: number): number {
  return startedAt + minutes * MINUTE;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The clock's face, in whole seconds rounded up: "2:09:58", "9:59", "0:00". */
export function clockFace(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** Minutes in words: "1 minute", "45 minutes", "2 hours", "1 hour 20 minutes". */
export function minutesInWords(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  const unit = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (h === 0) return unit(m, 'minute');
  return m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m, 'minute')}`;
}

/** The marks (minutes left) that are read out for a set of `minutes`, largest first: 120, 110, …, 10, 5, 1. */
export function marks(minutes: number): number[] {
  const tens: number[] = [];
  for (let m = Math.ceil(minutes / 10) * 10 - 10; m >= 10; m -= 10) if (m < minutes) tens.push(m);
  return [...tens, ...[5, 1].filter((m) => m < minutes)];
}

/**
 * What to read out when the time left goes from `beforeMs` to `afterMs` (a set of `minutes`): the last mark passed
 * ("10 minutes left."), "Time is up." at 0, or undefined when no mark was passed.
 */
export function announcement(minutes: number, beforeMs: number, afterMs: number): string | undefined {
  if (!(afterMs < beforeMs)) return undefined;
  if (afterMs <= 0) return 'Time is up.';
  const passed = marks(minutes).filter((mark) => afterMs <= mark * MINUTE && mark * MINUTE < beforeMs);
  const last = passed.at(-1);
  return last === undefined ? undefined : `${minutesInWords(last)} left.`;
}
