/** Fixtures the progress-sync tests share: a clock, card states, card ids, stores and sync states, and a step's writes. */
import { BACKUP_KEY, type Step, type SyncState } from '~/libs/study/progress-sync';
import type { CardState } from '~/libs/study/sm2';
import { STORAGE_KEY, STORE_VERSION, type Store } from '~/libs/study/store';

export const T0 = Date.UTC(2025, 0, 1, 9);
export const DAY = 86_400_000;
/** A card rated once (4) at T0, the same card rated again (5) a day later, and two others. */
export const once: CardState = { repetitions: 1, interval: 1, ease: 2.5, due: T0 + DAY, reviewed: T0, rating: 4 };
export const twice: CardState = { repetitions: 2, interval: 6, ease: 2.6, due: T0 + 7 * DAY, reviewed: T0 + DAY, rating: 5 };
export const other: CardState = { repetitions: 1, interval: 1, ease: 2.36, due: T0 + DAY, reviewed: T0, rating: 3 };

export const A = 'amazon-s3/s3-select';
export const B = 'amazon-s3/s3-classes';
export const C = 'aws-glue/glue-crawlers';

export const store = (cards: Record<string, CardState>, selected: string[] = []): Store => ({ version: STORE_VERSION, cards, selected });
export const raw = (value: Store) => JSON.stringify(value);
export const json = (value: unknown) => JSON.stringify(value);
export const state = (s: Store, saved: Store = s, backup: Store | undefined = s): SyncState => ({ store: s, saved, backup });
/** The writes of a step as key -> parsed value, in order. */
export const writes = (step: Step) =>
  step.writes.map((write) => [
    write.key === STORAGE_KEY ? 'main' : write.key === BACKUP_KEY ? 'backup' : write.key,
    JSON.parse(write.value) as unknown,
  ]);
