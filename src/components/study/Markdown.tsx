/**
 * Maps the study Markdown's token tree (`markdown-parse.ts`) to JSX: text is always text, never HTML. Used by the
 * islands and, rendered at build, by the static lists.
 */
import type { ComponentChildren } from 'preact';

import { parseInline, parseMarkdown, type Inline } from '~/libs/study/markdown-parse';

export function InlineTokens(props: { tokens: readonly Inline[] }) {
  return (
    <>
      {props.tokens.map((token, index) => {
        switch (token.type) {
          case 'text':
            return token.text;
          case 'code':
            return <code key={index}>{token.text}</code>;
          case 'strong':
            return (
              <strong key={index}>
                <InlineTokens tokens={token.children} />
              </strong>
            );
          case 'link':
            return (
              <a key={index} href={token.href}>
                <InlineTokens tokens={token.children} />
              </a>
            );
        }
      })}
    </>
  );
}

/**
 * Blocks of Markdown: paragraphs and lists. `lead` (e.g. "B is wrong:") starts the first paragraph, or stands as a
 * paragraph of its own when the text starts with a list.
 */
export function Markdown(props: { text: string; base: string; lead?: ComponentChildren }) {
  const blocks = parseMarkdown(props.text, props.base);
  const leadInline = props.lead !== undefined && blocks[0]?.type === 'paragraph';
  return (
    <>
      {props.lead !== undefined && !leadInline ? <p>{props.lead}</p> : null}
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>
            {index === 0 && leadInline ? <>{props.lead} </> : null}
            <InlineTokens tokens={block.children} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <InlineTokens tokens={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** One line of Markdown (a card's question, an option): bold, code and links, no blocks. */
export function MarkdownInline(props: { text: string; base: string }) {
  return <InlineTokens tokens={parseInline(props.text.replace(/\s*\n\s*/g, ' ').trim(), props.base)} />;
}
