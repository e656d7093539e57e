/** Flags heavy superlatives ("legend", "genius", "huge fan", several "amazing"s): praise that reads as a pitch. */
import { ALL_KINDS, findPhrases, quote, type Rule } from '../rule';

// Praise nouns for a person. Said of the reader they flatter ("you're a legend"); as a subject
// they do not ("your post on ending hero culture", "how did you get your heroes to hand over?").
const PERSON = String.raw`(?:genius|legend|rock\s?star|guru|ninja|idol|hero|visionary|superstar|thought\s+leader)`;
const PEOPLE = String.raw`(?:geniuses|legends|rock\s?stars|gurus|ninjas|idols|heroes|visionaries|superstars|thought\s+leaders)`;
// Said of a thing these are mild ("the legendary 2019 outage", "world-class SRE on a budget");
// said of the reader or their work they are heavy ("your legendary talk", "you're world-class").
const GRAND = String.raw`(?:legendary|iconic|world[\s-]class)`;
const HEAVY = [
  new RegExp(
    String.raw`\b(?:your|you(?:'re|\s+are|\s+were)(?:\s+(?:a|an|truly|simply|just|absolutely))?)\s+(?:[\w-]+\s+)?${GRAND}\b`,
    'gi',
  ),
  // Nouns that make the reader larger than life: "you're a titan of the industry", "an icon".
  /\b(?:you(?:'re|\s+are|\s+were)|such\s+an?|an\s+absolute|a\s+true|a\s+real|truly\s+an?)\s+(?:(?:a|an|the|such\s+an?|truly\s+an?|one\s+of\s+the|true|real|absolute)\s+)?(?:[\w-]+\s+)?(?:icons?|titans?|unicorns?|giants?|gods?|wizards?|gems?|treasures?|force\s+of\s+nature)\b/gi,
  /\b(?:living\s+legend|(?:biggest|huge|massive|number\s+one|#1)\s+fans?|in\s+awe|changed\s+my\s+life|life-?changing|best\s+in\s+the\s+(?:world|industry|business|field)|of\s+all\s+time|top\s+(?:experts?|minds?)|idoli[sz]e)\b/gi,
  // Not a chart's legend ("placing the legend inside the chart").
  new RegExp(
    String.raw`\b${PERSON}\b(?<!\b(?:the|chart|map|plot|graph|figure|axis|colou?r)\s+legend)(?![\s-]+(?:culture|complex|syndrome|mode|mentality|worship|image|banner|section|shot|myth|narrative|problem|trap|placement|position|entries|labels|items|keys|box|title|text)\b)`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:one\s+of\s+the|you(?:'re|\s+are)|you\s+(?:guys|all|both)\s+are)\s+(?:[\w-]+\s+){0,2}?${PEOPLE}\b`,
    'gi',
  ),
  // "The best PM I have ever come across": the strongest superlative there is, one is enough.
  /\bthe\s+(?:best|greatest|smartest|finest|most\s+\w+)\s+(?:[\w-]+\s+){0,2}?(?:i've|i\s+have|i)\s+(?:ever\s+)?(?:seen|met|worked\s+with|known|heard|come\s+across|followed|read)\b/gi,
  // Greatest of all time, as said of a person.
  /\bG\.?O\.?A\.?T\b/g,
  /\b(?:the\s+)?(?:smartest|greatest|most\s+(?:brilliant|talented|inspiring|impressive|amazing|incredible|influential))\s+(?:person|people|leaders?|engineers?|designers?|minds?|experts?|founders?|pms?|managers?|women|woman|men|man|professionals?|thinkers?|writers?|speakers?)\b/gi,
];
const LIGHT = [
  /\b(?:legendary|iconic|world[\s-]class|amazing|incredible|incredibly|awesome|brilliant|phenomenal|extraordinary|outstanding|unbelievable|mind-?blowing|jaw-?dropping|epic|stellar|spectacular|superb|fantastic|tremendous|exceptional|inspiring|inspirational|impressive|remarkable|blown\s+away|admire\s+you|big\s+fan|greatest|smartest)\b/gi,
  /\b(?:you're|you\s+are)\s+(?:the|one\s+of\s+the)\s+(?:best|greatest|smartest|most)\b/gi,
  /\b(?:an?|true|real|such\s+an?|huge|great|big|absolute|total)\s+inspiration\b/gi,
];

// A praise noun in Title Case mid-sentence names a product or a project ("the Ninja build files",
// "from Guru to Notion"), unless it follows words that say it of a person ("you're a Legend").
function isProperNoun(text: string, start: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  if (/(?:^|[.!?:,]\s*|\n\s*)$/.test(before)) return false;
  return !/\b(?:a|an|absolute|true|real|total|such|genuine|living|you're|are|is|my|our|what)\s+$/i.test(
    before,
  );
}

export const flattery: Rule = {
  id: 'flattery',
  severity: 'warning',
  title: 'Heavy flattery',
  why: 'Superlatives are what mass outreach sounds like; one specific detail of their work shows more respect than praise.',
  fix: 'Replace the praise with the specific thing they did that made you write.',
  kinds: ALL_KINDS,
  check(draft) {
    const text = draft.doc.text;
    // A praise noun in scare quotes ("the “rockstar” engineer who refused on-call") is held at a
    // distance, not said of the reader.
    const accept = (m: { start: number }) =>
      !isProperNoun(text, m.start) && !/["']/.test(text[m.start - 1] ?? '');
    const heavy = findPhrases(draft, HEAVY, { accept });
    const light = findPhrases(draft, LIGHT).filter(
      (l) => !heavy.some((h) => l.start < h.end && h.start < l.end),
    );
    // One "brilliant talk" is fine; a heavy word or several superlatives is not.
    if (heavy.length * 2 + light.length < 2) return [];
    return [...heavy, ...light]
      .sort((a, b) => a.start - b.start)
      .map((s) => ({ ...s, detail: `${quote(draft.doc, s)} is heavy praise.` }));
  },
};
