import { describe, expect, it } from 'vitest';

import {
  fragmentOfPath,
  inlineText,
  linkTargets,
  pageIdOfPath,
  parseInline,
  parseMarkdown,
  type Block,
  type Inline,
} from '~/libs/study/markdown-parse';

const BASE = '/aws-ml-study/';
const text = (value: string): Inline => ({ type: 'text', text: value });
const code = (value: string): Inline => ({ type: 'code', text: value });
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
const link = (path: string, ...children: Inline[]): Inline => ({ type: 'link', path, href: `/aws-ml-study${path}`, children });
const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const ul = (...items: Inline[][]): Block => ({ type: 'list', items });

describe('blocks: paragraphs and "- " lists', () => {
  it.each<{ name: string; source: string; blocks: Block[] }>([
    { name: 'one line', source: 'Hello', blocks: [p(text('Hello'))] },
    { name: 'wrapped lines join with a space', source: 'one\ntwo\n  three', blocks: [p(text('one two three'))] },
    { name: 'a blank line separates paragraphs', source: 'one\n\ntwo', blocks: [p(text('one')), p(text('two'))] },
    { name: 'a blank line with spaces too', source: 'one\n   \ntwo', blocks: [p(text('one')), p(text('two'))] },
    { name: 'CRLF line ends', source: 'one\r\n\r\ntwo\r\nthree', blocks: [p(text('one')), p(text('two three'))] },
    { name: 'a list', source: '- a\n- b', blocks: [ul([text('a')], [text('b')])] },
    { name: 'a paragraph then a list without a blank line', source: 'Intro:\n- a\n- b', blocks: [p(text('Intro:')), ul([text('a')], [text('b')])] },
    { name: 'a list item continues on the next line', source: '- a long\n  item\n- b', blocks: [ul([text('a long item')], [text('b')])] },
    { name: 'list items split by a blank line stay one list', source: '- a\n\n- b', blocks: [ul([text('a')], [text('b')])] },
    { name: 'a list, a paragraph, a list', source: '- a\n\nmiddle\n\n- b', blocks: [ul([text('a')]), p(text('middle')), ul([text('b')])] },
    { name: '"-" without a space is text', source: '-a\n-b', blocks: [p(text('-a -b'))] },
    { name: 'a trailing newline from YAML', source: 'text\n', blocks: [p(text('text'))] },
    { name: 'empty', source: '', blocks: [] },
    { name: 'only whitespace', source: ' \n \n', blocks: [] },
  ])('$name', ({ source, blocks }) => {
    expect(parseMarkdown(source, BASE)).toEqual(blocks);
  });
});

describe('inline: **bold**, `code`, [links](/section/page/)', () => {
  it.each<{ name: string; source: string; tokens: Inline[] }>([
    { name: 'bold and code', source: '**Shards** and `PutRecord`', tokens: [strong(text('Shards')), text(' and '), code('PutRecord')] },
    { name: 'code is literal', source: '`**not bold** [x](/a/b/)`', tokens: [code('**not bold** [x](/a/b/)')] },
    { name: 'code inside bold', source: '**a `b` c**', tokens: [strong(text('a '), code('b'), text(' c'))] },
    {
      name: 'an internal link gets the base path',
      source: 'See [Kinesis](/streaming/kinesis-data-streams/).',
      tokens: [text('See '), link('/streaming/kinesis-data-streams/', text('Kinesis')), text('.')],
    },
    {
      name: 'a link inside parentheses',
      source: '(see [EMR](/processing/amazon-emr/))',
      tokens: [text('(see '), link('/processing/amazon-emr/', text('EMR')), text(')')],
    },
    {
      name: 'a link with a fragment',
      source: '[tiers](/storage/amazon-s3/#storage-classes)',
      tokens: [link('/storage/amazon-s3/#storage-classes', text('tiers'))],
    },
    { name: 'the home page', source: '[home](/)', tokens: [link('/', text('home'))] },
    {
      name: 'an AWS documentation page, as written (no base path)',
      source: '([AWS: Quotas](https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html#a))',
      tokens: [
        text('('),
        {
          type: 'link',
          path: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html#a',
          href: 'https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html#a',
          children: [text('AWS: Quotas')],
        },
        text(')'),
      ],
    },
    {
      name: 'an aws.amazon.com page',
      source: '[pricing](https://aws.amazon.com/glue/pricing/)',
      tokens: [
        { type: 'link', path: 'https://aws.amazon.com/glue/pricing/', href: 'https://aws.amazon.com/glue/pricing/', children: [text('pricing')] },
      ],
    },
    {
      name: 'a link inside bold',
      source: '**try [the picker](/tools/s3-storage-class-picker/)**',
      tokens: [strong(text('try '), link('/tools/s3-storage-class-picker/', text('the picker')))],
    },
    {
      name: 'bold and code inside a link',
      source: '[**S3** `GET`](/storage/amazon-s3/)',
      tokens: [link('/storage/amazon-s3/', strong(text('S3')), text(' '), code('GET'))],
    },
    { name: 'unclosed bold stays literal', source: '**open', tokens: [text('**open')] },
    { name: 'unclosed code stays literal', source: 'a `b', tokens: [text('a `b')] },
    { name: 'empty bold stays literal', source: '****', tokens: [text('****')] },
    { name: 'empty code stays literal', source: '``', tokens: [text('``')] },
    { name: 'a single star is text', source: 's3://bucket/mp3/* and 2 * 3', tokens: [text('s3://bucket/mp3/* and 2 * 3')] },
    { name: 'brackets without a target are text', source: '[1] and [x]', tokens: [text('[1] and [x]')] },
  ])('$name', ({ source, tokens }) => {
    expect(parseInline(source, BASE)).toEqual(tokens);
  });

  it('with the base "/", links are unchanged', () => {
    expect(parseInline('[S3](/storage/amazon-s3/)', '/')).toEqual([
      { type: 'link', path: '/storage/amazon-s3/', href: '/storage/amazon-s3/', children: [text('S3')] },
    ]);
  });
});

