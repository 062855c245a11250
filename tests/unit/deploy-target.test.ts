import { describe, expect, it } from 'vitest';

import { withBase } from '~/libs/base-links.mjs';
import { deployTarget, normaliseBase, normaliseSite } from '~/libs/deploy-target.mjs';

describe('normaliseBase', () => {
  it.each([
    { raw: undefined, expected: '/' },
    { raw: '', expected: '/' },
    { raw: '/', expected: '/' },
    { raw: '  /  ', expected: '/' },
    { raw: 'repo', expected: '/repo/' },
    { raw: '/repo', expected: '/repo/' },
    { raw: '/repo/', expected: '/repo/' },
    { raw: '/org/repo', expected: '/org/repo/' },
  ])('$raw -> $expected', ({ raw, expected }) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it.each(['//evil.example/', '/a/../b/', '/a?x=1', '/a#b', '/a b/', '\\repo'])('rejects %j', (raw) => {
    expect(() => normaliseBase(raw)).toThrow(/BASE_PATH/);
  });
});

describe('normaliseSite', () => {
  it.each([
    { raw: undefined, expected: 'http://localhost:4321' },
    { raw: 'https://octocat.github.io', expected: 'https://octocat.github.io' },
    { raw: 'https://octocat.github.io/repo/', expected: 'https://octocat.github.io' },
  ])('$raw -> $expected', ({ raw, expected }) => {
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
    { href: '/streaming/kinesis-data-streams/', base: '/', expected: '/streaming/kinesis-data-streams/' },
    { href: '/streaming/kinesis-data-streams/', base: '/repo/', expected: '/repo/streaming/kinesis-data-streams/' },
    { href: '/', base: '/repo/', expected: '/repo/' },
    { href: '/storage/amazon-s3/#storage-classes', base: '/repo/', expected: '/repo/storage/amazon-s3/#storage-classes' },
    { href: '/repo/already/', base: '/repo/', expected: '/repo/already/' },
    { href: '/repo', base: '/repo/', expected: '/repo' },
    { href: '/repository/', base: '/repo/', expected: '/repo/repository/' },
    { href: 'https://docs.aws.amazon.com/s3/', base: '/repo/', expected: 'https://docs.aws.amazon.com/s3/' },
    { href: '//cdn.example/x.js', base: '/repo/', expected: '//cdn.example/x.js' },
    { href: '#anchor', base: '/repo/', expected: '#anchor' },
    { href: 'relative/', base: '/repo/', expected: 'relative/' },
  ])('$href under $base -> $expected', ({ href, base, expected }) => {
    expect(withBase(href, base)).toBe(expected);
  });
});
