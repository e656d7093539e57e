// Source-level gates over everything that ships (lib/, components/, entrypoints/): page data can
// never reach an HTML sink, and logs never carry personal data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listFiles } from './bundle';
import { CHROME_PERMISSIONS, PERMISSION_USES } from './permissions';

const SHIPPED = ['lib', 'components', 'entrypoints'].flatMap((dir) =>
  listFiles(dir)
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => `${dir}/${f}`),
);
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('shipped source code', () => {
  it('is there to check', () => {
    expect(SHIPPED.length).toBeGreaterThan(20);
  });

  it('uses no HTML sinks (innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML)', () => {
    const sink = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|document\.write/;
    expect(SHIPPED.filter((f) => sink.test(code(f)))).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    expect(SHIPPED.filter((f) => /\beval\(|new Function\b/.test(code(f)))).toEqual([]);
  });

  it('logs only fixed messages: no variable that could hold a name, URL or message text', () => {
    const calls = SHIPPED.flatMap((f) =>
      [...code(f).matchAll(/console\.\w+\(([\s\S]*?)\);/g)].map((m) => ({ file: f, args: m[1] ?? '' })),
    );
    // A fixed string, or a template whose only placeholder is a fixed operation name (`what`).
    const fixed = /^\s*(['"][^'"]*['"]|`[^`$]*(\$\{what\}[^`$]*)?`)\s*$/;
    expect(calls.filter((c) => !fixed.test(c.args))).toEqual([]);
  });
});

describe('permissions', () => {
  it.each(Object.entries(PERMISSION_USES))('the code uses %s', (_permission, use) => {
    expect(SHIPPED.filter((f) => use.test(code(f)))).not.toEqual([]);
  });

  it('names a use for every permission in the allowlist, and nothing else', () => {
    expect(Object.keys(PERMISSION_USES).sort()).toEqual([...CHROME_PERMISSIONS].sort());
  });
});
