// The pages' composer asks the background to lint and draft: no code the popup or the side panel can
// ever load may reach the linter, its rules or the generator (27.6 KB gzip), and nothing the popup
// can load may reach Dexie (31 KB): the popup's budget (50 KB in all) has room for neither.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reachableFrom } from './bundle';

const ENGINE = /^lib\/drafts\/(lint|generate|rule|patterns|local-engine|index)\.ts$|^lib\/drafts\/rules\//;

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = new URL(spec, `file:///${from}`).pathname.slice(1);
  else return undefined; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return undefined;
}

/** The files `file` loads at run time: value imports, re-exports and dynamic imports, not `import type`. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/gm)) {
    if (m[2]) continue;
    const names = /\{([\s\S]*)\}/.exec(m[3] ?? '')?.[1];
    const onlyTypes =
      names !== undefined &&
      !/^[\s\S]*?\w+\s*,?\s*\{/.test(m[3] ?? '') &&
      names
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '));
    if (!onlyTypes) specs.push(m[4] ?? '');
  }
  for (const m of text.matchAll(/^import\s+'([^']+)'/gm)) specs.push(m[1] ?? '');
  for (const m of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) specs.push(m[1] ?? '');
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== undefined);
}

const reachable = (entry: string): string[] => reachableFrom(entry, runtimeImports);

/** The files among `files` that load Dexie: the package itself, or the Dexie store (lib/db/index.ts). */
const dexieUsers = (files: string[]) =>
  files.filter(
    (f) =>
      f === 'lib/db/index.ts' ||
      /^(import|export)\s(?!type\s)[^;]*?from\s+'dexie'/m.test(readFileSync(f, 'utf8')),
  );

describe('what the pages can load', () => {
  it('the popup: nothing of the drafting engine (linter, rules, generator) and no Dexie', () => {
    const files = reachable('entrypoints/popup/main.tsx');
    expect(files).toContain('components/composer/Composer.tsx');
    expect(files).toContain('lib/drafts/background-engine.ts');
    expect(files).toContain('lib/db/light.ts');
    expect(files.filter((f) => ENGINE.test(f))).toEqual([]);
    expect(dexieUsers(files)).toEqual([]);
  });

  it('the side panel: not the linter or the generator (it asks the background too)', () => {
    const files = reachable('entrypoints/sidepanel/main.tsx');
    expect(files).toContain('components/sidepanel/SharedComposer.tsx');
    // Its same-company warning uses that one rule, not the linter.
    expect(files.filter((f) => /^lib\/drafts\/(lint|generate|local-engine)\.ts$/.test(f))).toEqual([]);
  });

  it('would be caught importing the engine or Dexie (the check reads imports as the bundler does)', () => {
    expect(reachable('lib/drafts/local-engine.ts')).toContain('lib/drafts/lint.ts');
    expect(reachable('entrypoints/background.ts')).toContain('lib/drafts/generate.ts');
    expect(dexieUsers(reachable('entrypoints/sidepanel/main.tsx'))).toContain('lib/db/index.ts');
    expect(dexieUsers(reachable('lib/conversation.ts')).length).toBeGreaterThan(0);
  });
});
