/** The drafts module's public face for the composer UI: lint, generate, limits and why-you facts. */
export {
  type DraftInputs,
  type GenerateResult,
  generateDrafts,
  missingInputs,
  SHORTENING_ORDER,
} from './generate';
export { channelLimit, characterCount, RECOMMENDED_MAX_WORDS, wordCount } from './limits';
export { type DraftContext, type LintReport, lintDraft, PENALTY, type RuleId } from './lint';
export { RULES, ruleInfo } from './rules/index';
export { listWhyYouFacts, typedWhyYouFact, type WhyYouFact } from './why-you';
