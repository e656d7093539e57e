/**
 * Reads a built extension folder: which JavaScript files each entry can load (its HTML's scripts,
 * their static and dynamic imports, transitively) and their gzip sizes, as a user's browser
 * would download them from the package.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** Every file under `dir`, relative, with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The .js files a file refers to by path (imports, dynamic imports, Vite's preload map). */
function referencedScripts(outDir: string, file: string): string[] {
  const text = readFileSync(join(outDir, file), 'utf8');
  const found = new Set<string>();
  for (const m of text.matchAll(/["'`(]((?:\.{1,2}\/|\/)?[\w./-]+\.js)["'`)]/g)) {
    const ref = m[1] ?? '';
    const candidates = ref.startsWith('/')
      ? [ref.slice(1)]
      : ref.startsWith('.')
        ? [
            normalize(join(dirname(file), ref))
              .split('\\')
              .join('/'),
          ]
        : [
            ref,
            normalize(join(dirname(file), ref))
              .split('\\')
              .join('/'),
          ];
    for (const c of candidates) if (existsSync(join(outDir, c)) && c.endsWith('.js')) found.add(c);
  }
  found.delete(file);
  return [...found];
}

/** All scripts an entry (an HTML page or a script file) may load, itself included. */
export function entryScripts(outDir: string, entry: string): string[] {
  const seen = new Set<string>();
  const queue = entry.endsWith('.js') ? [entry] : referencedScripts(outDir, entry);
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...referencedScripts(outDir, file));
  }
  return [...seen].sort();
}

/** The gzip size of everything an entry may load, in bytes. */
export function entryGzipBytes(outDir: string, entry: string): { bytes: number; files: string[] } {
  const files = entryScripts(outDir, entry);
  return { bytes: files.reduce((sum, f) => sum + gzipBytes(join(outDir, f)), 0), files };
}

/** The size budgets of issue 8, in gzip bytes. */
export const BUDGETS = {
  'capture.js': 8 * 1024,
  'popup.html': 50 * 1024,
  'sidepanel.html': 60 * 1024,
  'background.js': 40 * 1024,
} as const;
