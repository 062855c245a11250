/**
 * Drawing a mock exam or a shorter set from an exam's question bank (pure; the random source is passed in, so a test
 * can seed it).
 *
 * - **Full mock**: as many questions as the real exam has (`ExamOutline.questions`), each domain's share matching the
 *   guide's weights. The shares are whole numbers by the largest-remainder method: each domain first gets the whole
 *   part of `questions × weight / 100`; the questions left over go one each to the domains with the largest
 *   fractional parts (on a tie, the lower domain number first). DEA-C01 (34, 26, 22, 18 percent of 65): 22.1, 16.9,
 *   14.3, 11.7 → 22, 16, 14, 11 (63) plus one each for domains 2 and 4 → 22, 17, 14, 12.
 * - **Quick set**: 10 questions, shared out the same way (DEA-C01: 3, 3, 2, 2).
 * - **One domain**: that domain's share of a full mock (DEA-C01 domain 1: 22).
 * - **One task**, **one skill**, **one section of the site**: every question the bank has for it (for a section: the
 *   questions whose teaching page is in it), at most 20 (a random 20 when it has more).
 * - **Only what I got wrong**: the questions given as missed (`missedKeys` in `attempts.ts`), at most 20.
 *
 * Within a domain (or a set) the questions are picked at random, none twice; the picked questions are then put in a
 * random order. When the bank has fewer questions for a domain than its share, all of them are taken and the
 * shortfall is reported: the set is shorter, never filled up from another domain, so the weights stay honest.
 *
 * The time allowed is the exam's pace: `ceil(count × minutes / questions)` minutes (DEA-C01: 130 minutes for 65
 * questions, so a 10-question set gets 20), which gives a full draw exactly the exam's minutes.
 */
import { placeOf, placeOfSkill, type BankQuestion, type ExamOutline } from './bank';

/** A source of numbers in [0, 1), as `Math.random`. */
export type Random = () => number;

export type Mode =
  | { readonly kind: 'full' }
  | { readonly kind: 'quick' }
  | { readonly kind: 'domain'; readonly domain: number }
  | { readonly kind: 'task'; readonly task: string }
  | { readonly kind: 'skill'; readonly skill: string }
  | { readonly kind: 'section'; readonly section: string }
  | { readonly kind: 'missed' };

export const QUICK_SET_SIZE = 10;
/** The most questions a set by task, by skill, by section or of missed questions takes. */
export const SHORT_SET_MAX = 20;

export interface Shortfall {
  readonly domain: number;
  /** The domain's share of the set. */
  readonly wanted: number;
  /** The questions the bank has for it (all taken). */
  readonly available: number;
}

export interface Draw {
  /** The questions' keys, in the order they are asked. */
  readonly keys: readonly string[];
  /** How many questions the set asks for (fewer are drawn when the bank is short). */
  readonly wanted: number;
  /** Domains the bank has too few questions for, in domain order. */
  readonly shortfalls: readonly Shortfall[];
  /** The time allowed. */
  readonly minutes: number;
}

/** A seeded source (mulberry32): the same seed gives the same numbers. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The items in a random order (Fisher–Yates, from the last position down: position i swaps with
 * `floor(random() × (i + 1))`). A number outside [0, 1) is held to the ends, so a bad source cannot lose an item.
 */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const r = random();
    const j = Number.isFinite(r) ? Math.min(i, Math.max(0, Math.floor(r * (i + 1)))) : 0;
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** Whole shares of `total` in proportion to `weights` (largest remainder; ties to the earlier weight). */
export function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  // Integer arithmetic: share = floor(total × weight / sum), remainder = (total × weight) mod sum.
  const shares = weights.map((weight) => Math.floor((total * weight) / sum));
  const remainders = weights.map((weight, index) => ({ index, rest: (total * weight) % sum }));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { index } of [...remainders].sort((a, b) => b.rest - a.rest || a.index - b.index)) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** Each domain's share of a set of `count` questions, by the guide's weights: domain number → questions. */
export function domainTargets(outline: Pick<ExamOutline, 'domains'>, count: number): Map<number, number> {
  const shares = largestRemainder(
    outline.domains.map((domain) => domain.weight),
    count,
  );
  return new Map(outline.domains.map((domain, index) => [domain.number, shares[index] ?? 0]));
}

