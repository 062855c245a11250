/**
 * The mock exams' start screen: an unfinished attempt (resume it, or submit it as it stands), the choice of exam and
 * set with what the set will hold (and, plainly, what the bank is short of), and the history of attempts.
 */
import type { ComponentChildren } from 'preact';

import { history, missedKeys, overview, unfinished, type Attempt, type AttemptStore } from '~/libs/practice/attempts';
import { domainLabel, taskLabel, type ExamOutline } from '~/libs/practice/bank';
import { domainTargets, draw, minutesFor, QUICK_SET_SIZE, questionsFor, type Mode, type NarrowMode } from '~/libs/practice/draw';
import { modeLabel, scoreLine, shortfallSentence, shortSetSentence } from '~/libs/practice/labels';
import { percent } from '~/libs/practice/score';
import { SECTIONS } from '~/libs/sections';
import { clockFace, deadline, isTimeUp, remainingMs } from '~/libs/practice/timer';
import type { BankState } from './useBanks';

export interface Choice {
  readonly exam: string;
  readonly kind: Mode['kind'];
  readonly domain: number;
  readonly task: string;
  readonly skill: string;
  /** A section of the site (its folder, e.g. `storage`), for a set of the questions its pages teach. */
  readonly section: string;
}

interface Banks {
  get: (exam: string) => BankState;
  load: (exam: string) => void;
}

/** A date and time as the learner's browser writes them in English. */
export const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The mode a choice stands for (undefined while a task or skill is still to be picked). */
function modeOf(choice: Choice, outline: ExamOutline): Mode | undefined {
  switch (choice.kind) {
    case 'domain':
      return { kind: 'domain', domain: choice.domain };
    case 'task': {
      const task = choice.task || outline.domains[0]?.tasks[0]?.number;
      return task ? { kind: 'task', task } : undefined;
    }
    case 'skill':
      return choice.skill ? { kind: 'skill', skill: choice.skill } : undefined;
    case 'section':
      return choice.section ? { kind: 'section', section: choice.section } : undefined;
    default:
      return { kind: choice.kind };
  }
}

export function MockSetup(props: {
  exams: readonly ExamOutline[];
  choice: Choice;
  setChoice: (choice: Choice) => void;
  store: AttemptStore;
  banks: Banks;
  busy: boolean;
  message: string | undefined;
  onStart: (mode: Mode) => void;
  onResume: (attempt: Attempt) => void;
  onSubmit: (attempt: Attempt) => void;
  onResults: (attempt: Attempt) => void;
}) {
  const { exams, choice, setChoice, banks } = props;
  const outline = exams.find((e) => e.key === choice.exam) ?? exams[0];
  if (!outline) return null;
  const bank = banks.get(outline.key);
  const open = unfinished(props.store);
  const mode = modeOf(choice, outline);
  const change = (next: Partial<Choice>) => {
    const merged = { ...choice, ...next };
    setChoice(merged);
    banks.load(merged.exam);
  };

  return (
    <div class="mock-setup">
      <h2 class="mock-heading" tabIndex={-1} data-screen-heading>
        Start a mock exam
      </h2>
      {open ? <Unfinished attempt={open} exams={exams} busy={props.busy} onResume={props.onResume} onSubmit={props.onSubmit} /> : null}
      <form
        class="mock-form"
        data-testid="mock-setup"
        onFocusIn={() => banks.load(outline.key)}
        onSubmit={(event) => {
          event.preventDefault();
          if (mode && !open) props.onStart(mode);
        }}
      >
        <fieldset class="mock-fieldset">
          <legend>Exam</legend>
          {exams.map((exam) => (
            <Radio
              key={exam.key}
              name="mock-exam"
              value={exam.key}
              checked={exam.key === outline.key}
              onChange={() => change({ exam: exam.key, task: '', skill: '', section: '' })}
            >
              {exam.code}: {exam.name}
            </Radio>
          ))}
        </fieldset>
        <fieldset class="mock-fieldset">
          <legend>Practice</legend>
          <Radio name="mock-kind" value="full" checked={choice.kind === 'full'} onChange={() => change({ kind: 'full' })}>
            Full mock exam: {outline.questions} questions in {outline.minutes} minutes, the exam’s format
          </Radio>
          <Radio name="mock-kind" value="quick" checked={choice.kind === 'quick'} onChange={() => change({ kind: 'quick' })}>
            Quick set: {QUICK_SET_SIZE} questions in {minutesFor(outline, QUICK_SET_SIZE)} minutes, shared out by the domains’ weights
          </Radio>
          <Radio name="mock-kind" value="domain" checked={choice.kind === 'domain'} onChange={() => change({ kind: 'domain' })}>
            One domain
          </Radio>
          <Radio name="mock-kind" value="task" checked={choice.kind === 'task'} onChange={() => change({ kind: 'task' })}>
            One task
          </Radio>
          <Radio name="mock-kind" value="skill" checked={choice.kind === 'skill'} onChange={() => change({ kind: 'skill' })}>
            One skill
          </Radio>
          <Radio name="mock-kind" value="section" checked={choice.kind === 'section'} onChange={() => change({ kind: 'section' })}>
            One section of this site (the questions its pages teach)
          </Radio>
          <Radio name="mock-kind" value="missed" checked={choice.kind === 'missed'} onChange={() => change({ kind: 'missed' })}>
            Only what I got wrong in finished attempts
          </Radio>
        </fieldset>
        <p class="mock-muted">
          The exam’s format comes from AWS: <a href={outline.formatSource.url}>{outline.formatSource.title}</a>.
          {outline.scored !== undefined && outline.scored < outline.questions
            ? ` Of its ${outline.questions} questions, ${outline.scored} are scored; a mock scores them all.`
            : ''}
        </p>
        {choice.kind === 'domain' || choice.kind === 'task' || choice.kind === 'skill' || choice.kind === 'section' ? (
          <Narrow choice={choice} outline={outline} bank={bank} change={change} />
        ) : null}
        <Preview outline={outline} bank={bank} mode={mode} store={props.store} />
        {props.message ? (
          <p class="mock-note" role="alert" data-testid="setup-message">
            {props.message}
          </p>
        ) : null}
        <button type="submit" class="study-button mock-primary" disabled={props.busy || open !== undefined || mode === undefined}>
          Start
        </button>
        {open ? <p class="mock-muted">Resume or submit your unfinished attempt before you start another.</p> : null}
      </form>
      <History store={props.store} exams={exams} onResults={props.onResults} />
    </div>
  );
}

