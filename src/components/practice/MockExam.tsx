/**
 * The mock-exams island: choose an exam and a set (a full mock in the exam's format, a quick set, one domain, task or
 * skill, or only what you got wrong), answer against the clock, flag questions for review, review what is answered,
 * unanswered and flagged, submit (or run out of time), and see the score per domain and per task with every question
 * explained; past attempts stay in the browser and an unfinished one can be resumed after a reload. The logic is in
 * `src/libs/practice/` (draw, score, timer, attempts); this component and its parts (MockSetup, MockTaking,
 * MockResults) map it to JSX. It gets the exams' outlines as props; an exam's question bank is fetched from its JSON
 * file only when the learner needs it (`useBanks.ts`).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import type { ExamOutline } from '~/libs/practice/bank';
import { finish, missedKeys, newAttemptId, putAttempt, type Attempt } from '~/libs/practice/attempts';
import { draw, type Mode } from '~/libs/practice/draw';
import { scoreSet, summarise } from '~/libs/practice/score';
import { deadline, isTimeUp } from '~/libs/practice/timer';
import type { MockResults as MockResultsView } from './MockResults';
import { MockSetup, type Choice } from './MockSetup';
import type { MockTaking as MockTakingView } from './MockTaking';
import { useAttempts } from './useAttempts';
import { useBanks } from './useBanks';

export type Screen =
  | { readonly name: 'setup' }
  | { readonly name: 'taking'; readonly id: string; readonly review: boolean }
  | { readonly name: 'results'; readonly id: string };

/** Something to do once an exam's question bank is in. */
type Pending =
  | { readonly exam: string; readonly action: 'start'; readonly mode: Mode }
  | { readonly exam: string; readonly action: 'resume' | 'results' | 'submit'; readonly id: string };

/** The screens for taking an exam and for its results: loaded with the question bank, not with the page. */
interface Parts {
  readonly MockTaking: typeof MockTakingView;
  readonly MockResults: typeof MockResultsView;
}
let loadingParts: Promise<Parts> | undefined;
const loadParts = () =>
  (loadingParts ??= Promise.all([import('./MockTaking'), import('./MockResults')]).then(([taking, results]) => ({
    MockTaking: taking.MockTaking,
    MockResults: results.MockResults,
  })));

