/**
 * The parts of a good request the linter looks for (a time box, an easy out, a reason for choosing
 * this person, the asks), shared by the rules and the draft generator so both judge alike.
 */
import { blankQuotedSentences, type DraftDoc, matchAll, type Sentence, type Span } from './text';

const re = (parts: string[], flags = 'gi') => new RegExp(parts.join('|'), flags);

// ---------------------------------------------------------------- time box
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|a\s+few|a\s+couple(?:\s+of)?|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixty|ninety)`;
const RANGE = String.raw`${NUMBER}(?:\s*(?:-|to|or|and)\s*${NUMBER})?`;

/** A bound on time or size: "15 minutes", "a 20-min call", "half an hour", "a short written reply", "two questions". */
export const TIME_BOX = re([
  String.raw`\b${RANGE}\s*-?\s*(?:minutes?|mins?|hours?|hrs?)\b`,
  String.raw`\b(?:half|quarter\s+of)\s+an\s+hour\b`,
  String.raw`\b(?:half|quarter)[\s-]hour\b`,
  String.raw`\ban\s+hour\b`,
  String.raw`\b(?:short|brief|quick|(?:one|two|three|few|\d)[\s-](?:word|line|sentence|paragraph))\s+(?:written\s+|email\s+|e-mail\s+|text\s+|voice\s+|audio\s+)?(?:reply|replies|answer|answers|response|responses|note|email|e-mail|message|memo)\b`,
  // "A quick yes/no would do."
  String.raw`\b(?:a\s+)?(?:quick\s+|simple\s+)?yes\s*(?:/|or)\s*no\b`,
  String.raw`\b(?:a\s+few|one|two|three|a\s+couple\s+of|[1-5])\s+(?:lines|sentences|paragraphs?)\b`,
  String.raw`\ba\s+(?:line|sentence|paragraph)\s+or\s+two\b`,
  String.raw`\b(?:one|a\s+single|single|a\s+one)[\s-](?:line|sentence)\b`,
  String.raw`\b(?:one|two|three|a\s+single|single|[1-3]|a\s+couple\s+of)\s+(?:quick\s+|short\s+|specific\s+|brief\s+|small\s+|concrete\s+)?questions?\b`,
  String.raw`\ba\s+(?:quick|short|single|brief|small)\s+question\b`,
  String.raw`\b(?:one|a\s+single)\s+(?:page|paragraph|email|e-mail|message)\b`,
  String.raw`\bone-pager\b`,
]);

const TIME_BOX_ONCE = new RegExp(TIME_BOX.source, 'i');
const QUESTION_COUNT =
  /\b(?:one|two|three|a|a\s+single|single|[1-3]|a\s+couple\s+of)\s+(?:quick\s+|short\s+|specific\s+|brief\s+|small\s+|concrete\s+)?questions?\b/gi;

// Every time box ends in one of these words; scanning for them first is much faster on long
// drafts than trying every number word at every word boundary.
const TIME_BOX_END =
  /(?<![a-z])(?:minutes?|mins?|hours?|hrs?|repl(?:y|ies)|answers?|responses?|note|memo|yes\s*(?:\/|or)\s*no|e-?mail|message|(?:line|sentence|paragraph)\s+or\s+two|lines?|sentences?|paragraphs?|questions?|page|one-pager)\b/gi;

export function findTimeBoxes(doc: DraftDoc): Span[] {
  const spans: Span[] = [];
  for (const anchor of matchAll(TIME_BOX_END, doc.text)) {
    const from = Math.max(0, anchor.start - 48);
    for (const m of matchAll(TIME_BOX, doc.text.slice(from, anchor.end)))
      if (m.end + from === anchor.end) spans.push({ start: m.start + from, end: m.end + from });
  }
  return spans;
}

// ---------------------------------------------------------------- easy out
/** A graceful way to decline: "no worries if not", "if you're too busy", "feel free to ignore". */
export const EASY_OUT = re([
  String.raw`\b(?:no|zero)\s+(?:worries|pressure|problem|obligation|stress|hard\s+feelings|expectations?|issues?|biggie|sweat)\b`,
  // Terse notes: "Ignore if busy", "skip this if it's not relevant", "if busy, no need".
  String.raw`\b(?:ignore|skip|disregard|delete)\s+(?:this\s+|it\s+|me\s+)?if\b`,
  String.raw`\bif\s+(?:too\s+|very\s+)?(?:busy|swamped|slammed)\b`,
  String.raw`\b(?:don't|do\s+not)\s+feel\s+(?:like\s+)?(?:you\s+)?(?:have|need)\s+to\b`,
  String.raw`\bnot\s+a\s+problem\b`,
  String.raw`\bdon't\s+worry\s+(?:if|about\s+(?:it|replying|answering))\b`,
  String.raw`\b(?:totally|completely|entirely|perfectly|absolutely|fully|quite)\s+(?:understand(?:able)?|fine|ok|okay|get\s+it)\b`,
  String.raw`\b(?:i|i'll|i\s+will|i'd|i\s+would)\s+(?:\w+\s+)?understand\b`,
  String.raw`\bunderstand(?:able)?\s+if\b`,
  String.raw`\bfeel\s+free\s+to\s+(?:ignore|decline|pass|say\s+no|skip|not\s+reply|disregard|delete)\b`,
  String.raw`\bif\s+you(?:'re|\s+are)\s+(?:too\s+|very\s+|quite\s+|a\s+bit\s+)?(?:busy|swamped|slammed|stretched|overloaded|short\s+on\s+time|not\s+(?:able|available|interested|the\s+right\s+person|up\s+for\s+it|keen|comfortable|free))\b`,
  String.raw`\bif\s+(?:now|this|it|the\s+timing)(?:'s|\s+is|\s+does)?\s*(?:n't|not)\s+(?:\w+\s+){0,3}?(?:good|right|convenient|possible|work|fit|suit)\w*\b`,
  String.raw`\bif\s+(?:the\s+)?timing\s+(?:doesn't|does\s+not|isn't|is\s+not)\b`,
  // Not "If not, I'll follow up next week": that promises a chase, not a way out.
  String.raw`\bif\s+not\b(?!,?\s+(?:i'll|i\s+will|i\s+shall|i'd|i\s+can|i\s+may)\s+(?:\w+\s+)?(?:follow|try|chase|ping|reach|write|call|email|e-mail|check|circle|send|nudge|resend|message|bump)\b)`,
  String.raw`\bif\s+(?:it's|it\s+is|this\s+is|now\s+is|now's|this\s+week\s+is|this\s+(?:lands|comes|arrives|reaches\s+you)\s+(?:at|in|during))\s+(?:a\s+)?(?:bad|busy|hectic|tough|difficult|crazy|wrong|poor)\s+(?:time|moment|week|month|period|season)\b`,
  String.raw`\b(?:just|simply|feel\s+free\s+to|you\s+can|happy\s+for\s+you\s+to|fine\s+to)\s+(?:ignore|skip|delete|disregard|archive)\b`,
  String.raw`\b(?:ignoring|declining|passing\s+on|skipping|deleting|saying\s+no\s+to)\s+(?:this|it|me)\s+is\s+(?:\w+\s+)?(?:fine|ok|okay|understandable|no\s+problem)\b`,
  String.raw`\bno\s+(?:offen[cs]e|hard\s+feelings)\s+taken\b`,
  String.raw`\b(?:won't|will\s+not|wouldn't|would\s+not)\s+be\s+(?:at\s+all\s+|in\s+the\s+least\s+)?(?:offended|upset|hurt|bothered|insulted)\b`,
  String.raw`\btake(?<!\b(?:won't|will\s+not|don't|do\s+not|never|can't|cannot)\s+take)\s+(?:a\s+)?no\s+for\s+an\s+answer\b`,
  String.raw`\b(?:just\s+)?let\s+(?:it|this)\s+(?:go|slide|pass)\b`,
  String.raw`\b(?:don't|do\s+not)\s+feel\s+(?:any|under\s+(?:any\s+)?)\s*(?:obligation|pressure)\b`,
  String.raw`\bonly\s+if\s+(?:it|you|that|this|time)\b`,
  String.raw`\b(?:(?:entirely|totally|completely|wholly|absolutely|all)\s+)up\s+to\s+you\b|\b(?:it's|it\s+is|that's|that\s+is)\s+(?:\w+\s+)?up\s+to\s+you\b`,
  String.raw`\bif\s+you(?:'d|\s+would)\s+(?:rather|prefer)\s+(?:to\s+)?(?:not|decline|pass|skip)\b`,
  String.raw`\bif\s+you\s+(?:can't|cannot|can\s+not|don't|do\s+not|won't)\b`,
  String.raw`\bif\s+you\s+(?:have|can\s+spare|find|got)\s+(?:the\s+)?(?:time|bandwidth|capacity|a\s+moment|a\s+minute|space)\b`,
  String.raw`\bif\s+you\s+can\s+spare\b`,
  String.raw`\bif\s+(?:time|your\s+schedule|your\s+calendar)\s+allows\b`,
  String.raw`\bdon't\s+feel\s+(?:obliged|obligated|pressured|bad)\b`,
  String.raw`\bno\s+need\s+to\s+(?:reply|respond|answer|write\s+back)\b`,
  String.raw`\bno\s+(?:reply|response|answer)\s+(?:is\s+)?(?:needed|necessary|required|expected)\b`,
  String.raw`\b(?:a|your)\s+"?no"?\s+is\s+(?:\w+\s+){0,3}?(?:fine|ok|okay|answer|reply|acceptable|understandable)\b`,
  String.raw`\b(?:happy|fine|ok|okay|easy)\s+to\s+(?:take|hear|accept|get)\s+a\s+no\b`,
  String.raw`\b(?:you\s+can|it's\s+fine\s+to|feel\s+free\s+to)\s+(?:always\s+|just\s+)?say\s+no\b`,
  String.raw`\b(?:fine|ok|okay|totally\s+fine|perfectly\s+fine)\s+to\s+(?:say\s+no|decline|pass)\b`,
  String.raw`\beither\s+way\b`,
  String.raw`\bif\s+(?:it's|this\s+is|it\s+is)\s+not\s+(?:for\s+you|a\s+(?:good\s+)?fit|something)\b`,
]);

