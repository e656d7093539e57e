/** The registry of every lint rule, in the order the principles list them; the linter runs these. */
import type { RuleId } from '../lint';
import type { Rule } from '../rule';
import { beMyMentor } from './be-my-mentor';
import { flattery } from './flattery';
import { jobAsk } from './job-ask';
import { mealInvite } from './meal-invite';
import { multipleAsks } from './multiple-asks';
import { noEasyOut } from './no-easy-out';
import { noSpecificAsk } from './no-specific-ask';
import { noTimeBox } from './no-time-box';
import { noWhyYou } from './no-why-you';
import { overApology } from './over-apology';
import { overLimit } from './over-limit';
import { pickYourBrain } from './pick-your-brain';
import { placeholderLeft } from './placeholder-left';
import { sameCompany } from './same-company';
import { selfFocus } from './self-focus';
import { tooLong } from './too-long';
import { unaskedAttachment } from './unasked-attachment';

export const RULES: readonly Rule[] = [
  pickYourBrain,
  mealInvite,
  beMyMentor,
  jobAsk,
  noSpecificAsk,
  noTimeBox,
  noWhyYou,
  noEasyOut,
  multipleAsks,
  overLimit,
  tooLong,
  placeholderLeft,
  sameCompany,
  flattery,
  selfFocus,
  overApology,
  unaskedAttachment,
];

const BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

/** The rule behind a finding: its title, why it matters and the suggested fix, for the composer. */
export function ruleInfo(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`Unknown lint rule: ${id}`);
  return rule;
}
