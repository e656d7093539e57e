/** Flags asking for a job, a referral or an introduction, which a first message never does. */
import { ALL_KINDS, findPhrases, mergeSpans, quote, type Rule } from '../rule';

const JOB = String.raw`(?:jobs?|roles?(?!\s+models?)|positions?|openings?|vacanc(?:y|ies)|internships?|job\s+opportunit(?:y|ies)|employment|work)`;
const PATTERNS = [
  /\b(?:refer(?:ring)?|recommend(?:ing)?)\s+me\b/gi,
  /\breferrals?\b/gi,
  /\b(?:introduc(?:e|ing)|intro|connect(?:ing)?|put(?:ting)?)\s+me\s+(?:in\s+touch\s+)?(?:to|with)\b/gi,
  /\b(?:love|like|want|hoping|hope|keen|eager|chance|opportunity)\s+to\s+(?:join|work\s+(?:at|for|on|with|in))\s+(?:your|the)\s+(?:team|company|org|organi[sz]ation|startup|group|department)\b/gi,
  /\b(?:an?\s+)?(?:warm\s+|quick\s+)?intro(?:duction)?s?\s+to\s+(?:your|the|a|an|someone|anyone|somebody|people|their|his|her|one\s+of)\b/gi,
  /\b(?:are|is)\s+(?:you|your\s+(?:team|company|org|organi[sz]ation|group|department|startup))\s+(?:currently\s+|still\s+|by\s+any\s+chance\s+)?hiring\b/gi,
  /\bif\s+(?:you|your\s+[\w-]+)\s+(?:are|is|were|ever|happen\s+to\s+be)\s+(?:\w+\s+)?hiring\b/gi,
  /\bhir(?:e|ing)\s+me\b/gi,
  /\b(?:consider|considering)\s+me\s+for\b/gi,
  /\bkeep\s+me\s+in\s+mind\s+for\b/gi,
  /\bput\s+in\s+a\s+(?:good\s+)?word\b/gi,
  /\b(?:pass|passing|forward|forwarding|send|sending)\s+(?:on\s+|along\s+)?my\s+(?:cv|c\.v\.|resume|résumé|application)\s+(?:to|on|along)\b/gi,

  /\b(?:any|open|available|upcoming)\s+(?:[\w-]+\s+)?(?:jobs|roles|positions|openings|vacancies|internships|job\s+opportunities)\b/gi,
  /\b(?:looking|searching|hunting|ready)\s+for\s+(?:my|a|the|our)\s+next\s+(?:challenge|opportunity|role|job|position|adventure|gig|move)\b/gi,
  /\bjob\s+(?:openings?|opportunit(?:y|ies)|offers?|leads?)\b/gi,
  new RegExp(
    String.raw`\bhelp\s+me\s+(?:get|land|find|secure)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:${JOB}|interview)\b`,
    'gi',
  ),
  /\b(?:get|land|secure)\s+(?:me\s+)?an\s+interview\b/gi,
];

// "I'm (an engineer) looking for a new role", said of oneself: not "before applying for roles".
const JOB_HUNT = new RegExp(
  String.raw`\b(?:looking|searching|hunting|applying|asking|hoping|interested|angling)\s+(?:for|to\s+(?:find|get|land|secure))\s+(?:a|an|any|the|new|your|some)?\s*(?:[\w-]+\s+){0,2}?${JOB}\b`,
  'gi',
);
const SELF_BEFORE =
  /\b(?:i'm|i\s+am|i've\s+been|i\s+have\s+been|currently|we're|we\s+are)\s+(?:[\w'-]+\s+){0,3}$/i;

export const jobAsk: Rule = {
  id: 'job-ask',
  severity: 'error',
  title: 'Job, referral or introduction ask',
  why: 'A first message that asks for a job, a referral or an introduction turns a request for advice into a transaction.',
  fix: 'Ask about their experience instead; leave jobs and introductions to them to offer later.',
  kinds: ALL_KINDS,
  check(draft) {
    const text = draft.doc.text;
    const hunting = findPhrases(draft, [JOB_HUNT], {
      accept: (m) => SELF_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)),
    });
    return mergeSpans([...findPhrases(draft, PATTERNS), ...hunting]).map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)} asks for a job, a referral or an introduction.`,
    }));
  },
};