function Radio(props: { name: string; value: string; checked: boolean; onChange: () => void; children: ComponentChildren }) {
  const id = `${props.name}-${props.value}`;
  return (
    <div class="mock-radio">
      <input type="radio" id={id} name={props.name} value={props.value} checked={props.checked} onChange={props.onChange} />
      <label for={id}>{props.children}</label>
    </div>
  );
}

/** The domain, task, skill or section to practise. */
function Narrow(props: { choice: Choice; outline: ExamOutline; bank: BankState; change: (next: Partial<Choice>) => void }) {
  const { choice, outline, bank, change } = props;
  const shares = domainTargets(outline, outline.questions);
  const count = (mode: NarrowMode) => (bank.status === 'ready' ? ` (${questionsFor(bank.bank.questions, mode).length} in the bank)` : '');
  if (choice.kind === 'domain') {
    return (
      <Select id="mock-domain" label="Domain" value={String(choice.domain)} onChange={(value) => change({ domain: Number(value) })}>
        {outline.domains.map((domain) => (
          <option key={domain.number} value={String(domain.number)}>
            {domainLabel(domain)} ({shares.get(domain.number) ?? 0} questions, {domain.weight}%)
          </option>
        ))}
      </Select>
    );
  }
  if (choice.kind === 'task') {
    return (
      <Select id="mock-task" label="Task" value={choice.task || (outline.domains[0]?.tasks[0]?.number ?? '')} onChange={(task) => change({ task })}>
        {outline.domains.flatMap((domain) =>
          domain.tasks.map((task) => (
            <option key={task.number} value={task.number}>
              {taskLabel(task)}
              {count({ kind: 'task', task: task.number })}
            </option>
          )),
        )}
      </Select>
    );
  }
  if (bank.status !== 'ready')
    return (
      <p class="mock-muted">
        {bank.status === 'failed'
          ? `The ${choice.kind === 'section' ? 'sections' : 'skills'} could not be loaded (${bank.reason}).`
          : `Loading the ${choice.kind === 'section' ? 'sections' : 'skills'}…`}
      </p>
    );
  if (choice.kind === 'section') {
    const sections = SECTIONS.filter((section) => questionsFor(bank.bank.questions, { kind: 'section', section: section.directory }).length > 0);
    return (
      <Select id="mock-section" label="Section (those the bank has questions for)" value={choice.section} onChange={(section) => change({ section })}>
        <option value="">Choose a section</option>
        {sections.map((section) => (
          <option key={section.directory} value={section.directory}>
            {section.label}
            {count({ kind: 'section', section: section.directory })}
          </option>
        ))}
      </Select>
    );
  }
  const skills = bank.bank.skills.filter((skill) => questionsFor(bank.bank.questions, { kind: 'skill', skill: skill.number }).length > 0);
  return (
    <Select id="mock-skill" label="Skill (those the bank has questions for)" value={choice.skill} onChange={(skill) => change({ skill })}>
      <option value="">Choose a skill</option>
      {skills.map((skill) => (
        <option key={skill.number} value={skill.number}>
          {skill.number} {skill.text}
          {count({ kind: 'skill', skill: skill.number })}
        </option>
      ))}
    </Select>
  );
}

function Select(props: { id: string; label: string; value: string; onChange: (value: string) => void; children: ComponentChildren }) {
  return (
    <div class="mock-select">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        {props.children}
      </select>
    </div>
  );
}

