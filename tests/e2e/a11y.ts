/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on a Playwright page of the built extension, in
 * the light or dark colour scheme, and returns the violations in a form a failing test can print.
 *
 * Why `page.evaluate` and not `page.addScriptTag`: extension pages run under the MV3 content security
 * policy (`script-src 'self'`), so addScriptTag's inline <script> is refused ("Executing inline script
 * violates the following Content Security Policy directive"). page.evaluate goes through the DevTools
 * protocol (Runtime.evaluate), which the page's CSP does not govern, and axe-core needs no eval of
 * its own, so evaluating axe.min.js defines `window.axe` in the page's main world.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
  }
}

/** The rule sets the project promises to pass (issues 6, 7 and 8). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] as const;

let axeSource: string | undefined;
function loadAxe(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface A11yOptions {
  /** Emulates `prefers-color-scheme` before checking; absent leaves the page's current scheme. */
  theme?: 'light' | 'dark';
  /** CSS selector of the part to check (default: the whole document). */
  include?: string;
  /** CSS selectors of parts to leave out. */
  exclude?: string[];
  /** Rule ids to switch off, each with a reason in the calling test. */
  disableRules?: string[];
}

export interface A11yViolation {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

export interface A11yReport {
  violations: A11yViolation[];
  /** Checks axe could not decide (e.g. contrast over an image): worth a look, not failures. */
  incomplete: A11yViolation[];
  /** How many rules found something to check and passed, to tell an empty page from a clean one. */
  passes: number;
}

function readable(results: Result[]): A11yViolation[] {
  return results.map((r) => ({
    rule: r.id,
    impact: r.impact,
    help: r.help,
    helpUrl: r.helpUrl,
    nodes: r.nodes.map((n: NodeResult) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | '),
      html: n.html.length > 200 ? `${n.html.slice(0, 200)}…` : n.html,
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
}

/** Switches the page to `theme` and waits until its styles have been recomputed. */
export async function emulateTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  const applied = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  if (applied !== (theme === 'dark'))
    throw new Error(`The page did not switch to the ${theme} colour scheme.`);
  // Two frames: the media change restyles the page before axe reads computed colours.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Injects axe-core once per document and runs the WCAG rules; returns violations and undecided checks. */
export async function runAxe(page: Page, options: A11yOptions = {}): Promise<A11yReport> {
  if (options.theme) await emulateTheme(page, options.theme);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // `;0` keeps the (boolean) value of axe's IIFE from being sent back.
    await page.evaluate(`${loadAxe()}\n;0`);
  }
  const rules = Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }]));
  const results = await page.evaluate(
    async ({ tags, include, exclude, rules }) => {
      const axe = window.axe;
      if (!axe) throw new Error('axe-core did not load in the page.');
      const context = { include: include ? [include] : [document], exclude: exclude.map((s) => [s]) };
      const r = await axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations', 'incomplete'],
      });
      // Only what the report needs crosses back (axe's full results hold DOM references).
      const slim = (list: typeof r.violations) =>
        list.map(({ id, impact, help, helpUrl, nodes }) => ({
          id,
          impact,
          help,
          helpUrl,
          nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
        }));
      return { violations: slim(r.violations), incomplete: slim(r.incomplete), passes: r.passes.length };
    },
    { tags: [...WCAG_TAGS], include: options.include, exclude: options.exclude ?? [], rules },
  );
  return {
    violations: readable(results.violations as unknown as Result[]),
    incomplete: readable(results.incomplete as unknown as Result[]),
    passes: results.passes,
  };
}

/** The WCAG violations on the page, in `theme` if given; an empty array means axe found none. */
export async function checkA11y(page: Page, options: A11yOptions = {}): Promise<A11yViolation[]> {
  return (await runAxe(page, options)).violations;
}

/** One line per rule and one per element, for failure messages and logs. */
export function formatViolations(violations: A11yViolation[]): string {
  if (violations.length === 0) return 'No accessibility violations.';
  return violations
    .map(
      (v) =>
        `${v.rule} (${v.impact ?? 'unknown'}): ${v.help} [${v.helpUrl}]\n${v.nodes
          .map((n) => `  - ${n.target}: ${n.summary}\n    ${n.html}`)
          .join('\n')}`,
    )
    .join('\n');
}
