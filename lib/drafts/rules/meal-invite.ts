/** Flags coffee, lunch, breakfast, dinner or drinks invitations to a stranger, not coffee as a topic. */
import { ALL_KINDS, findPhrases, mergeSpans, quote, type Rule } from '../rule';
import { sentenceAt } from '../text';

const MEAL = String.raw`(?:coffees?|cup\s+of\s+(?:coffee|tea|joe)|tea|cuppa|lattes?|flat\s+whites?|cappuccinos?|espressos?|chai|fika|(?:glass|bottle)\s+of\s+(?:wine|red|white|bubbly)|wine|lunch(?:es)?|breakfast|brunch|dinner|drinks?|beers?|pints?|bite(?:\s+to\s+eat)?|meal|cocktails?|happy\s+hour|boba)`;
// After the meal word, these make it a subject ("coffee supply chains", "a coffee roasting business").
const TOPIC_AFTER = String.raw`(?!-and-learns?\b|[\s-]+(?:supply|chains?|roast\w*|industr\w*|business\w*|shops?|market\w*|farm\w*|beans?|trade|compan\w*|brands?|start-?ups?|tech|machines?|culture|sector|exports?|imports?|plantations?|growers?|cooperatives?|co-?ops?|certification|pric\w*|logistics|retail|carts?|subscriptions?|science|quality|programs?|programmes?|menus?|delivery|apps?|producers?|consumption|habits?|breaks?|tables?|box(?:es)?|kits?|recipes?|restaurants?|venues?|events?|talks?|sessions?|orders?|budgets?|services?|platform|data|rooms?|lines?|co|inc|ltd|corp|llc|roasters?|house|labs?|club|ceremon\w*|leaves|plants?|growing|production|processing|sourcing|research|sustainability|waste|pods?|capsules?|cups)\b)`;
const FILL = String.raw`(?:(?:a|an|some|quick|short|virtual|online|zoom|proper|casual|nice|cup\s+of|coffee\s+or|tea\s+or|lunch\s+or|\d+[\s-]?(?:minute|min)s?)[\s-]+){0,3}`;
const INVITE = String.raw`(?:grab(?:bing)?|meet(?:ing)?\s+(?:up\s+)?(?:you\s+)?(?:for|over)|join\s+(?:me|us)\s+for|buy(?:ing)?\s+you(?:\s+a)?|take\s+you\s+(?:out\s+)?(?:to|for)|treat\s+you\s+to|invite\s+you\s+(?:to|for|out\s+for)|shout\s+you|up\s+for|free\s+for|open\s+to|available\s+for|time\s+for|keen\s+on|fancy|down\s+for|chat\s+over|talk\s+over|how\s+about|what\s+about|pay(?:ing)?\s+for|cover(?:ing)?)`;
// Verbs that invite only in a request or a "we" sentence: "could we get lunch?", not "I read your
// post over coffee" or "I handle logistics for Drinks Direct".
const WEAK_INVITE = String.raw`(?:get(?:ting)?|have|having|go(?:ing)?\s+for|do|over|for)`;
const ABOUT_THEM =
  /^\W*(?:(?:hi|hello|hey|dear)\b[^,!?]*[,!]\s*)?(?:did|does|was|were|has|had|how|why|what|which|where|who|whether)\b/i;
const TOGETHER = /\b(?:we|us|let's|together|sometime|on\s+me)\b/i;

// Places one meets a stranger over food or drink: "meet at a café near your office".
const VENUE = String.raw`(?:caf[eé]s?|coffee\s*(?:shops?|houses?)|tea\s*rooms?|pubs?|bars?|restaurants?|bistros?|diners?|brewer(?:y|ies)|wine\s+bars?)`;
// Every pattern names a meal, a drink or a venue: skip them all on drafts without one (every keystroke).
// No 'u' flag: with 'i' it makes this gate, run on every keystroke, about twenty times slower.
const NO_LETTER_AFTER = String.raw`(?![a-z0-9\u00c0-\u024f])`;
const ANY_MEAL = new RegExp(String.raw`\b(?:${MEAL}\b|${VENUE}${NO_LETTER_AFTER})|\bmy\s+treat\b`, 'i');
const WEAK_PATTERN = new RegExp(String.raw`\b${WEAK_INVITE}\s+${FILL}${MEAL}\b${TOPIC_AFTER}`, 'gi');
const PATTERNS = [
  new RegExp(String.raw`\b${INVITE}\s+${FILL}${MEAL}\b${TOPIC_AFTER}`, 'gi'),
  new RegExp(
    String.raw`\b${MEAL}[\s-]+(?:chat|call|meeting|date|catch[\s-]?up|meet(?:[\s-]?up)?|sometime|together|on\s+me|is\s+on\s+me|soon|next\s+(?:week|time|month)|this\s+(?:week|month)|when\s+you(?:'re|\s+are))\b`,
    'gi',
  ),
  new RegExp(String.raw`\b${MEAL}'s\s+on\s+me\b`, 'gi'),
  // "Coffee?" or "Lunch next week?" alone proposes the meal; "My treat." pays for it.
  new RegExp(
    String.raw`(?<=^[^\S\n]*|[.!?][^\S\n]+)(?:(?:a|an|quick|virtual|some)\s+)?${MEAL}(?:\s+(?:next\s+week|this\s+week|sometime|soon|one\s+day))?\s*\?`,
    'gim',
  ),
  /\b(?:(?:it's|it\s+is|it'll\s+be|it\s+will\s+be|it\s+would\s+be|and)\s+)?my\s+treat\b/gi,
  new RegExp(
    String.raw`\b(?:meet|meeting|catch\s+up|see\s+you|join\s+me)\s+(?:up\s+)?(?:at|in)\s+(?:a|an|the|some|your\s+(?:favou?rite|local))\s+(?:[\w\u00c0-\u024f'-]+\s+){0,2}?${VENUE}${NO_LETTER_AFTER}`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:virtual|zoom|online|video|quick)[\s-]+(?:coffee|lunch|drinks?|tea|breakfast)\b${TOPIC_AFTER}`,
    'gi',
  ),
];

export const mealInvite: Rule = {
  id: 'meal-invite',
  severity: 'error',
  title: 'Meal or coffee invitation',
  why: 'Coffee, lunch or drinks with a stranger costs them an hour and travel; it reads as brain-picking, not as a small ask.',
  fix: 'Offer a time-boxed call or a short written reply instead.',
  kinds: ALL_KINDS,
  check(draft) {
    if (!ANY_MEAL.test(draft.doc.text)) return [];
    const weak = findPhrases(draft, [WEAK_PATTERN], {
      accept: (m) => {
        const sentence = sentenceAt(draft.doc, m.start);
        if (!sentence) return false;
        if (TOGETHER.test(sentence.text)) return true;
        // "Did you run the retro over lunch?" asks about their habits, not for a meal.
        if (ABOUT_THEM.test(sentence.text)) return false;
        return draft.asks.some((a) => a.sentence === sentence);
      },
    });
    return mergeSpans([...findPhrases(draft, PATTERNS), ...weak]).map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)} invites a stranger to a meal or a coffee.`,
    }));
  },
};