// What follows a way out can take it back: "If you are busy, I will send a reminder next week."
const CHASE_AFTER =
  /^[^.!?\n]{0,24}?,?\s*(?:then\s+)?(?:i'll|i\s+will|i\s+shall|i'd|i\s+can)\s+(?:just\s+|simply\s+)?(?:follow|try|chase|ping|reach|write|call|email|e-mail|check|circle|send|nudge|resend|message|bump|remind)/i;

export function findEasyOuts(doc: DraftDoc): Span[] {
  return matchAll(EASY_OUT, doc.text).filter((m) => !CHASE_AFTER.test(doc.text.slice(m.end, m.end + 80)));
}

// ---------------------------------------------------------------- why you
// Nouns for something the person made or did, as in "your talk on ...", "your move from ...".
const WORK_NOUN = String.raw`(?:talks?|keynotes?|PRs?|notebooks?|docs|documentation|gists?|demos?|plugins?|packages?|crates?|chapters?|textbooks?|sessions?|posts?|articles?|blog|essays?|books?|papers?|newsletters?|podcasts?|episodes?|threads?|tweets?|videos?|courses?|workshops?|presentations?|slides|deck|interviews?|panels?|AMA|repos?|repository|repositories|library|libraries|projects?|framework|tools?|launch|research|study|studies|reports?|guides?|tutorials?|series|piece|write-?ups?|thesis|dissertation|newsletter|recent\s+[\w-]+|(?:answers?|comments?|repl(?:y|ies))\s+(?:on|to|about|in)|channel|substack|portfolio|app|lectures?|class|seminars?|webinars?|meetup|conference|community|contributions?|pull\s+requests?|RFC|proposal|patents?|dataset|benchmarks?|case\s+study|speech|memo|op-ed|column|analys[ie]s|breakdown|teardown|deep[\s-]dive|explainer|walkthrough|migration|rewrite|redesign|playbook|handbook|checklist|template|cheat\s+sheet|solution|poster|appearance\s+on|post-?mortem|retrospective|findings|experiments?|survey|promotion|new\s+role|(?:career\s+)?(?:move|switch|transition|pivot|path|jump)\s+(?:from|to|into|out)|journey\s+from|work\s+(?:on|with|in|as|leading|building|scaling)|(?:time|years?|tenure|stint|days)\s+(?:at|as|leading|building|running|scaling|with)|role\s+(?:at|as|leading)|experience\s+(?:with|in|at|of|leading|building|running|scaling|moving|managing|hiring|growing|taking|turning|switching|going)|writing\s+(?:on|about)|(?:about\s+section|bio|headline|profile)\s+(?:says|mentions|notes|describes|lists))`;
const DID_VERB = String.raw`(?:wrote|co-wrote|cowrote|co-led|co-hosted|co-organi[sz]ed|(?:were|was)\s+(?:interviewed|featured|quoted|profiled)|write(?:s)?\s+(?:about|on|that|in)|built|led|founded|co-founded|cofounded|started|spoke|gave|published|moved|switched|ran|scaled|grew|shipped|designed|created|launched|migrated|mentioned|shared|said|described|describe\s+yourself|explained|talked|presented|posted|took|went|managed|hired|open-sourced|maintain|maintained|maintains|organi[sz]ed|taught|coached|transitioned|pivoted|turned|rebuilt|raised|lead|run|answered|argued|pointed\s+out|tweeted|recorded|hosted|studied|joined|left|made|helped|introduced|championed|pioneered|authored|co-authored|developed|architected|doubled|halved|cut|reduced|reorgani[sz]ed|restructured|navigated|returned|became|spent|handled|tackled|solved|faced|did|grown|written|given|spoken|taken|gone|done|begun|shown|driven|become|been\s+\w+ing|been\s+(?:through|at|on)|worked\s+(?:on|at|with|in|as)|were\s+(?:on|at)\s+(?:the|a)|appeared|won|founded)`;
const ING_VERB = String.raw`(?:building|writing|leading|running|teaching|working\s+on|researching|scaling|organi[sz]ing|hosting|maintaining|developing|speaking|coaching|mentoring\s+(?:teams|engineers|designers|people))`;