function useParts() {
  const [parts, setParts] = useState<Parts | undefined>(undefined);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const load = useCallback(() => {
    loadParts().then(setParts, (error: unknown) => {
      loadingParts = undefined;
      setFailed(error instanceof Error ? error.message : String(error));
    });
  }, []);
  return { parts, failed, load };
}

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export default function MockExam(props: { exams: readonly ExamOutline[]; base: string }) {
  const { exams, base } = props;
  const hydrated = useHydrated();
  const attempts = useAttempts();
  const banks = useBanks(exams);
  const parts = useParts();
  const [screen, setScreen] = useState<Screen>({ name: 'setup' });
  const [choice, setChoice] = useState<Choice>({ exam: exams[0]?.key ?? '', kind: 'quick', domain: 1, task: '', skill: '', section: '' });
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const rootRef = useRef<HTMLElement>(null);

  const outlineOf = useCallback((exam: string) => exams.find((e) => e.key === exam), [exams]);
  const attemptOf = (id: string) => attempts.store.attempts.find((a) => a.id === id);

  /**
   * Score and close an attempt (by the learner, or when its time ran out: then at its deadline), as it is stored at
   * that moment, so an answer given just before is in.
   */
  const submit = useCallback(
    (id: string, exam: string, by: 'learner' | 'time') => {
      const outline = outlineOf(exam);
      const bank = banks.get(exam);
      if (!outline || bank.status !== 'ready') return;
      attempts.update((store) => {
        const attempt = store.attempts.find((a) => a.id === id);
        if (!attempt) return store;
        const summary = summarise(scoreSet(outline, bank.byKey, attempt.questions, attempt.answers));
        return putAttempt(store, finish(attempt, by, by === 'time' ? deadline(attempt.startedAt, attempt.minutes) : Date.now(), summary));
      });
      setScreen({ name: 'results', id });
    },
    [attempts, banks, outlineOf],
  );

  // Do what waited for a question bank, once it is in.
  useEffect(() => {
    if (pending === undefined) return;
    const bank = banks.get(pending.exam);
    if (bank.status === 'failed' || bank.status === 'idle') {
      if (bank.status === 'failed') setPending(undefined);
      return;
    }
    if (bank.status !== 'ready') return;
    setPending(undefined);
    const outline = outlineOf(pending.exam);
    if (!outline) return;
    if (pending.action === 'start') {
      const missed = pending.mode.kind === 'missed' ? missedKeys(attempts.store, outline.key, bank.byKey) : [];
      const drawn = draw(outline, bank.bank.questions, pending.mode, Math.random, missed);
      if (drawn.keys.length === 0) {
        setMessage(
          pending.mode.kind === 'missed'
            ? 'You have no missed questions for this exam yet: every question of your finished attempts was answered right (or there are none).'
            : 'This bank has no questions for that choice yet. Pick another.',
        );
        return;
      }
      const startedAt = Date.now();
      const attempt: Attempt = {
        id: newAttemptId(startedAt, Math.random),
        exam: outline.key,
        mode: pending.mode,
        questions: drawn.keys,
        answers: {},
        flags: [],
        position: 0,
        startedAt,
        minutes: drawn.minutes,
        updatedAt: startedAt,
      };
      attempts.update((store) => putAttempt(store, attempt));
      setScreen({ name: 'taking', id: attempt.id, review: false });
      return;
    }
    const attempt = attempts.store.attempts.find((a) => a.id === pending.id);
    if (!attempt) return;
    if (pending.action === 'results') setScreen({ name: 'results', id: attempt.id });
    else if (pending.action === 'submit') submit(attempt.id, attempt.exam, 'learner');
    else if (attempt.finished === undefined && isTimeUp(attempt.startedAt, attempt.minutes, Date.now())) submit(attempt.id, attempt.exam, 'time');
    else setScreen({ name: 'taking', id: attempt.id, review: false });
  }, [pending, banks, attempts, outlineOf, submit]);

  const request = (next: Pending) => {
    setMessage(undefined);
    setPending(next);
    banks.load(next.exam);
    parts.load();
  };

  const current = screen.name === 'setup' ? undefined : attemptOf(screen.id);
  const outline = current ? outlineOf(current.exam) : undefined;
  const bank = current ? banks.get(current.exam) : undefined;

  // A new screen or question brings its heading into focus (and view), so keyboard and screen-reader users start
  // there: once it is shown (the screens for taking an exam may still be loading), and not on the page's first load.
  const where = `${screen.name}:${screen.name === 'setup' ? '' : screen.id}:${screen.name === 'taking' && screen.review ? 'review' : (current?.position ?? '')}`;
  const focusWanted = useRef(false);
  const firstScreen = useRef(true);
  useEffect(() => {
    if (!hydrated) return;
    if (firstScreen.current) firstScreen.current = false;
    else focusWanted.current = true;
  }, [where, hydrated]);
  useEffect(() => {
    if (!focusWanted.current) return;
    const heading = rootRef.current?.querySelector<HTMLElement>('[data-screen-heading]');
    if (!heading) return;
    focusWanted.current = false;
    heading.focus();
  });

  return (
    <section
      ref={rootRef}
      class="mock not-content study-island"
      aria-label="Mock exams"
      data-testid="mock-exam"
      data-hydrated={String(hydrated)}
      data-ready={String(hydrated && attempts.loaded)}
      data-screen={screen.name === 'taking' && screen.review ? 'review' : screen.name}
      data-pagefind-ignore="all"
    >
      {!hydrated ? (
        <p class="mock-muted" data-testid="mock-no-js">
          The mock exams run in your browser and need JavaScript. Without it, the <a href={`${base}review/practice-questions/`}>practice questions</a>{' '}
          page lists every question with its answer and why each option is right or wrong.
        </p>
      ) : (
        <>
          {attempts.problem ? (
            <p class="mock-note" role="alert">
              {attempts.problem}
            </p>
          ) : null}
          {attempts.note ? (
            <div class="mock-note" role="alert" data-testid="storage-note">
              <p>{attempts.note}</p>
              <button type="button" class="study-button mock-small" onClick={attempts.dismissNote}>
                Dismiss
              </button>
            </div>
          ) : null}
          {screen.name === 'setup' || !current || !outline ? (
            <MockSetup
              exams={exams}
              choice={choice}
              setChoice={setChoice}
              store={attempts.store}
              banks={banks}
              busy={pending !== undefined}
              message={message}
              onStart={(mode) => request({ exam: choice.exam, action: 'start', mode })}
              onResume={(attempt) => request({ exam: attempt.exam, action: 'resume', id: attempt.id })}
              onSubmit={(attempt) => request({ exam: attempt.exam, action: 'submit', id: attempt.id })}
              onResults={(attempt) => request({ exam: attempt.exam, action: 'results', id: attempt.id })}
            />
          ) : bank?.status !== 'ready' || !parts.parts ? (
            <p class="mock-muted" role={parts.failed ? 'alert' : undefined}>
              {parts.failed ? `The exam could not be loaded (${parts.failed}). Reload the page to try again.` : 'Loading the questions…'}
            </p>
          ) : screen.name === 'results' ? (
            <parts.parts.MockResults attempt={current} outline={outline} bank={bank} base={base} onBack={() => setScreen({ name: 'setup' })} />
          ) : (
            <parts.parts.MockTaking
              attempt={current}
              outline={outline}
              bank={bank}
              base={base}
              review={screen.review}
              update={(change) =>
                attempts.update((store) => {
                  const attempt = store.attempts.find((a) => a.id === current.id);
                  return attempt ? putAttempt(store, change(attempt)) : store;
                })
              }
              setReview={(review) => setScreen({ name: 'taking', id: current.id, review })}
              onSubmit={(by) => submit(current.id, current.exam, by)}
              onLeave={() => setScreen({ name: 'setup' })}
            />
          )}
        </>
      )}
    </section>
  );
}
