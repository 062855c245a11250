import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, inlineHashes, sha256Source } from '../../src/libs/csp.mjs';

/** The CSP hash of a text, worked out independently of the module: SHA-256 of the UTF-8 bytes, base64. */
const expected = (text: string) => `sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`;

describe('CSP hashes of inline scripts and styles', () => {
  it('hashes the empty string as the well-known SHA-256 of nothing', () => {
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('hashes the exact text of an is:inline script or style, whitespace included, and nothing else', () => {
    const source = [
      '---\nconst a = 1;\n---',
      '<script is:inline>\n\twindow.x = 1;\n</script>',
      '<script>import "./bundled";</script>', // bundled and hashed by Astro itself
      '<script is:inline aria-hidden="true">(() => {})();</script>',
      '<style is:inline>p { color: red }</style>',
      '<style>p { color: blue }</style>',
    ].join('\n');
    const { scripts, styles } = inlineHashes([source]);
    expect(scripts).toEqual([expected('\n\twindow.x = 1;\n'), expected('(() => {})();')].sort());
    expect(styles).toEqual([expected('p { color: red }')]);
  });

  it('lists a script used in several files once', () => {
    const file = '<script is:inline>same()</script>';
    expect(inlineHashes([file, file]).scripts).toEqual([expected('same()')]);
  });

  it('refuses an is:inline script with define:vars, whose page text differs from its source', () => {
    expect(() => inlineHashes(['<script is:inline define:vars={{ a }}>use(a)</script>'])).toThrow(/define:vars/);
  });

  it('builds a policy from real component folders (Starlight has at least three inline scripts) and stops on a missing folder', () => {
    const policy = contentSecurityPolicy(['node_modules/@astrojs/starlight/']);
    expect(policy.directives).toContain("default-src 'self'");
    expect(policy.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.scriptDirective?.hashes?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(() => contentSecurityPolicy(['no/such/folder/'])).toThrow(/cannot find/);
  });
});