describe('hostile input never becomes markup or a dangerous link', () => {
  it.each<{ name: string; source: string }>([
    { name: 'a script tag', source: '<script>alert(1)</script>' },
    { name: 'an image with onerror', source: '<img src=x onerror=alert(1)>' },
    { name: 'javascript: with parentheses', source: '[click](javascript:alert(1))' },
    { name: 'javascript: without parentheses', source: '[click](javascript:alert`1`)' },
    { name: 'JavaScript: in capitals', source: '[click](JAVASCRIPT:void0)' },
    { name: 'a data: URL', source: '[x](data:text/html,<b>hi</b>)' },
    { name: 'a protocol-relative URL', source: '[x](//evil.example/)' },
    { name: 'an external URL', source: '[x](https://evil.example/)' },
    { name: 'an AWS host as a prefix of another host', source: '[x](https://docs.aws.amazon.com.evil.example/)' },
    { name: 'an AWS host with a user part', source: '[x](https://aws.amazon.com@evil.example/)' },
    { name: 'AWS over plain http', source: '[x](http://docs.aws.amazon.com/)' },
    { name: 'an AWS subdomain not allowed', source: '[x](https://console.aws.amazon.com/)' },
    { name: 'an AWS URL with a quote', source: '[x](https://docs.aws.amazon.com/a"onmouseover=alert(1)/)' },
    { name: 'a relative path', source: '[x](../secrets/)' },
    { name: 'a path with dots', source: '[x](/storage/../etc/)' },
    { name: 'a path without the trailing slash', source: '[x](/storage/amazon-s3)' },
    { name: 'a path in capitals', source: '[x](/Storage/Amazon-S3/)' },
    { name: 'a path with a query', source: '[x](/storage/amazon-s3/?a=1)' },
    { name: 'a link with a title', source: '[x](/storage/amazon-s3/ "title")' },
    { name: 'an HTML entity', source: '&lt;script&gt;' },
  ])('$name stays literal text', ({ source }) => {
    const blocks = parseMarkdown(source, BASE);
    expect(blocks).toEqual([p(text(source))]);
  });

  it('a script tag inside bold is text inside bold', () => {
    expect(parseInline('**<script>x</script>**', BASE)).toEqual([strong(text('<script>x</script>'))]);
  });

  it('a dangerous link inside a list item is text', () => {
    expect(parseMarkdown('- [x](javascript:alert(1))', BASE)).toEqual([ul([text('[x](javascript:alert(1))')])]);
  });
});

describe('helpers for the build checks', () => {
  it('finds every link target, allowed or not', () => {
    expect(linkTargets('[a](/x/y/) and [b](https://e.example/) and **[c](/z/w/#h)**')).toEqual(['/x/y/', 'https://e.example/', '/z/w/#h']);
    // Targets that would be shown as text are found too, so the build can report them.
    expect(linkTargets('[x](javascript:alert(1)) [t](/a/b/ "title") [u](/a/b/')).toEqual(['javascript:alert(1', '/a/b/ "title"', '/a/b/']);
  });

  it.each<{ path: string; id: string; fragment: string | undefined }>([
    { path: '/streaming/kinesis-data-streams/', id: 'streaming/kinesis-data-streams', fragment: undefined },
    { path: '/storage/amazon-s3/#storage-classes', id: 'storage/amazon-s3', fragment: 'storage-classes' },
    { path: '/', id: 'index', fragment: undefined },
  ])('$path is page $id, fragment $fragment', ({ path, id, fragment }) => {
    expect(pageIdOfPath(path)).toBe(id);
    expect(fragmentOfPath(path)).toBe(fragment);
  });

  it('inline text drops the markup', () => {
    expect(inlineText(parseInline('**a** `b` [c](/d/e/)', BASE))).toBe('a b c');
  });
});