/** Phrases that name a specific, checkable reason for writing to this person. */
export const WHY_YOU = re([
  // "your recent Clojure/conj talk", "your Intro to Rust course"; not "your journey in UX
  // research", where the noun after the preposition names a field, not something they made.
  String.raw`\byour\s+(?:(?!(?:in|at|on|for|into|within|across|with|about|from|as)\s)[\w'&.+#/-]+\s+){0,4}?${WORK_NOUN}\b`,
  String.raw`\byou(?:'ve|\s+have|\s+had|'d)?\s+(?:(?:also|once|recently|just|then|previously|already|successfully|personally)\s+)?${DID_VERB}\b`,
  String.raw`\byou(?:'re|\s+are)\s+(?:(?:now|currently|also)\s+)?${ING_VERB}\b`,
  String.raw`\b(?:saw|heard|watched|met|seen|listened\s+to|caught)\s+you\s+(?:speak|talk|present|at|on|in|give|demo|interviewed)\b`,
  String.raw`\b(?:as|since)\s+someone\s+who\b`,
  // A role they hold on something nameable: "you're the maintainer of Pydantic".
  String.raw`\byou(?:'re|\s+are|\s+were)\s+(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+)?(?:maintainers?|authors?|creators?|founders?|co-founders?|organi[sz]ers?|hosts?|editors?|inventors?|architects?)\s+(?:of|behind)\b`,
  // Recommended by someone they can check with: "Tom suggested I reach out to you".
  String.raw`\b(?:recommended|suggested|mentioned|pointed\s+me\s+(?:to|towards))(?<!\bi\s+\w+(?:\s+me\s+\w+)?)\s+(?:(?:that\s+)?i\s+(?:reach\s+out\s+to|write\s+to|talk\s+to|speak\s+(?:to|with)|contact|ask)\s+)?you\b`,
  String.raw`\breferred\s+me\s+to\s+you\b`,
  // "Tom Reyes recommended I reach out", "said you would know".
  String.raw`\b(?:recommended|suggested|advised)(?<!\bi\s+\w+)\s+(?:that\s+)?i\s+(?:reach\s+out|get\s+in\s+touch|write|contact|ask|talk|speak|email|message)\b`,
  String.raw`\b(?:said|says|told\s+me|thought|thinks|suggested)\s+(?:that\s+)?you(?:'d|\s+would|\s+might|\s+may)\s+(?:know|be\s+able\s+to\s+help|have\s+(?:an?\s+)?(?:answer|view|idea|take))\b`,
  // "As the author of The Pager Book, ...".
  String.raw`\bas\s+(?:the|an?|one\s+of\s+the)\s+(?:[\w-]+\s+)?(?:author|creator|maintainer|founder|co-founder|organi[sz]er|host|editor|inventor|architect)s?\s+(?:of|behind)\b`,
  // "Priya said you were the person to ask about ...": a named source vouches for them.
  String.raw`\b(?:said|says|told\s+me|tells\s+me|thinks|thought)\s+(?:that\s+)?you(?:'re|\s+are|\s+were|'d\s+be|\s+would\s+be)\s+(?:the|a|my)\s+(?:best\s+|right\s+|one\s+)?(?:person|one|people|expert)\s+to\s+(?:ask|talk\s+to|speak\s+to|speak\s+with)\b`,
  String.raw`\bgiven\s+(?:that\s+)?you(?:'ve|\s+have)\b`,
]);