/** Minutes for `count` questions at the exam's pace, rounded up (at least 1 for a set with questions). */
export function minutesFor(outline: Pick<ExamOutline, 'questions' | 'minutes'>, count: number): number {
  if (count <= 0) return 0;
  return Math.max(1, Math.ceil((count * outline.minutes) / outline.questions));
}

/** The bank's questions by the domain they count in (questions that count in no domain of the exam are left out). */
export function questionsByDomain<Q extends Pick<BankQuestion, 'skills'>>(
  outline: Pick<ExamOutline, 'domains'>,
  bank: readonly Q[],
): Map<number, Q[]> {
  const byDomain = new Map<number, Q[]>(outline.domains.map((domain) => [domain.number, []]));
  for (const question of bank) {
    const place = placeOf(outline, question);
    if (place !== undefined) byDomain.get(place.domain)?.push(question);
  }
  return byDomain;
}

/** A set narrowed to a task, a skill or a section of the site. */
export type NarrowMode = Extract<Mode, { kind: 'task' | 'skill' | 'section' }>;

/**
 * The questions a narrowed set takes: those naming a skill of the task, or the skill, or (a section) those whose
 * teaching page is in the section's folder (`storage/amazon-s3` is in `storage`).
 */
export function questionsFor(bank: readonly BankQuestion[], mode: NarrowMode): BankQuestion[] {
  if (mode.kind === 'section') return bank.filter((question) => question.page.startsWith(`${mode.section}/`));
  return bank.filter((question) =>
    question.skills.some((skill) => (mode.kind === 'skill' ? skill === mode.skill : placeOfSkill(skill)?.task === mode.task)),
  );
}

/** The domains' shares a weighted set asks for (full mock, quick set, one domain); undefined for the other sets. */
export function targetsOf(outline: ExamOutline, mode: Mode): Map<number, number> | undefined {
  switch (mode.kind) {
    case 'full':
      return domainTargets(outline, outline.questions);
    case 'quick':
      return domainTargets(outline, QUICK_SET_SIZE);
    case 'domain':
      return new Map([[mode.domain, domainTargets(outline, outline.questions).get(mode.domain) ?? 0]]);
    default:
      return undefined;
  }
}

/** The domains the bank has fewer questions for than `mode` asks (none for sets by task, skill or missed). */
export function shortfallsOf(outline: ExamOutline, bank: readonly BankQuestion[], mode: Mode): Shortfall[] {
  const targets = targetsOf(outline, mode);
  if (targets === undefined) return [];
  const byDomain = questionsByDomain(outline, bank);
  return outline.domains.flatMap((domain) => {
    const wanted = targets.get(domain.number) ?? 0;
    const available = byDomain.get(domain.number)?.length ?? 0;
    return wanted > 0 && available < wanted ? [{ domain: domain.number, wanted, available }] : [];
  });
}

/**
 * Draws a set from the bank. `missed` (for the "only what I got wrong" set) are question keys; keys not in the bank
 * are ignored. Never repeats a question.
 */
export function draw(outline: ExamOutline, bank: readonly BankQuestion[], mode: Mode, random: Random, missed: readonly string[] = []): Draw {
  const targets = targetsOf(outline, mode);
  let picked: string[];
  if (targets !== undefined) {
    const byDomain = questionsByDomain(outline, bank);
    picked = outline.domains.flatMap((domain) => {
      const target = targets.get(domain.number) ?? 0;
      if (target === 0) return [];
      return shuffle(byDomain.get(domain.number) ?? [], random)
        .slice(0, target)
        .map((question) => question.key);
    });
  } else if (mode.kind === 'task' || mode.kind === 'skill' || mode.kind === 'section') {
    picked = shuffle(questionsFor(bank, mode), random)
      .slice(0, SHORT_SET_MAX)
      .map((question) => question.key);
  } else {
    const inBank = new Set(bank.map((question) => question.key));
    picked = shuffle(
      [...new Set(missed)].filter((key) => inBank.has(key)),
      random,
    ).slice(0, SHORT_SET_MAX);
  }
  const wanted = targets === undefined ? picked.length : [...targets.values()].reduce((a, b) => a + b, 0);
  const shortfalls = shortfallsOf(outline, bank, mode);
  const keys = shuffle(picked, random);
  return { keys, wanted, shortfalls, minutes: minutesFor(outline, keys.length) };
}
