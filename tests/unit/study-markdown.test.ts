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
  it.each<[string, string, Block[]]>([
    ['one line', 'Hello', [p(text('Hello'))]],
    ['wrapped lines join with a space', 'one\ntwo\n  three', [p(text('one two three'))]],
    ['a blank line separates paragraphs', 'one\n\ntwo', [p(text('one')), p(text('two'))]],
    ['a blank line with spaces too', 'one\n   \ntwo', [p(text('one')), p(text('two'))]],
    ['CRLF line ends', 'one\r\n\r\ntwo\r\nthree', [p(text('one')), p(text('two three'))]],
    ['a list', '- a\n- b', [ul([text('a')], [text('b')])]],
    ['a paragraph then a list without a blank line', 'Intro:\n- a\n- b', [p(text('Intro:')), ul([text('a')], [text('b')])]],
    ['a list item continues on the next line', '- a long\n  item\n- b', [ul([text('a long item')], [text('b')])]],
    ['list items split by a blank line stay one list', '- a\n\n- b', [ul([text('a')], [text('b')])]],
    ['a list, a paragraph, a list', '- a\n\nmiddle\n\n- b', [ul([text('a')]), p(text('middle')), ul([text('b')])]],
    ['"-" without a space is text', '-a\n-b', [p(text('-a -b'))]],
    ['a trailing newline from YAML', 'text\n', [p(text('text'))]],
    ['empty', '', []],
    ['only whitespace', ' \n \n', []],
  ])('%s', (_name, source, blocks) => {
    expect(parseMarkdown(source, BASE)).toEqual(blocks);
  });
});

describe('inline: **bold**, `code`, [links](/section/page/)', () => {
  it.each<[string, string, Inline[]]>([
    ['bold and code', '**Shards** and `PutRecord`', [strong(text('Shards')), text(' and '), code('PutRecord')]],
    ['code is literal', '`**not bold** [x](/a/b/)`', [code('**not bold** [x](/a/b/)')]],
    ['code inside bold', '**a `b` c**', [strong(text('a '), code('b'), text(' c'))]],
    [
      'an internal link gets the base path',
      'See [Kinesis](/streaming/kinesis-data-streams/).',
      [text('See '), link('/streaming/kinesis-data-streams/', text('Kinesis')), text('.')],
    ],
    ['a link inside parentheses', '(see [EMR](/processing/amazon-emr/))', [text('(see '), link('/processing/amazon-emr/', text('EMR')), text(')')]],
    ['a link with a fragment', '[tiers](/storage/amazon-s3/#storage-classes)', [link('/storage/amazon-s3/#storage-classes', text('tiers'))]],
    ['the home page', '[home](/)', [link('/', text('home'))]],
    [
      'a link inside bold',
      '**try [the picker](/tools/s3-storage-class-picker/)**',
      [strong(text('try '), link('/tools/s3-storage-class-picker/', text('the picker')))],
    ],
    ['bold and code inside a link', '[**S3** `GET`](/storage/amazon-s3/)', [link('/storage/amazon-s3/', strong(text('S3')), text(' '), code('GET'))]],
    ['unclosed bold stays literal', '**open', [text('**open')]],
    ['unclosed code stays literal', 'a `b', [text('a `b')]],
    ['empty bold stays literal', '****', [text('****')]],
    ['empty code stays literal', '``', [text('``')]],
    ['a single star is text', 's3://bucket/mp3/* and 2 * 3', [text('s3://bucket/mp3/* and 2 * 3')]],
    ['brackets without a target are text', '[1] and [x]', [text('[1] and [x]')]],
  ])('%s', (_name, source, tokens) => {
    expect(parseInline(source, BASE)).toEqual(tokens);
  });

  it('with the base "/", links are unchanged', () => {
    expect(parseInline('[S3](/storage/amazon-s3/)', '/')).toEqual([
      { type: 'link', path: '/storage/amazon-s3/', href: '/storage/amazon-s3/', children: [text('S3')] },
    ]);
  });
});

describe('hostile input never becomes markup or a dangerous link', () => {
  it.each<[string, string]>([
    ['a script tag', '<script>alert(1)</script>'],
    ['an image with onerror', '<img src=x onerror=alert(1)>'],
    ['javascript: with parentheses', '[click](javascript:alert(1))'],
    ['javascript: without parentheses', '[click](javascript:alert`1`)'],
    ['JavaScript: in capitals', '[click](JAVASCRIPT:void0)'],
    ['a data: URL', '[x](data:text/html,<b>hi</b>)'],
    ['a protocol-relative URL', '[x](//evil.example/)'],
    ['an external URL', '[AWS](https://aws.amazon.com/)'],
    ['a relative path', '[x](../secrets/)'],
    ['a path with dots', '[x](/storage/../etc/)'],
    ['a path without the trailing slash', '[x](/storage/amazon-s3)'],
    ['a path in capitals', '[x](/Storage/Amazon-S3/)'],
    ['a path with a query', '[x](/storage/amazon-s3/?a=1)'],
    ['a link with a title', '[x](/storage/amazon-s3/ "title")'],
    ['an HTML entity', '&lt;script&gt;'],
  ])('%s stays literal text', (_name, source) => {
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

  it.each<[string, string, string | undefined]>([
    ['/streaming/kinesis-data-streams/', 'streaming/kinesis-data-streams', undefined],
    ['/storage/amazon-s3/#storage-classes', 'storage/amazon-s3', 'storage-classes'],
    ['/', 'index', undefined],
  ])('%s is page %s, fragment %s', (path, id, fragment) => {
    expect(pageIdOfPath(path)).toBe(id);
    expect(fragmentOfPath(path)).toBe(fragment);
  });

  it('inline text drops the markup', () => {
    expect(inlineText(parseInline('**a** `b` [c](/d/e/)', BASE))).toBe('a b c');
  });
});
