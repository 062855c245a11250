/**
 * The flashcards' settings: the daily limit of new cards, a whole number from 0 to 999 (default 20), stored with the
 * progress (`settings.newCardsPerDay`, store.ts). A value the field does not allow gets a message at the field and
 * is not stored: the limit in use stays the last valid one.
 */
import { useEffect, useState } from 'preact/hooks';

import { NumberField } from '~/components/islands/ui';
import { plural } from '~/libs/study/flashcards-format';
import { newLeftToday, startedSince, type DailyLimit } from '~/libs/study/session';
import { MAX_NEW_PER_DAY, newCardsPerDay, withNewCardsPerDay, type Store } from '~/libs/study/store';
import { describeAllowed, parseNumber, type NumberSpec } from '~/libs/widgets/shared/params';
import type { UpdateStore } from './useFlashcards';

export const NEW_PER_DAY_SPEC: NumberSpec = {
  label: 'New cards a day',
  unit: '',
  integer: true,
  allowZero: true,
  max: MAX_NEW_PER_DAY,
  maxReason: `the largest daily limit this page takes is ${MAX_NEW_PER_DAY}`,
};

export function NewCardLimit(props: { store: Store; update: UpdateStore; limit: DailyLimit }) {
  const { store, update, limit } = props;
  const stored = newCardsPerDay(store);
  const [text, setText] = useState(String(stored));
  const parsed = parseNumber(text, NEW_PER_DAY_SPEC);
  // When the stored limit changes elsewhere (loading, another tab), the field shows it, unless it already says so.
  useEffect(() => {
    setText((current) => {
      const now = parseNumber(current, NEW_PER_DAY_SPEC);
      return now.ok && now.value === stored ? current : String(stored);
    });
  }, [stored]);
  const started = startedSince(store, limit.dayStart);
  const left = newLeftToday(store, limit);
  return (
    <div class="study-limit" data-testid="new-limit">
      <NumberField
        id="fc-new-per-day"
        name="new-per-day"
        label="New cards a day"
        value={text}
        allowed={describeAllowed(NEW_PER_DAY_SPEC)}
        error={parsed.ok ? undefined : parsed.error}
        onInput={(value) => {
          setText(value);
          const next = parseNumber(value, NEW_PER_DAY_SPEC);
          if (next.ok && next.value !== newCardsPerDay(store)) update((s) => withNewCardsPerDay(s, next.value));
        }}
      />
      <p class="study-muted" data-testid="new-today" data-started={started} data-left={left}>
        Today: {plural(started, 'new card')} started, {left.toLocaleString('en-US')} more allowed by the limit of {stored.toLocaleString('en-US')}.
      </p>
    </div>
  );
}
