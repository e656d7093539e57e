/** Flags asking for a job, a referral or an introduction, which a first message never does. */
import { ALL_KINDS, findPhrases, mergeSpans, quote, type Rule } from '../rule';

const JOB = String.raw`(?:jobs?|roles?(?!\s+models?)|positions?|openings?|vacanc(?:y|ies)|internships?|job\s+opportunit(?:y|ies)|employment|work)`;
const PATTERNS = [
  // Not "could you recommend me a book": that asks for a recommendation, not for one of me.
  /\brefer(?:ring)?\s+me\b|\brecommend(?:ing)?\s+me\b(?!\s+(?:a|an|some|any|one|two|three|your|books?|resources?|reading)\b)/gi,
  // A referral for me; not "our referral programme", "the referral bonus", "their referrals".
  /\breferral\b(?<!\b(?:our|their|his|her|its|employee|customer|client|patient|partner)\s+referral)(?<!\b(?:in|of|about|on)\s+(?:a\s+|the\s+)?referral)(?![\s-]+(?:program(?:me)?s?|interviews?|candidates?|requests?|etiquette|culture|volumes?|schemes?|bonus(?:es)?|systems?|process(?:es)?|pipelines?|networks?|rates?|fees?|links?|codes?|traffic|partners?|marketing|loops?|campaigns?|polic(?:y|ies)|hires|hiring|sources?|data|platforms?|tools?|free|based|driven)\b)/gi,
  /\b(?:any|some|give|giving|offer|offering|provide|providing|make|making|do|welcome|appreciate)\s+(?:\w+\s+)?referrals\b/gi,
  /\b(?:introduc(?:e|ing)|intro|connect(?:ing)?|put(?:ting)?)\s+me\s+(?:in\s+touch\s+)?(?:to|with)\b/gi,
  /\b(?:love|like|want|hoping|hope|keen|eager|chance|opportunity)\s+to\s+(?:join|be\s+(?:a\s+)?part\s+of|work\s+(?:at|for|on|with|in))\s+(?:your|the)\s+(?:team|company|org|organi[sz]ation|startup|group|department)\b/gi,
  // Not "the intro to your onboarding docs" or "your introduction to type theory": a section or a text.
  // (The look-behind follows "intro" so that it runs only there: this rule runs on every keystroke.)
  /\b(?:an?\s+(?:(?:warm|quick)\s+)?|(?:warm|quick)\s+)?intro(?:duction)?s?(?<!\b(?:the|your|his|her|their|its|this|that)\s+(?:(?:warm|quick)\s+)?intro(?:duction)?s?)\s+to\s+(?:your|the|a|an|someone|anyone|somebody|people|their|his|her|one\s+of)\b/gi,
  /\b(?:are|is)\s+(?:you|your\s+(?:team|company|org|organi[sz]ation|group|department|startup))\s+(?:currently\s+|still\s+|by\s+any\s+chance\s+)?hiring\b/gi,
  // "Any chance you're hiring?"; not "I'm not sure if you're hiring, but ..." alone.
  /\b(?:if|whether|chance|case)(?<!\bnot\s+sure\s+(?:if|whether|chance))\s+(?:you|your\s+[\w-]+)(?:\s+(?:are|is|were|ever|happen\s+to\s+be)|'re|'s)\s+(?:\w+\s+)?hiring\b/gi,
  /\bknow\s+(?:of\s+)?(?:anyone|anybody|someone|somebody|any\s+(?:teams?|companies|startups))\s+(?:who|that)(?:'s|\s+is|\s+are|\s+might\s+be)\s+hiring\b/gi,
  // Set phrases, one scan for all of them (this rule runs on every keystroke).
  /\b(?:hir(?:e|ing)\s+me|(?:consider|considering)\s+me\s+for|keep\s+me\s+in\s+mind\s+for|put\s+in\s+a\s+(?:good\s+)?word|vouch\s+for\s+me|(?:get|getting)\s+my\s+foot\s+in\s+the\s+door|(?:be|being|get|getting)\s+considered\s+for)\b/gi,
  // Their passing my CV on, not my sending it to them ("I'm sending my CV along": an attachment).
  /\b(?:pass|passing|forward|forwarding|send|sending|put|putting|flag|flagging|mention|mentioning|share|sharing)(?<!\b(?:i|i'm|i\s+am|i'll|i\s+will|i've|i\s+have|am|and)\s+(?:also\s+|just\s+)?\w+)\s+(?:on\s+|along\s+|forward\s+)?my\s+(?:cv|c\.v\.|resume|résumé|application|name|profile|details|portfolio|contact\s+details)\s+(?:to|on|along|forward|for|with\s+(?:your\s+|the\s+)?(?:recruit\w*|hr|talent|hiring|people\s+team))\b/gi,
  // Singular after "any", as in "if there is any opening for a fresher"; "any scope for me".
  /\bany\s+(?:[\w-]+\s+)?(?:opening|vacancy|internship)\b(?!\s+(?:remarks?|keynote|talk|session|act|line|statement|move|slide|chapter)\b)|\b(?:any\s+)?scope\s+for\s+(?:me|someone\s+like\s+me|a\s+fresher)\b/gi,

  // Not the writer's own openings: "two open roles to fill", "filling open positions".
  /\b(?:any|open|available|upcoming)(?<!\b(?:my|our|\d+|two|three|four|five|six|several|few|many|fill|filling|to\s+fill|hiring\s+for)\s+\w+)\s+(?:[\w-]+\s+)?(?:jobs|roles|positions|openings|vacancies|internships|job\s+opportunities)\b/gi,
  /\b(?:looking|searching|hunting|ready)\s+for\s+(?:my|a|the|our)\s+next\s+(?:challenge|opportunity|role|job|position|adventure|gig|move)\b/gi,
  // Not an offer the writer already has: "I just got a job offer", "weighing two job offers".
  /\bjob\s+(?:openings?|opportunit(?:y|ies)|leads?)\b|(?<!\b(?:got|get|getting|received|accepted|have|had|declined|turned\s+down|negotiating|considering|weighing|comparing|between)\s+(?:(?:a|an|the|my|two|three|this|that|these)\s+)?(?:[\w-]+\s+)?)\bjob\s+offers?\b/gi,
  new RegExp(
    String.raw`\bhelp\s+me\s+(?:get|land|find|secure)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:${JOB}|interview)\b`,
    'gi',
  ),
  /\b(?:get|land|secure)\s+(?:me\s+)?an\s+interview\b/gi,
  // Newer set phrases as one alternation (one scan on every keystroke): "If a role opens up on
  // your team, ...", "put me forward", "be a reference for me", "help me get hired", "a place for
  // me on your team", "are you looking for anyone?", "I'd love to work for you", "any chance of a
  // job?". "Is Lumen hiring?" (a capitalised name) follows on its own, case-sensitive.
  new RegExp(
    [
      String.raw`\bif\s+(?:a|an|any|the\s+right)\s+(?:[\w-]+\s+)?(?:${JOB}|spot|seat)\s+(?:ever\s+)?(?:opens?|comes?\s+up|becomes?\s+(?:available|free)|frees?\s+up)\b`,
      String.raw`\b(?:put|putting|nominate|nominating)\s+me\s+forward\b`,
      String.raw`\b(?:be|act\s+as|serve\s+as|provide|give\s+me)\s+(?:a|my|as\s+a)\s+(?:[\w-]+\s+)?(?:reference|referee)\b(?!\s+(?:implementation|architecture|design|guide|manual|docs?|documentation|point|class|model|data|customer))`,
      String.raw`\b(?:help\s+me|get\s+me)\s+(?:get\s+)?hired\b`,
      String.raw`\b(?:place|spot|seat|role|position|opening)\s+for\s+(?:me|someone\s+like\s+me)\s+(?:on|in|at)\s+(?:your|the)\b`,
      String.raw`\b(?:are|is)\s+(?:you|your\s+(?:team|company|org|group|department|startup))\s+(?:currently\s+|still\s+)?looking\s+(?:for|to\s+(?:hire|add|fill))\s+(?:anyone|someone|anybody|somebody|people|more\s+people|candidates|new\s+\w+|(?:a|an|more)\s+[\w-]+\s+(?:engineers?|designers?|developers?|analysts?|hires?))\b`,
      String.raw`\b(?:love|like|want|hoping|hope|keen|eager|dream)\s+to\s+work\s+(?:for|under)\s+you\b`,
      String.raw`\b(?:chance|possibility|shot)\s+(?:of|at|for)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?(?:${JOB}|interview|opening)\b`,
    ].join('|'),
    'gi',
  ),
  /\b(?:[Ii]s|[Aa]re)\s+(?:[A-Z][\w&.'-]*\s+){1,3}(?:currently\s+|still\s+)?hiring\b/g,
];

// "I'm (an engineer) looking for a new role", said of oneself: not "before applying for roles".
const JOB_HUNT = new RegExp(
  String.raw`\b(?:looking|searching|hunting|applying|asking|hoping|interested|angling)\s+(?:for|to\s+(?:find|get|land|secure))\s+(?:a|an|any|the|new|your|some)?\s*(?:[\w-]+\s+){0,2}?${JOB}\b`,
  'gi',
);
// "I'm open to new opportunities", "I'm exploring new roles", "currently job hunting".
const SELF_AVAILABLE = new RegExp(
  String.raw`\b(?:(?:open|available)\s+(?:to|for)|exploring|on\s+the\s+lookout\s+for|in\s+the\s+market\s+for)\s+(?:new\s+|my\s+next\s+|other\s+)?(?:opportunit(?:y|ies)|${JOB}|offers?)\b|\bjob[\s-]?(?:hunting|searching|seeking)\b|#?\bopen\s*to\s*work\b`,
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
    const hunting = findPhrases(draft, [JOB_HUNT, SELF_AVAILABLE], {
      accept: (m) => SELF_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)),
    });
    return mergeSpans([...findPhrases(draft, PATTERNS), ...hunting]).map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)} asks for a job, a referral or an introduction.`,
    }));
  },
};
