/**
 * The study data as plain lists, rendered at build (never hydrated): what a reader without JavaScript and a
 * printout get, and what the islands hide once they are ready. A deck is a list of questions with their answers;
 * a question set lists its questions with their options, then the answers with why each option is right or wrong.
 */
import type { DeckInfo, SetInfo } from '~/libs/study/catalog';
import { Markdown, MarkdownInline } from './Markdown';

const LETTERS = 'ABCDEF';
const letter = (index: number) => LETTERS[index] ?? String(index + 1);

function bySection<T extends { section: string; sectionLabel: string }>(items: readonly T[]) {
  const groups: Array<{ section: string; label: string; items: T[] }> = [];
  for (const item of items) {
    const group = groups.find((g) => g.section === item.section);
    if (group) group.items.push(item);
    else groups.push({ section: item.section, label: item.sectionLabel, items: [item] });
  }
  return groups;
}

export function DeckList(props: { decks: readonly DeckInfo[]; base: string }) {
  const { decks, base } = props;
  const cards = decks.reduce((sum, deck) => sum + deck.cards.length, 0);
  return (
    <div class="study-static" data-testid="flashcards-static" data-pagefind-ignore="all">
      <h2 id="all-cards">All the cards</h2>
      <p>
        Every deck as a list of questions, each followed by its answer: {cards} cards in {decks.length} decks.
      </p>
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
    </div>
  );
}

export function QuestionList(props: { sets: readonly SetInfo[]; base: string }) {
  const { sets, base } = props;
  const count = sets.reduce((sum, set) => sum + set.questions.length, 0);
  return (
    <div class="study-static" data-testid="questions-static" data-pagefind-ignore="all">
      <h2 id="all-questions">All the questions</h2>
      <p>
        {count} questions in {sets.length} sections. Each section lists its questions first, then the answers with why each option is right or wrong.
      </p>
      {sets.map((set) => (
        <section class="study-static-group" key={set.section} data-testid={`set-${set.section}`}>
          <h3 id={`questions-${set.section}`}>{set.sectionLabel}</h3>
          <ol class="study-static-questions">
            {set.questions.map((question) => (
              <li key={question.id} id={`question-${set.section}-${question.id}`}>
                <Markdown text={question.prompt} base={base} />
                <ol class="study-static-options" type="A">
                  {question.options.map((option, index) => (
                    <li key={index}>
                      <MarkdownInline text={option.text} base={base} />
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
          <h4 id={`answers-${set.section}`}>Answers: {set.sectionLabel}</h4>
          <ol class="study-static-answers" data-testid={`answers-${set.section}`}>
            {set.questions.map((question) => {
              const right = question.options.findIndex((option) => option.correct);
              return (
                <li key={question.id}>
                  <p>
                    <strong>
                      {letter(right)}. <MarkdownInline text={question.options[right]?.text ?? ''} base={base} />
                    </strong>
                  </p>
                  <ul class="study-static-whys">
                    {question.options.map((option, index) => (
                      <li key={index} data-correct={String(option.correct)}>
                        <Markdown
                          text={option.why}
                          base={base}
                          lead={<strong>{`${letter(index)} is ${option.correct ? 'right' : 'wrong'}:`}</strong>}
                        />
                      </li>
                    ))}
                  </ul>
                  <p class="study-source">
                    Learn it on: <a href={`${base}${question.page}/`}>{question.pageTitle}</a>
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
