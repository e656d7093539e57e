/**
 * Benchmarks record their figures here; the bench reporter prints them as one table
 * (figure, value, budget, pass/fail). A figure over its budget fails its test too.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export const FIGURES_FILE = '.output/bench/figures.jsonl';

export interface Figure {
  figure: string;
  value: number;
  unit: string;
  /** The budget; `max` means the value must be at most the budget, `min` at least. */
  budget?: number;
  kind?: 'max' | 'min';
}

export function recordFigure(f: Figure): void {
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  appendFileSync(FIGURES_FILE, `${JSON.stringify(f)}\n`);
  if (f.budget !== undefined) {
    if ((f.kind ?? 'max') === 'max') expect(f.value, f.figure).toBeLessThanOrEqual(f.budget);
    else expect(f.value, f.figure).toBeGreaterThanOrEqual(f.budget);
  }
}

export interface Timing {
  median: number;
  p95: number;
  min: number;
  samples: number[];
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times, and returns the timings in ms. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  { iterations = 50, warmup = 5 }: { iterations?: number; warmup?: number } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? Number.NaN, samples };
}
