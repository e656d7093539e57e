/** Flags asking a near-stranger to "be my mentor": mentoring grows from small asks, it is not requested. */
import { ALL_KINDS, findPhrases, quote, type Rule } from '../rule';
import { sentenceAt } from '../text';

const PATTERNS = [
  // Not "thank you for being my mentor".
  /(?<!\bfor\s)\b(?:be|being|become|becoming|act\s+as|serve\s+as)\s+my\s+(?:[\w-]+\s+)?mentor\b/gi,
  /(?<!\bfor\s)\b(?:be|being|become|becoming|act\s+as|serve\s+as)\s+(?:a|an)\s+(?:[\w-]+\s+)?mentor\s+(?:to|for)\s+me\b/gi,
  /(?<!\bfor\s)\bmentor(?:ing)?\s+me\b/gi,
  // Not "could you share what made your mentorship pairings work": their programme is a subject.
  // Not "could you share how you mentor new leads": a question word makes their mentoring the subject.
  /\b(?:would|will|could|can|might)\s+you\s+(?:(?!(?:how|why|what|when|where|which|who|whether|that|recommend|suggest|advise|find|choose|pick|structure|organi[sz]e|design|measure|compare|rate|run|set|say|describe|approach|handle)\b)[\w']+\s+){0,6}?(?<!\b(?:your|their|our|his|her|the)\s+)(?:mentor|mentorship|mentoring)\b(?!\s+(?:others|people|teams?|engineers|designers|them|someone(?!\s+like\s+me)|juniors|students|at|in|on|for\s+(?:others|people)|program(?:me)?s?|pairings?|schemes?|platforms?|circles?|initiatives?|models?|styles?|approach(?:es)?|culture|frameworks?|matching|sessions?|networks?|templates?|guides?)\b)/gi,
  /\b(?:ask(?:ing)?|request(?:ing)?|hoping\s+for|seeking)\s+(?:you\s+)?(?:for\s+)?(?:your\s+)?mentorship\b/gi,
  /\b(?:take|taking)\s+me\s+(?:on\s+)?as\s+(?:a|your)\s+mentee\b/gi,
  /\b(?:take|taking)\s+me\s+under\s+your\s+wing\b/gi,
  // Telling a stranger "I'm looking for a mentor ... you'd be perfect" asks the same thing.
  /\b(?:(?:looking|searching|hoping)\s+(?:for|to\s+find)|seeking|in\s+search\s+of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?mentor\b/gi,
  // "I would be so grateful for your mentorship", "I'd love your mentorship": a request, in the
  // conditional (not "I appreciated your mentorship", said to a mentor afterwards).
  /\b(?:i'd|i\s+would|would)\s+(?:be\s+)?(?:(?:so|really|truly|very|most|deeply|incredibly)\s+)?(?:love|appreciate|value|welcome|grateful\s+for|thankful\s+for|honou?red\s+(?:by|to\s+have)|benefit\s+(?:so\s+much\s+)?from)\s+(?:your|some|any|a\s+bit\s+of)\s+(?:[\w-]+\s+)?(?:mentorship|mentoring)\b/gi,
  /\byou(?:'d|\s+would)\s+(?:make|be)\s+(?:a|an|the|my)\s+(?:[\w-]+\s+){0,2}?mentor\b/gi,
  // "It would be an honour to have you as my mentor", "count you as one of my mentors".
  /\b(?:have|count|learn\s+from|get)\s+you\s+as\s+(?:my|a|an|one\s+of\s+my)\s+(?:[\w-]+\s+)?mentors?\b/gi,
  /\bmentor(?:ing)?\s+(?:someone|somebody)\s+like\s+me\b/gi,
  // "I need a mentor" said to a stranger is the same request.
  /\bi\s+(?:really\s+|badly\s+|just\s+)?(?:need|want)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?mentor\b/gi,
  // Offering oneself as a mentee: "are you taking on mentees?", "room for a new mentee?"
  /\b(?:take|taking|accept|accepting|room\s+for|space\s+for|open\s+to|capacity\s+for)\s+(?:on\s+)?(?:a|an|any|another|new|more|one\s+more)?\s*(?:new\s+)?mentees?\b/gi,
  // A standing arrangement is mentorship by another name: "set up a monthly mentoring session".
  /\b(?:set\s+up|start|begin|arrange|schedule|have|do)\s+(?:a\s+|some\s+)?(?:regular|monthly|weekly|fortnightly|bi-?weekly|ongoing|recurring|long[\s-]term|formal)\s+(?:mentor(?:ing|ship)?)\b/gi,
];
// "How do you decide when to take on a mentee?" asks about their mentoring, not for it.
const QUESTION_WORD = /\b(?:how|why|when|whether|what|which|who)\b/i;

export const beMyMentor: Rule = {
  id: 'be-my-mentor',
  severity: 'error',
  title: '“Be my mentor”',
  why: 'Asking a near-stranger to be your mentor asks for a long commitment up front; specific small questions get answered, this rarely does.',
  fix: 'Ask for one small, concrete first step; a mentoring relationship can grow from there.',
  kinds: ALL_KINDS,
  check(draft) {
    if (!/mentor|mentee|wing/i.test(draft.doc.text)) return [];
    const text = draft.doc.text;
    const accept = (m: { start: number; end: number }) => {
      const before = text.slice(Math.max(0, m.start - 60), m.start);
      // "How would you find a mentor for ...?": a question about finding one, not a request.
      if (/\b(?:how|why|when|where|what|which|who)\s+$/i.test(before)) return false;
      // "Should I ask my manager to be my mentor?": someone else is asked, not the reader.
      if (
        /\b(?:ask|asking|asked|want|wanted|get|getting|invite|inviting|persuade|convince)\s+(?!you\b)(?:[\w'-]+\s+){1,3}to\s+$/i.test(
          before,
        )
      )
        return false;
      if (!/mentee/i.test(text.slice(m.start, m.end))) return true;
      const sentence = sentenceAt(draft.doc, m.start);
      return !QUESTION_WORD.test(text.slice(sentence?.start ?? 0, m.start));
    };
    return findPhrases(draft, PATTERNS, { accept }).map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)} asks for mentorship outright.`,
    }));
  },
};
