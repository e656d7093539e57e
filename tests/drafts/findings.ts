// What the linter says about one rule in a text: its findings, and the words each one highlights.
import { type DraftContext, lintDraft, type RuleId } from '@/lib/drafts/lint';

export const message: DraftContext = { channel: 'message' };

export function findingsOf(rule: RuleId, text: string, context: DraftContext = message) {
  return lintDraft(text, context).findings.filter((f) => f.rule === rule);
}

export function highlighted(rule: RuleId, text: string, context: DraftContext = message): string[] {
  return findingsOf(rule, text, context)
    .filter((f) => f.start !== undefined)
    .map((f) => text.slice(f.start, f.end));
}
