// Prints every figure the benchmarks recorded as one table: figure, value, budget, pass/fail.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Reporter } from 'vitest/node';
import { FIGURES_FILE, type Figure } from './figures';

export default class BenchTableReporter implements Reporter {
  onInit(): void {
    rmSync(FIGURES_FILE, { force: true });
  }

  onTestRunEnd(): void {
    if (!existsSync(FIGURES_FILE)) return;
    const rows = readFileSync(FIGURES_FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Figure);
    const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));
    const table = rows.map((r) => {
      const budget =
        r.budget === undefined
          ? '-'
          : `${(r.kind ?? 'max') === 'max' ? '≤' : '≥'} ${fmt(r.budget)} ${r.unit}`;
      const pass =
        r.budget === undefined
          ? 'info'
          : (r.kind ?? 'max') === 'max'
            ? r.value <= r.budget
            : r.value >= r.budget;
      return [r.figure, `${fmt(r.value)} ${r.unit}`, budget, pass === 'info' ? '-' : pass ? 'pass' : 'FAIL'];
    });
    const header = ['figure', 'value', 'budget', 'result'];
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]?.length ?? 0)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    process.stdout.write(
      `\n${[line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n')}\n`,
    );
  }
}
