/**
 * The respect linter: scores a draft 0-100 for how respectful it is and how likely a busy stranger
 * is to say yes, and explains each finding with the words to highlight. Pure; fast enough to run on
 * every keystroke.
 */
import { DEFAULT_NOTE_LIMIT, hasWords } from './limits';
import { LintInput, type ResolvedContext } from './rule';
import { RULES } from './rules/index';
import { analyse } from './text';
import type { DraftKind, RULE_IDS, SEVERITIES } from './types';

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = (typeof SEVERITIES)[number];

export interface DraftContext {
  channel: 'connection-note' | 'message' | 'inmail' | 'email';
  /** Connection-note limit: 200 on free accounts (default), 300 on Premium. */
  noteLimit?: 200 | 300;
  prospect?: { fullName?: string; company?: string; headline?: string };
  me?: { company?: string };
  /**
   * Askwell's own addition: what the draft is for. Default 'request' (every rule applies); a
   * thank-you, for example, needs no ask, time box or easy out.
   */
  kind?: DraftKind;
}

export interface LintFinding {
  rule: RuleId;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

export interface LintReport {
  /** 0-100: higher = more respectful and more likely to get a yes. */
  score: number;
  findings: LintFinding[];
}

/**
 * What each rule that fires takes off 100, by severity (once per rule, however many places it
 * fires). One error alone drops a draft below 60; a good draft can carry two warnings, or one
 * warning and a few infos, and still score 75 or more.
 */
export const PENALTY: Readonly<Record<Severity, number>> = { error: 45, warning: 12, info: 4 };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function scoreFindings(findings: readonly Pick<LintFinding, 'rule' | 'severity'>[]): number {
  const fired = new Map<RuleId, Severity>();
  for (const f of findings) fired.set(f.rule, f.severity);
  let score = 100;
  for (const severity of fired.values()) score -= PENALTY[severity];
  return Math.max(0, Math.min(100, score));
}

export function lintDraft(text: string, context: DraftContext): LintReport {
  const resolved: ResolvedContext = {
    channel: context.channel,
    noteLimit: context.noteLimit === 300 ? 300 : DEFAULT_NOTE_LIMIT,
    kind: context.kind ?? 'request',
    prospect: context.prospect ?? {},
    me: context.me ?? {},
  };
  const input = new LintInput(analyse(text), resolved);
  const findings: LintFinding[] = [];
  for (const rule of RULES) {
    if (!rule.kinds.includes(resolved.kind)) continue;
    for (const hit of rule.check(input)) {
      const finding: LintFinding = {
        rule: rule.id,
        severity: rule.severity,
        message: `${hit.detail} ${rule.fix}`,
      };
      if (hit.start !== undefined && hit.end !== undefined) {
        finding.start = hit.start;
        finding.end = hit.end;
      }
      findings.push(finding);
    }
  }
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY),
  );
  // Nothing written yet: nothing anyone could say yes to.
  const score = hasWords(text) ? scoreFindings(findings) : 0;
  return { score, findings };
}
