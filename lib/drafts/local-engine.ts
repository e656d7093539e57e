/** The drafting engine run in the calling page itself (side panel, background, unit tests). */
import type { DraftEngine, ExplainedLintReport } from './engine';
import { generateDrafts } from './generate';
import { type DraftContext, lintDraft } from './lint';
import { ruleInfo } from './rules/index';

export function explainedLint(text: string, context: DraftContext): ExplainedLintReport {
  const report = lintDraft(text, context);
  return {
    score: report.score,
    findings: report.findings.map((f) => {
      const { title, why, fix } = ruleInfo(f.rule);
      return { ...f, title, why, fix };
    }),
  };
}

export const localDraftEngine: DraftEngine = {
  lint: async (text, context) => explainedLint(text, context),
  generate: async (inputs) => generateDrafts(inputs),
};