/** What the chosen set will hold, once the bank is in: its size and time, and every domain the bank is short of. */
function Preview(props: { outline: ExamOutline; bank: BankState; mode: Mode | undefined; store: AttemptStore }) {
  const { outline, bank, mode } = props;
  if (bank.status === 'failed') {
    return (
      <p class="mock-note" role="alert" data-testid="load-problem">
        The questions could not be loaded ({bank.reason}). Press Start to try again.
      </p>
    );
  }
  if (bank.status !== 'ready' || mode === undefined) return null;
  const missed = mode.kind === 'missed' ? missedKeys(props.store, outline.key, bank.byKey) : [];
  const drawn = draw(outline, bank.bank.questions, mode, () => 0, missed);
  const short = shortSetSentence(drawn.keys.length, drawn.wanted);
  return (
    <div class="mock-preview" data-testid="mock-preview" data-count={drawn.keys.length}>
      <p>
        {drawn.keys.length === 0
          ? 'This set has no questions yet.'
          : `This set: ${drawn.keys.length} ${drawn.keys.length === 1 ? 'question' : 'questions'} in ${drawn.minutes} minutes.`}
      </p>
      {drawn.shortfalls.length > 0 ? <Shortfalls outline={outline} shortfalls={drawn.shortfalls} short={short} /> : null}
    </div>
  );
}

export function Shortfalls(props: {
  outline: ExamOutline;
  shortfalls: ReadonlyArray<{ domain: number; wanted: number; available: number }>;
  short?: string | undefined;
}) {
  return (
    <div class="mock-note" data-testid="shortfalls">
      <ul>
        {props.shortfalls.map((shortfall) => (
          <li key={shortfall.domain}>{shortfallSentence(props.outline, shortfall)}</li>
        ))}
      </ul>
      {props.short ? <p>{props.short}</p> : null}
    </div>
  );
}

function Unfinished(props: {
  attempt: Attempt;
  exams: readonly ExamOutline[];
  busy: boolean;
  onResume: (a: Attempt) => void;
  onSubmit: (a: Attempt) => void;
}) {
  const { attempt } = props;
  const outline = props.exams.find((e) => e.key === attempt.exam);
  const now = Date.now();
  const over = isTimeUp(attempt.startedAt, attempt.minutes, now);
  const { answered } = overview(attempt);
  const name = `${outline?.code ?? attempt.exam.toUpperCase()} ${outline ? modeLabel(outline, attempt.mode).toLowerCase() : ''}`.trim();
  return (
    <div class="mock-note mock-unfinished" data-testid="unfinished">
      <p>
        You have an unfinished attempt: {name}, started {when(attempt.startedAt)}, {answered.length} of {attempt.questions.length} answered.{' '}
        {over
          ? `Its time ran out at ${when(deadline(attempt.startedAt, attempt.minutes))}: it is submitted with the answers you gave.`
          : `${clockFace(remainingMs(attempt.startedAt, attempt.minutes, now))} left (the clock runs on while you are away, as in the exam).`}
      </p>
      <div class="mock-actions">
        {over ? (
          <button type="button" class="study-button" disabled={props.busy} onClick={() => props.onResume(attempt)}>
            Submit it and see the results
          </button>
        ) : (
          <>
            <button type="button" class="study-button mock-primary" disabled={props.busy} onClick={() => props.onResume(attempt)}>
              Resume
            </button>
            <button type="button" class="study-button" disabled={props.busy} onClick={() => props.onSubmit(attempt)}>
              Submit it as it stands
            </button>
          </>
        )}
      </div>
    </div>
  );
}

function History(props: { store: AttemptStore; exams: readonly ExamOutline[]; onResults: (a: Attempt) => void }) {
  const done = history(props.store);
  return (
    <div class="mock-history" data-testid="mock-history">
      <h3>Your attempts</h3>
      {done.length === 0 ? (
        <p class="mock-muted">No finished attempts yet. They are kept in this browser only.</p>
      ) : (
        <div class="mock-scroll">
          <table class="mock-table">
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Exam and set</th>
                <th scope="col">Score</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {done.map((attempt) => {
                const outline = props.exams.find((e) => e.key === attempt.exam);
                const score = attempt.finished?.score;
                const label = `${outline?.code ?? attempt.exam.toUpperCase()}, ${outline ? modeLabel(outline, attempt.mode) : attempt.mode.kind}`;
                return (
                  <tr key={attempt.id} data-testid={`attempt-${attempt.id}`}>
                    <td>{when(attempt.startedAt)}</td>
                    <td>
                      {label}
                      {attempt.finished?.by === 'time' ? ' (time ran out)' : ''}
                    </td>
                    <td data-right={score?.right} data-total={score?.total}>
                      {score ? scoreLine(score.right, score.total, percent(score.right, score.total)) : ''}
                    </td>
                    <td>
                      {outline ? (
                        <button type="button" class="study-button mock-small" onClick={() => props.onResults(attempt)}>
                          Results
                          <span class="sr-only">
                            : {label}, started {when(attempt.startedAt)}
                          </span>
                        </button>
                      ) : (
                        'Exam no longer offered'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