const MERE_EMPLOYER =
  /\b(?:(?:see|saw|noticed|notice|read)\s+(?:that\s+)?you|you(?:'re|\s+are|\s+were)?\s+(?:currently\s+|now\s+|still\s+)?(?:work(?:ing)?\s+|based\s+|employed\s+)?(?:at|with|for|in)|(?:company|companies|places?|firms?|teams?)\s+like|like\s+you(?:rs)?)\b/gi;

export interface WhyYouContext {
  prospect?: { company?: string; fullName?: string };
}

/** Spans naming a reason to ask this person; a mention of their company next to "you" counts too. */
export function findWhyYou(doc: DraftDoc, context: WhyYouContext = {}): Span[] {
  const spans: Span[] = matchAll(WHY_YOU, doc.text);
  const company = context.prospect?.company?.trim();
  // Longer than any real company name: page junk, and an enormous pattern on every keystroke.
  if (company && company.length >= 2 && company.length <= 200) {
    const escaped = company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const mention = new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'giu');
    for (const m of matchAll(mention, doc.text)) {
      const sentence = doc.sentences.find((s) => m.start >= s.start && m.start < s.end);
      // "How you scaled support at Basecamp" names their work; "I see you work at Basecamp"
      // only names their employer, which is true of thousands of people.
      if (sentence && /\byour?\b/i.test(sentence.text.replace(MERE_EMPLOYER, ' ')))
        spans.push({ start: m.start, end: m.end });
    }
  }
  return spans;
}

// ---------------------------------------------------------------- asks
/** Words that mark a sentence as a request even without a question mark. */
const ASK_MARKER = re(
  [
    String.raw`\b(?:could|would|can|will|might|may)\s+(?:you|i|we)\b`,
    String.raw`\bwould\s+it\s+be\b`,
    String.raw`\bis\s+it\s+(?:ok|okay|possible|alright)\b`,
    String.raw`\b(?:are|were)\s+you\s+(?:open|willing|available|free|up\s+for|able|around)\b`,
    String.raw`\bdo\s+you\s+have\b`,
    // Not "I'd love to adopt it": what the writer means to do themselves asks nothing of the reader.
    String.raw`\b(?:i'd|i\s+would|would)\s+(?:love|like|appreciate|value|welcome|be\s+(?:grateful|thankful|interested|keen|curious|glad\s+if))\b(?!\s+to\s+(?:adopt|try|use|copy|steal|borrow|replicate|implement|apply|build|do\s+the\s+same|follow\s+(?:in\s+)?your)\b)`,
    String.raw`\bi(?:'m|\s+am)\s+(?:hoping|wondering|curious|keen\s+to|eager\s+to|looking\s+for\s+(?:your|advice|a\s+view|input))\b`,
    String.raw`\bi\s+(?:was\s+)?wonder(?:ing)?\s+(?:if|whether)\b`,
    // "I hope it's not too much to ask for ...", "hope you don't mind me asking ...".
    String.raw`\bhope\s+(?:it's|it\s+is|this\s+is)\s+(?:not\s+(?:too\s+)?\w+|ok(?:ay)?|alright|fine)\s+to\s+ask\b`,
    String.raw`\b(?:hope|if)\s+you\s+(?:don't|do\s+not)\s+mind\s+(?:me\s+|my\s+)?asking\b`,
    // The same without the "I": "Curious how you ...", "Keen to hear which ...", "Wondering if ...".
    String.raw`\b(?:curious|keen|eager|wondering)\s+(?:to\s+(?:hear|know|learn|understand)|how|what|whether|if|which|why)\b`,
    String.raw`\b(?:it'd|it\s+would|that'd|that\s+would|would)\s+be\s+(?:so\s+|really\s+|super\s+|very\s+)?(?:great|helpful|useful|amazing|wonderful|brilliant|lovely|fantastic|awesome|valuable|ace)\s+to\s+(?:hear|know|learn|understand|get\s+your)\b`,
    String.raw`\bany\s+chance\b`,
    String.raw`\bi\s+want(?:ed)?\s+to\s+(?:ask|know|hear|understand|learn)\b`,
    String.raw`\bplease\s+(?:share|tell|send|let|advise|suggest|review|take|point|give|recommend|explain|help|consider)\b`,
    String.raw`\bif\s+you\s+could\b`,
    String.raw`\blet\s+me\s+know\b`,
    String.raw`\bany\s+(?:advice|tips|thoughts|pointers|suggestions|recommendations|guidance|insights?)\b`,
    // "Your view on X would help": a request phrased as a statement (not "your advice on X was ...").
    String.raw`\b(?:your|any)\s+(?:view|take|thoughts|advice|input|feedback|perspective|opinion|guidance)\s+(?:on|about|regarding)\b[^.?!]*\b(?:would|could|will)\s+(?:help|mean|be)\b`,
    String.raw`\b(?:my|one|the)\s+(?:single\s+|quick\s+|specific\s+|one\s+)?(?:question|ask|request)\s*(?:is|was|:)`,
    String.raw`\b(?:let's|lets|let\s+us)\s+(?:connect|chat|talk|meet|catch\s+up|grab|set\s+up|get)\b`,
    String.raw`\bi\s+(?:want|wanted|hope|hoped)\s+to\s+(?:connect|chat|talk|meet|pick)\b`,
    String.raw`\b(?:help|mentor|refer|introduce)\s+me\b`,
    // An imperative opening: "Keep me in mind for ...", "Send me ...", "Tell me how ...".
    String.raw`^\W*(?:(?:and|so|also|just)\s+)?(?:please\s+)?(?:keep\s+me|forward|send\s+me|tell\s+me|share\s+(?:your|how|what)|introduce|connect\s+me|refer|recommend|review|point\s+me|give\s+me|explain|walk\s+me|suggest|consider\s+me)\b`,
  ],
  'i',
);
// A follow-up points back at the ask: "a gentle nudge on my question about ...".
const REMINDER =
  /\b(?:nudge|following\s+up|follow(?:ing)?\s+up|circling\s+back|bumping|checking\s+in|bringing\s+my|i\s+(?:had\s+)?asked\s+(?:you\s+)?(?:whether|if|for|about|how|what|which|why))\b/i;

const THANKS =
  /^\W*(?:(?:many|big|huge)\s+)?(?:thanks|thank\s+you|thx|cheers|best|regards|kind\s+regards|warmly|all\s+the\s+best|with\s+thanks|gratefully|sincerely)\b/i;
const PLEASANTRY =
  /^\W*(?:(?:hi|hello|hey|dear)\b[^?]*?[,!-]\s*)?(?:how\s+(?:are|is|have|was)\s+(?:you|things|your|it|life|everything)|how's\s+(?:it|your|everything|life|things)|hope\s+(?:you|this|all|your|things|it))/i;
// A question the writer answers themselves, to open a message: "Ever wondered why ...?"
const RHETORICAL =
  /^\W*(?:(?:hi|hello|hey|dear)\b[^?]*?[,!-]\s*)?(?:(?:have\s+you\s+)?ever\s+(?:wondered|noticed|asked\s+yourself)|who\s+knew|guess\s+what|did\s+you\s+know)\b/i;
const ANNOUNCEMENT =
  /\b(?:i\s+have|i've\s+got|i\s+got|there's|there\s+is|just|with)\s+(?:only\s+)?(?:one|a|two|a\s+couple\s+of|\d)\s+(?:quick\s+|short\s+|specific\s+|small\s+|concrete\s+|brief\s+)?(?:question|ask|request)s?\b/i;

// What a request is about: a question word, or a preposition followed by a real subject.
const TOPIC = re(
  [
    String.raw`\b(?:how|what|which|whether|why|where|who)\b`,
    // "I'd love to know if you track pages per person": "if" as "whether", not "if you have time".
    String.raw`\b(?<!\blet\s+(?:me|us)\s+)(?:know|hear|learn|understand|wondering|wonder|curious|ask(?:ing)?\s+you)\s+if\s+(?!(?:you|it|this|that)(?:'re|'d|'s|\s+(?:are|were|have|had|could|can|would|might|is))?\s+(?:be\s+)?(?:\w+\s+)?(?:time|free|available|around|open|willing|interested|up|able|happy|keen|minutes?|mins?|a\s+(?:moment|minute|chance|call)|bandwidth|possible|ok|okay|convenient)\b)`,
    // Not the "re" of "you're", nor the "around" of "if you're around next week".
    String.raw`\b(?:about|regarding|(?<!(?:'re|'m|\bare|\bbe|\bis|\bam)\s+)around|on|(?<!')re:?)\s+(?!(?:a|an|the|your|my)?\s*(?:quick\s+|short\s+|brief\s+)?(?:call|chat|zoom|teams|phone|video|meeting|linkedin|here|this|that|it|things|stuff|everything|anything|something|you|yourself|me|board|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|week|time|one|two|journey|career|story|background|experience|work|life|role|day|path|profile|company|business)\b)[\p{L}\p{N}]`,
    // Not "discuss my career" or "go over your journey": a person's story is no subject.
    String.raw`\b(?:discuss|talk\s+through|walk\s+(?:me\s+)?through|go\s+over|sanity[\s-]check|review|critique|feedback|look\s+at|read\s+(?:my|a|the|this))\s+(?!(?:it|this|that|you|things|opportunities|(?:my|your)\s+(?:career|journey|path|experience|background|story|work|role|future|options|plans?|situation|next\s+steps?|growth|development|profile|life))\b)\S`,
    String.raw`\b(?:refer|referrals?|introduce|introductions?|intros?|hire|hiring|jobs?|roles?|positions?|openings?)\b`,
    String.raw`\b(?:connect|put)\s+me\s+(?:in\s+touch\s+)?(?:with|to)\b`,
  ],
  'iu',
);
// Phrases that look like a topic but are about the person or the calendar, not a subject.
const NOT_A_TOPIC = re([
  String.raw`\bwhat\s+you\s+do\b`,
  // "How about a coffee on Thursday?" proposes something; it asks about no subject.
  String.raw`\b(?:how|what)\s+about\b`,
  String.raw`\bwhat(?:ever)?\s+(?:works|suits|is\s+easiest|is\s+easier)(?:\s+(?:for\s+)?you)?\b`,
  String.raw`\bwhen(?:ever)?\s+(?:you|it)\b[^,.?]*`,
  String.raw`\bhow\s+you(?:'re|\s+are)\s+doing\b`,
  String.raw`\bhow\s+you\s+got\s+(?:to\s+where\s+you\s+are|there)\b`,
  String.raw`\bwhat\s+(?:day|time)s?\b`,
  String.raw`\b(?:which|what)(?:\s+(?:one|option|format))?\s+(?:works|suits|is\s+easier|is\s+better|you(?:'d)?\s+prefer)\b`,
  String.raw`\bwhich\s+(?:day|time)s?\b`,
  String.raw`\b(?:on|about|regarding|with)\s+my\s+(?:situation|career|journey|path|future|next\s+steps?|options|plans?|growth|development|profile|background|story)\b`,
]);
const VAGUE = re(
  [
    String.raw`\b(?:connect|connecting|network|networking|chat|catch\s+up|get\s+to\s+know|hop\s+on|jump\s+on|touch\s+base|meet|meet\s+up|brains?|mentor|mentoring|mentorship|advice|guidance|tips|help|learn\s+(?:more\s+)?(?:about|from)\s+you|hear\s+(?:more\s+)?about\s+your|talk|coffee|lunch|drinks?|dinner|breakfast|brunch|tea|cuppa|pints?|beers?|bite|meal|insights?|pointers|anything)\b`,
    // A question whose only object is their thoughts, story or "a few questions", said of nothing.
    String.raw`\b(?:your|some|any|a\s+few)\s+(?:(?:thoughts|wisdom|experiences?|story|journey|perspective|knowledge|expertise|views?)(?:\s*(?:and|or|&)\s*|\s*[?.!]*\s*$))+`,
    String.raw`\bask\s+you\s+(?:(?:a\s+few|some|a\s+couple\s+of|few|a|one|two|three|\d)\s+)?(?:quick\s+|short\s+|brief\s+)?(?:questions?|something|things?)\b`,
    // "Could I send over some questions?": questions not yet said are no question.
    String.raw`\b(?:send|sent|shoot|fire|email|e-mail|drop)\s+(?:you\s+)?(?:over\s+|across\s+)?(?:a\s+few|some|a\s+couple\s+of|few|my|a|one|two|three|\d)\s+(?:quick\s+|short\s+|brief\s+)?(?:questions?|things?)\b`,
  ],
  'i',
);
const LOGISTICS = re(
  [
    // Not "video consults" or "the phone app": a video or a phone is a subject unless it is a call.
    String.raw`\b(?:(?<!-)call(?!-)|zoom|meet|meeting|(?:phone|video)\s+(?:call|chat|meeting)|by\s+(?:phone|video)|reply|respond|response|slot|calendar|schedule|available|availability|minutes?|mins?|hours?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|format|written|email|message|convenient|suits?|works?\s+(?:for\s+(?:you|me|us|both)|best|better))\b`,
    // "time", "free" and "week" only about the reader's calendar: not "did it take more time than
    // planned?" or "is a free tier worth it?", which are questions of substance.
    String.raw`\b(?:have|find|any|some|spare|a\s+(?:good|convenient|better)|the\s+right|your|make|set\s+up|what|which)\s+(?:\w+\s+)?times?\b|\btime\s+(?:for|to\s+(?:chat|talk|meet|speak|connect)|slots?|zones?)\b`,
    String.raw`\b(?:are|were|be|is)\s+you\s+(?:\w+\s+)?free\b|\bfree\s+(?:for|to|on|next|this|later|sometime|at)\b`,
    String.raw`\b(?:this|next|the\s+coming|that)\s+(?:\w+\s+)?week\b`,
    // "Could you let me know either way?": asks for an answer to the ask, not for anything new.
    String.raw`\blet\s+me\s+know\b|\beither\s+way\b`,
  ],
  'i',
);
// A question mark, then only closing quotes, spaces or emoji ("... work for you? 🙂").
const QUESTION_END = /\?(?:[\s"')\]]|\p{Extended_Pictographic}|\u200d|\ufe0f)*$/u;
const EXTRA_ASK =
  /\b(?:and|also|plus)\s+(?:(?:could|would|can|will)\s+you\s+|maybe\s+|perhaps\s+|if\s+you\s+could\s+)?(?:also\s+)?(?:introduce|review|send|share|connect|refer|look\s+at|give|tell|recommend|meet|read|check|forward|pass|explain|help)\b/gi;
const ANNOUNCED_COUNT =
  /\b(?:two|2|a\s+couple\s+of)\s+(?:quick\s+|short\s+|specific\s+|small\s+|brief\s+)?questions\b/i;

const REFINEMENT =
  /^\W*(?:\(|or\b|in\s+other\s+words\b|specifically\b|more\s+specifically\b|put\s+(?:another\s+way|differently)\b|i\.e\.|that\s+is\b|i\s+mean\b|to\s+be\s+(?:more\s+)?(?:precise|specific|concrete)\b|for\s+(?:example|instance)\b|e\.g\.)/i;
const SUBJECT_LINE = /^\W*(?:subject|subj)\s*:/i;

export type AskKind = 'specific' | 'vague' | 'logistics';

export interface Ask {
  sentence: Sentence;
  kind: AskKind;
  /** A follow-up's pointer back to the earlier ask: it names the ask but is not another one. */
  reminder: boolean;
  /** Further requests chained inside the same sentence ("... and could you also introduce me"). */
  extra: number;
}

// The words of a question that asks nothing in particular: "Would you be up for it?", "Interested?"
const FILLER = new Set(
  'would could can will might may do does are is be you your i we it this that so then and or maybe perhaps up for to open willing interested keen happy able free game down in on board ok okay there any chance something anything work works sound sounds good fine make makes sense reasonable fair right'.split(
    ' ',
  ),
);
const GREETING = /^\W*(?:hi|hello|hey|dear)\b[^,!?]*[,!]\s*/i;

/** Whether a question has no word of its own beyond "would you be up for it" filler. */
function isContentFree(text: string): boolean {
  const words =
    text
      .replace(GREETING, '')
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? [];
  return words.every((w) => FILLER.has(w));
}

// "Your thoughts on SRE in general": a subject with no question in it.
const IN_GENERAL = /\b(?:in\s+general|generally|broadly|at\s+large|as\s+a\s+whole)\s*[?.!]*\s*$/i;

function hasTopic(text: string): boolean {
  if (IN_GENERAL.test(text) && !/\b(?:how|what|which|whether|why|where|who)\b/i.test(text)) return false;
  const stripped = text.replace(NOT_A_TOPIC, (m) => ' '.repeat(m.length));
  return TOPIC.test(stripped);
}

/** Classifies each sentence that asks for something: a specific question, a vague one, or logistics. */
export function findAsks(doc: DraftDoc): Ask[] {
  const asks: Ask[] = [];
  for (const s of doc.sentences) {
    const t = s.text;
    // An email's subject line names the ask the body makes ("Subject: Referral for the role?").
    if (SUBJECT_LINE.test(t) && doc.text.slice(0, s.start).trim() === '') continue;
    // A question the writer quotes ("why “can I pick your brain?” goes unanswered") asks nothing.
    const own = blankQuotedSentences(t);
    const q = QUESTION_END.test(own);
    if (PLEASANTRY.test(t) || RHETORICAL.test(t)) continue;
    if (!q && THANKS.test(t)) continue;
    const marker = ASK_MARKER.test(own);
    const reminder = !q && !marker && REMINDER.test(t);
    if (!q && !marker && !reminder) continue;
    // "I have one quick question." announces the ask; the next sentence is the ask itself.
    if (!q && ANNOUNCEMENT.test(t) && !/:\s*\S/.test(t)) continue;
    let kind: AskKind;
    if (hasTopic(t)) kind = 'specific';
    else if (VAGUE.test(t)) kind = 'vague';
    // "My one question: ..." sizes the ask; it does not make the sentence about scheduling.
    else if (LOGISTICS.test(t) || TIME_BOX_ONCE.test(t.replace(QUESTION_COUNT, ' '))) kind = 'logistics';
    else kind = q && !isContentFree(t) ? 'specific' : 'vague';
    EXTRA_ASK.lastIndex = 0;
    const extra = kind === 'logistics' ? 0 : [...t.matchAll(EXTRA_ASK)].length;
    // "Or per service?", "In other words, ...?", "(Was it per team?)" after a question narrows
    // that question; it is not a second one.
    if (asks[asks.length - 1]?.kind === 'specific' && REFINEMENT.test(t) && extra === 0) continue;
    asks.push({ sentence: s, kind, extra, reminder });
  }
  return asks;
}

/** How many questions the writer announced ("two quick questions"), which then count as one ask. */
export function announcedQuestions(doc: DraftDoc): number {
  return ANNOUNCED_COUNT.test(doc.text) ? 2 : 1;
}
