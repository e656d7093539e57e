// The capture script runs inside the web page: it must never reach the prospect store.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SPECIFIER =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;

function resolveLocal(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return undefined;
}

/** Every module the file pulls in, and every bare package it names, following local imports. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    // Type-only imports vanish from the bundle.
    const source = readFileSync(file, 'utf8').replace(/import\s+type\s[^;]+;|export\s+type\s[^;]+;/g, '');
    for (const m of source.matchAll(SPECIFIER)) {
      const spec = (m[1] ?? m[2] ?? m[3]) as string;
      const local = resolveLocal(file, spec);
      if (local) queue.push(local);
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.add(spec);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}

describe('who touches the database', () => {
  it('the capture script imports nothing of the store, the backup or Dexie', () => {
    const { files, packages } = importGraph(join(ROOT, 'entrypoints/capture.ts'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('lib/db/') || f.startsWith('lib/backup/'))).toEqual([]);
    expect(packages.filter((p) => p === 'dexie' || p.startsWith('dexie/'))).toEqual([]);
  });

  it('the import scan does see the store where it is used (the check can fail)', () => {
    const { files, packages } = importGraph(join(ROOT, 'lib/backup/index.ts'));
    expect(files).toContain('lib/db/index.ts');
    expect(packages).toContain('dexie');
  });
});
