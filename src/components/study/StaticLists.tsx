/**
 * The study data as plain lists, rendered at build (never hydrated): what a reader without JavaScript and a
 * printout get, and what the islands hide once they are ready. A deck is a list of questions with their answers;
 * a question set lists its questions with their options, then the answers with why each option is right or wrong.
 */
import type { ComponentChildren } from 'preact';

import type { DeckInfo, QuestionInfo, SetInfo } from '~/libs/study/catalog';
import { bySection } from '~/libs/study/views';
import { Markdown, MarkdownInline } from './Markdown';

const LETTERS = 'ABCDEF';
const letter = (index: number) => LETTERS[index] ?? String(index + 1);

/** The frame of a plain list: the heading and a line that counts what follows. */
function StaticList(props: { testId: string; headingId: string; heading: string; summary: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="study-static" data-testid={props.testId} data-pagefind-ignore="all">
      <h2 id={props.headingId}>{props.heading}</h2>
      <p>{props.summary}</p>
      {props.children}
    </div>
  );
}

export function DeckList(props: { decks: readonly DeckInfo[]; base: string }) {
  const { decks, base } = props;
  const cards = decks.reduce((sum, deck) => sum + deck.cards.length, 0);
  const summary = (
    <>
      Every deck as a list of questions, each followed by its answer: {cards} cards in {decks.length} decks.
    </>
  );
  return (
    <StaticList testId="flashcards-static" headingId="all-cards" heading="All the cards" summary={summary}>
      {bySection(decks).map((group) => (
        <section class="study-static-group" key={group.section}>
          <h3 id={`cards-${group.section}`}>{group.label}</h3>
          {group.items.map((deck) => (
            <section class="study-static-deck" key={deck.key} data-testid={`deck-${deck.key}`}>
              <h4 id={`deck-${deck.key}`}>{deck.title}</h4>
              <p class="study-source">
                From the page <a href={`${base}${deck.page.id}/`}>{deck.page.title}</a>.
              </p>
              <dl class="study-card-list">
                {deck.cards.map((card) => (
                  <div class="study-static-card" key={card.id} id={`card-${deck.key}-${card.id}`}>
                    <dt>
                      <MarkdownInline text={card.question} base={base} />
                    </dt>
                    <dd>
                      <Markdown text={card.answer} base={base} />
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </section>
      ))}
    </StaticList>
  );
}

/** A question with its options, lettered A, B, C… */
function QuestionItem(props: { section: string; question: QuestionInfo; base: string }) {
  const { question, base } = props;
  return (
    <li id={`question-${props.section}-${question.id}`}>
      <Markdown text={question.prompt} base={base} />
      <ol class="study-static-options" type="A">
        {question.options.map((option, index) => (
          <li key={index}>
            <MarkdownInline text={option.text} base={base} />
          </li>
        ))}
      </ol>
    </li>
  );
}

/**
 * A question's answer: the right option (every right option of a multiple-response question, each on its line), why
 * each option is right or wrong, and the page to learn it on.
 */
function AnswerItem(props: { question: QuestionInfo; base: string }) {
  const { question, base } = props;
  const right = question.options.flatMap((option, index) => (option.correct ? [{ option, index }] : []));
  return (
    <li data-testid={`answer-${question.id}`} data-right={right.map(({ index }) => letter(index)).join(' ')}>
      {right.length > 1 ? <p>{`All ${right.length} right answers (no partial credit):`}</p> : null}
      {right.map(({ option, index }) => (
        <p key={index} class="study-static-right">
          <strong>
            {letter(index)}. <MarkdownInline text={option.text} base={base} />
          </strong>
        </p>
      ))}
      <ul class="study-static-whys">
        {question.options.map((option, index) => (
          <li key={index} data-correct={String(option.correct)}>
            <Markdown text={option.why} base={base} lead={<strong>{`${letter(index)} is ${option.correct ? 'right' : 'wrong'}:`}</strong>} />
          </li>
        ))}
      </ul>
      <p class="study-source">
        Learn it on: <a href={`${base}${question.page}/`}>{question.pageTitle}</a>
      </p>
    </li>
  );
}

export function QuestionList(props: { sets: readonly SetInfo[]; base: string }) {
  const { sets, base } = props;
  const count = sets.reduce((sum, set) => sum + set.questions.length, 0);
  const summary = (
    <>
      {count} questions in {sets.length} sections. Each section lists its questions first, then the answers with why each option is right or wrong. A
      question that says “(Select TWO.)” has two right answers, and is right only when both, and no other, are chosen.
    </>
  );
  return (
    <StaticList testId="questions-static" headingId="all-questions" heading="All the questions" summary={summary}>
      {sets.map((set) => (
        <section class="study-static-group" key={set.section} data-testid={`set-${set.section}`}>
          <h3 id={`questions-${set.section}`}>{set.sectionLabel}</h3>
          <ol class="study-static-questions">
            {set.questions.map((question) => (
              <QuestionItem key={question.id} section={set.section} question={question} base={base} />
            ))}
          </ol>
          <h4 id={`answers-${set.section}`}>Answers: {set.sectionLabel}</h4>
          <ol class="study-static-answers" data-testid={`answers-${set.section}`}>
            {set.questions.map((question) => (
              <AnswerItem key={question.id} question={question} base={base} />
            ))}
          </ol>
        </section>
      ))}
    </StaticList>
  );
}
