/**
 * The study dashboard (an island): the exam and its date, flashcards due and learned, the mock-exam history with
 * the weakest domains and tasks, "continue where you left off", and progress that travels (export all, import with a
 * preview then merge or replace, a deck as an Anki file), and the offline copy's switch (OfflineSection.tsx). It only reads and writes `localStorage` and maps state to
 * JSX; every rule is in src/libs/progress/ (transfer.ts, plan.ts, dashboard.ts).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

import { useHydrated } from '~/components/islands/ui';
import { parseLastVisit, LAST_VISIT_KEY } from '~/libs/continue';
import { ATTEMPTS_KEY } from '~/libs/practice/attempts';
import { cardCounts, finishedOf, shareText, weakest } from '~/libs/progress/dashboard';
import { dateError, daysUntil, parsePlan, PLAN_EXAMS, PLAN_KEY, serializePlan, type PlanExam } from '~/libs/progress/plan';
import {
  ankiExport,
  BACKUP_KEY,
  exportAll,
  exportFileName,
  mergeImport,
  readImport,
  readStored,
  replaceImport,
  restoreBackup,
  type ImportResult,
  type Stored,
  type Write,
} from '~/libs/progress/transfer';
import { readFlashcardsFile } from '~/libs/study/files';

import { OfflineSection } from './OfflineSection';
import { STORAGE_KEY } from '~/libs/study/store';

interface ExamAreas {
  readonly key: string;
  readonly code: string;
  readonly domains: ReadonlyArray<{
    readonly number: number;
    readonly title: string;
    readonly tasks: ReadonlyArray<{ readonly number: string; readonly title: string }>;
  }>;
}

interface Props {
  readonly exams: readonly ExamAreas[];
  readonly decks: ReadonlyArray<{ readonly key: string; readonly title: string }>;
  readonly dataUrl: string;
  readonly base: string;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const readAll = (): Stored => ({ flashcards: read(STORAGE_KEY), attempts: read(ATTEMPTS_KEY), plan: read(PLAN_KEY) });

/** Make the writes and removals; the reason when one fails (nothing after it is made). */
function store(writes: readonly Write[], remove: readonly string[] = []): string | undefined {
  try {
    for (const { key, value } of writes) localStorage.setItem(key, value);
    for (const key of remove) localStorage.removeItem(key);
    return undefined;
  } catch {
    return 'The browser did not let this page save (its storage is full or blocked), so nothing more was changed.';
  }
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const localDay = (now: number) => {
  const d = new Date(now);
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const plural = (count: number, one: string, many: string) => `${String(count)} ${count === 1 ? one : many}`;

export default function Dashboard(props: Props) {
  const hydrated = useHydrated();
  const [stored, setStored] = useState<Stored>({ flashcards: null, attempts: null, plan: null });
  const [now, setNow] = useState(0);
  const refresh = useCallback(() => {
    setStored(readAll());
    setNow(Date.now());
  }, []);
  useEffect(() => {
    refresh();
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, [refresh]);

  if (!hydrated) {
    return (
      <p class="dashboard-nojs" data-testid="dashboard-nojs">
        Your study progress (flashcard ratings, mock-exam attempts, the exam you plan for) lives in this browser’s storage, and this dashboard needs
        JavaScript to read it. Turn JavaScript on to see it, export it or import it.
      </p>
    );
  }
  return (
    <div class="dashboard not-content" data-testid="dashboard" data-hydrated="true">
      <PlanSection stored={stored} now={now} onSaved={refresh} />
      <CardsSection stored={stored} now={now} base={props.base} />
      <ExamsSection stored={stored} exams={props.exams} base={props.base} />
      <TransferSection stored={stored} now={now} onChanged={refresh} decks={props.decks} dataUrl={props.dataUrl} />
      <OfflineSection base={props.base} />
    </div>
  );
}

function PlanSection(props: { stored: Stored; now: number; onSaved: () => void }) {
  const plan = parsePlan(props.stored.plan);
  const [exam, setExam] = useState<PlanExam | ''>(plan?.exam ?? '');
  const [date, setDate] = useState(plan?.date ?? '');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  useEffect(() => {
    setExam(plan?.exam ?? '');
    setDate(plan?.date ?? '');
  }, [plan?.exam, plan?.date]);

  const submit = (event: Event) => {
    event.preventDefault();
    const message = dateError(date);
    setError(message);
    setDone(undefined);
    if (message !== undefined) return;
    if (exam === '') {
      if (date.trim() !== '') {
        setError('Choose the exam this date is for, or leave the date empty.');
        return;
      }
      const failed = store([], [PLAN_KEY]);
      setDone(failed ?? 'No exam chosen.');
    } else {
      const value = date.trim();
      const failed = store([{ key: PLAN_KEY, value: serializePlan(value === '' ? { exam } : { exam, date: value }) }]);
      setDone(failed ?? 'Saved.');
    }
    props.onSaved();
  };
  const code = PLAN_EXAMS.find((e) => e.key === plan?.exam)?.code;
  const days = plan?.date !== undefined && props.now > 0 ? daysUntil(plan.date, localDay(props.now)) : undefined;
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-plan">
      <h2 id="dashboard-plan">Your exam</h2>
      <p data-testid="plan-summary">
        {code === undefined
          ? 'You have not chosen an exam yet.'
          : `You are preparing for ${code}${plan?.date !== undefined ? ` on ${plan.date}` : ''}${
              days === undefined ? '' : days > 0 ? ` (in ${plural(days, 'day', 'days')})` : days === 0 ? ' (today)' : ' (that day has passed)'
            }.`}
      </p>
      <form class="dashboard-form" onSubmit={submit} noValidate>
        <div class="dashboard-field">
          <label for="dashboard-exam">Exam</label>
          <select id="dashboard-exam" value={exam} onChange={(e) => setExam(e.currentTarget.value as PlanExam | '')}>
            <option value="">Not chosen</option>
            {PLAN_EXAMS.map((e) => (
              <option key={e.key} value={e.key}>
                {e.code}
              </option>
            ))}
          </select>
        </div>
        <div class="dashboard-field" data-invalid={error ? 'true' : undefined}>
          <label for="dashboard-date">Exam date (optional)</label>
          <input
            id="dashboard-date"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder="2027-03-15"
            value={date}
            aria-describedby={`dashboard-date-hint${error ? ' dashboard-date-error' : ''}`}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
          <p id="dashboard-date-hint" class="dashboard-muted">
            Year-month-day, for example 2027-03-15.
          </p>
          {error ? (
            <p id="dashboard-date-error" class="dashboard-error" role="alert" data-testid="date-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" class="study-button">
          Save exam and date
        </button>
        <p role="status" class="dashboard-muted" data-testid="plan-status">
          {done ?? ''}
        </p>
      </form>
    </section>
  );
}

function CardsSection(props: { stored: Stored; now: number; base: string }) {
  const cards = readStored(props.stored).flashcards;
  const counts = cardCounts(cards, props.now);
  const visit = parseLastVisit(read(LAST_VISIT_KEY));
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-cards">
      <h2 id="dashboard-cards">Flashcards and where you left off</h2>
      <p data-testid="card-counts">
        {Object.keys(cards.cards).length === 0
          ? 'No flashcard rated yet in this browser.'
          : `${plural(counts.due, 'card is', 'cards are')} due now; ${plural(counts.learned, 'card is', 'cards are')} learned (rated and not due yet).`}{' '}
        <a href={`${props.base}review/flashcards/`}>Review flashcards</a>
      </p>
      <p data-testid="continue">
        {visit ? (
          <>
            Continue where you left off: <a href={`${props.base}${visit.path.slice(1)}`}>{visit.title}</a>
          </>
        ) : (
          'No topic page opened yet in this browser.'
        )}
      </p>
    </section>
  );
}

function ExamsSection(props: { stored: Stored; exams: readonly ExamAreas[]; base: string }) {
  const attempts = readStored(props.stored).attempts;
  const plan = parsePlan(props.stored.plan);
  const shown = props.exams.filter((exam) => (plan === undefined ? finishedOf(attempts, exam.key).length > 0 : exam.key === plan.exam));
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-exams">
      <h2 id="dashboard-exams">Mock exams</h2>
      {shown.every((exam) => finishedOf(attempts, exam.key).length === 0) ? (
        <p data-testid="no-attempts">
          No finished mock exam{plan ? ` of ${PLAN_EXAMS.find((e) => e.key === plan.exam)?.code ?? ''}` : ''} in this browser yet.{' '}
          <a href={`${props.base}review/mock-exams/`}>Take a mock exam</a>
        </p>
      ) : null}
      {shown.map((exam) => {
        const finished = finishedOf(attempts, exam.key);
        if (finished.length === 0) return null;
        const domainTitle = (n: string) => exam.domains.find((d) => String(d.number) === n)?.title;
        const taskTitle = (n: string) => exam.domains.flatMap((d) => d.tasks).find((t) => t.number === n)?.title;
        return (
          <div key={exam.key} data-testid={`history-${exam.key}`}>
            <h3>{exam.code}</h3>
            <ul>
              {finished.slice(0, 10).map((a) => (
                <li key={a.id}>
                  {new Date(a.finished?.at ?? a.startedAt).toISOString().slice(0, 10)}, {a.mode.kind === 'full' ? 'full exam' : `${a.mode.kind} set`}:{' '}
                  {shareText(a.finished?.score.right ?? 0, a.finished?.score.total ?? 0)}
                </li>
              ))}
            </ul>
            <h4>Weakest domains</h4>
            <ol data-testid={`weak-domains-${exam.key}`}>
              {weakest(attempts, exam.key, 'domains')
                .slice(0, 3)
                .map((area) => (
                  <li key={area.number}>
                    Domain {area.number}
                    {domainTitle(area.number) ? `: ${domainTitle(area.number) ?? ''}` : ''} — {shareText(area.right, area.total)}
                  </li>
                ))}
            </ol>
            <h4>Weakest tasks (each a group of the guide’s skills)</h4>
            <ol data-testid={`weak-tasks-${exam.key}`}>
              {weakest(attempts, exam.key, 'tasks')
                .slice(0, 5)
                .map((area) => (
                  <li key={area.number}>
                    Task {area.number}
                    {taskTitle(area.number) ? `: ${taskTitle(area.number) ?? ''}` : ''} — {shareText(area.right, area.total)}
                  </li>
                ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}

type Pending = Extract<ImportResult, { ok: true }>;

function TransferSection(props: { stored: Stored; now: number; onChanged: () => void; decks: Props['decks']; dataUrl: string }) {
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState<Pending | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const [deck, setDeck] = useState(props.decks[0]?.key ?? '');
  const [ankiError, setAnkiError] = useState<string | undefined>();
  const backup = read(BACKUP_KEY);

  const exportNow = () => {
    const at = Date.now();
    download(exportFileName(at), exportAll(readAll(), at), 'application/json');
    setDone('Exported: your browser saved the file (see its downloads).');
  };

  const choose = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setDone(undefined);
    setPending(undefined);
    setConfirming(false);
    setError(undefined);
    if (file === undefined) return;
    file
      .text()
      .then((text) => {
        const result = readImport(text);
        if (result.ok) setPending(result);
        else setError(result.message);
      })
      .catch(() => setError('This file could not be read.'));
  };

  const finish = (message: string, failed: string | undefined) => {
    setPending(undefined);
    setConfirming(false);
    setDone(failed ?? message);
    props.onChanged();
  };
  const merge = () => {
    if (!pending) return;
    const { writes } = mergeImport(readAll(), pending.progress);
    finish('Merged: for each card and attempt, the record with more progress was kept.', store(writes));
  };
  const replace = () => {
    if (!pending) return;
    const { writes, remove } = replaceImport(readAll(), pending.progress, Date.now());
    finish('Replaced: your progress is now the file’s. The progress from before is kept in this browser and can be restored.', store(writes, remove));
  };
  const restore = () => {
    const back = restoreBackup(read(BACKUP_KEY));
    if (!back.ok) {
      setDone(back.message);
      return;
    }
    finish('Restored the progress from before the import.', store(back.writes, back.remove));
  };

  const anki = () => {
    setAnkiError(undefined);
    const title = props.decks.find((d) => d.key === deck)?.title ?? deck;
    fetch(props.dataUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${String(response.status)}`))))
      .then((json: unknown) => {
        const cards = readFlashcardsFile(json)?.get(deck);
        if (cards === undefined) throw new Error('the deck is not in the flashcards file');
        download(`${deck}-anki.txt`, ankiExport({ cards: [...cards.values()] }), 'text/plain');
        setAnkiError(undefined);
        setDone(`Exported the deck “${title}” for Anki (${plural(cards.size, 'card', 'cards')}).`);
      })
      .catch((e: unknown) => setAnkiError(`The deck could not be exported: ${e instanceof Error ? e.message : String(e)}.`));
  };

  const p = pending?.preview;
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-transfer">
      <h2 id="dashboard-transfer">Take your progress to another browser</h2>
      <p>
        <button type="button" class="study-button" onClick={exportNow}>
          Export all progress
        </button>{' '}
        <span class="dashboard-muted">One JSON file: flashcard progress, mock-exam attempts, the new-card limit, your exam and date.</span>
      </p>
      <div class="dashboard-field" data-invalid={error ? 'true' : undefined}>
        <label for="dashboard-import">Import a progress file</label>
        <input
          id="dashboard-import"
          type="file"
          accept=".json,application/json"
          onChange={choose}
          aria-describedby={error ? 'dashboard-import-error' : undefined}
          aria-invalid={error ? 'true' : undefined}
        />
        {error ? (
          <p id="dashboard-import-error" class="dashboard-error" role="alert" data-testid="import-error">
            {error}
          </p>
        ) : null}
      </div>
      {p ? (
        <div class="dashboard-preview" data-testid="import-preview">
          <p>
            This file (exported {pending.exported.slice(0, 10)}) holds {plural(p.cards, 'card', 'cards')} with progress in{' '}
            {plural(p.decks, 'deck', 'decks')}, {plural(p.attempts, 'mock-exam attempt', 'mock-exam attempts')} ({p.finished} finished), and these
            settings: {p.settings.join('; ')}.
          </p>
          {confirming ? (
            <p>
              Replace everything stored in this browser with the file’s progress? The current progress is kept as a copy you can restore.{' '}
              <button type="button" class="study-button" onClick={replace}>
                Yes, replace
              </button>{' '}
              <button type="button" class="study-button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </p>
          ) : (
            <p>
              <button type="button" class="study-button" onClick={merge}>
                Merge into my progress
              </button>{' '}
              <button type="button" class="study-button" onClick={() => setConfirming(true)}>
                Replace my progress…
              </button>
            </p>
          )}
        </div>
      ) : null}
      <p role="status" data-testid="transfer-status">
        {done ?? ''}
      </p>
      {backup !== null ? (
        <p>
          <button type="button" class="study-button" onClick={restore}>
            Restore the progress from before the last Replace
          </button>
        </p>
      ) : null}
      <h3>Export a deck to Anki</h3>
      <div class="dashboard-anki">
        <div class="dashboard-field" data-invalid={ankiError ? 'true' : undefined}>
          <label for="dashboard-deck">Deck</label>
          <select
            id="dashboard-deck"
            value={deck}
            onChange={(e) => setDeck(e.currentTarget.value)}
            aria-describedby={ankiError ? 'dashboard-anki-error' : undefined}
          >
            {props.decks.map((d) => (
              <option key={d.key} value={d.key}>
                {d.title}
              </option>
            ))}
          </select>
          {ankiError ? (
            <p id="dashboard-anki-error" class="dashboard-error" role="alert">
              {ankiError}
            </p>
          ) : null}
        </div>
        <button type="button" class="study-button" onClick={anki} disabled={deck === ''}>
          Export to Anki
        </button>
      </div>
      <p class="dashboard-muted">A plain-text file, one card a line (question, a tab, answer), for Anki’s import of text files.</p>
    </section>
  );
}
