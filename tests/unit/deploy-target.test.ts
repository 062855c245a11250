import { describe, expect, it } from 'vitest';

import { withBase } from '~/libs/base-links.mjs';
import { deployTarget, normaliseBase, normaliseSite } from '~/libs/deploy-target.mjs';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['  /  ', '/'],
    ['repo', '/repo/'],
    ['/repo', '/repo/'],
    ['/repo/', '/repo/'],
    ['/org/repo', '/org/repo/'],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it.each(['//evil.example/', '/a/../b/', '/a?x=1', '/a#b', '/a b/', '\\repo'])('rejects %j', (raw) => {
    expect(() => normaliseBase(raw)).toThrow(/BASE_PATH/);
  });
});

describe('normaliseSite', () => {
  it.each([
    [undefined, 'http://localhost:4321'],
    ['https://octocat.github.io', 'https://octocat.github.io'],
    ['https://octocat.github.io/repo/', 'https://octocat.github.io'],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseSite(raw)).toBe(expected);
  });

  it.each(['not a url', 'ftp://example.com', 'javascript:alert(1)'])('rejects %j', (raw) => {
    expect(() => normaliseSite(raw)).toThrow(/SITE_URL/);
  });
});

describe('deployTarget', () => {
  it('reads SITE_URL and BASE_PATH from the environment', () => {
    expect(deployTarget({ SITE_URL: 'https://me.github.io', BASE_PATH: 'study' })).toEqual({
      site: 'https://me.github.io',
      base: '/study/',
    });
  });
});

describe('withBase', () => {
  it.each([
    // [href, base, expected]
    ['/streaming/kinesis-data-streams/', '/', '/streaming/kinesis-data-streams/'],
    ['/streaming/kinesis-data-streams/', '/repo/', '/repo/streaming/kinesis-data-streams/'],
    ['/', '/repo/', '/repo/'],
    ['/storage/amazon-s3/#storage-classes', '/repo/', '/repo/storage/amazon-s3/#storage-classes'],
    ['/repo/already/', '/repo/', '/repo/already/'],
    ['/repo', '/repo/', '/repo'],
    ['/repository/', '/repo/', '/repo/repository/'],
    ['https://docs.aws.amazon.com/s3/', '/repo/', 'https://docs.aws.amazon.com/s3/'],
    ['//cdn.example/x.js', '/repo/', '//cdn.example/x.js'],
    ['#anchor', '/repo/', '#anchor'],
    ['relative/', '/repo/', 'relative/'],
  ])('%s under %s -> %s', (href, base, expected) => {
    expect(withBase(href, base)).toBe(expected);
  });
});
