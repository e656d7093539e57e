/** Flags a CV, deck or other file attached to a request nobody asked for. */
import { ALL_KINDS, findPhrases, quote, type Rule } from '../rule';
import { sentenceAt } from '../text';

const FILE = String.raw`(?:cv|c\.v\.|resume|résumé|portfolio|cover\s+letter|deck|pitch\s+deck|slides|transcript|plan|document|doc|file|pdf|work\s+samples?|one-pager|proposal)(?![\p{L}\p{N}])`;
const PATTERNS = [
  new RegExp(
    // Not "I'm attached to the plan": attached to something is a feeling, not a file.
    String.raw`\b(?:i've|i\s+have|i\s+am|i'm|i)\s+(?:also\s+|just\s+)?(?:attached|attaching|attach|enclosed|enclosing|enclose|included|including|uploaded|linked)(?!\s+to\b)\s+(?:my|a|the|an)?\s*(?:[\w-]+\s+){0,4}?${FILE}`,
    'giu',
  ),
  // Without the "I": "Attaching my resume for context.", "Sharing my CV below."
  new RegExp(String.raw`\b(?:attaching|enclosing)\s+(?:my|a|the|our)\s+(?:[\w-]+\s+){0,4}?${FILE}`, 'giu'),
  // "PFA my resume": "please find attached", as Indian English abbreviates it.
  /\bPFA\b/g,
  /\b(?:sharing|sending|forwarding)\s+(?:you\s+)?(?:over\s+|along\s+|across\s+)?my\s+(?:cv|c\.v\.|resume|résumé|portfolio)\b(?!\s+to\b)/gi,
  // "Attached: my CV", "Enclosed - my portfolio".
  /\b(?:attached|enclosed|attachments?)\s*[:-]\s*(?:(?:my|a|the|our)\s+)?[a-z\u00c0-\u024f][\w\u00c0-\u024f]*(?:[.-][\w\u00c0-\u024f]+)*/gi,
  /\bplease\s+(?:find|see)\s+(?:\w+\s+){0,3}?(?:attached|enclosed)\b/gi,
  /\b(?:see|find)\s+(?:the\s+)?(?:attached|enclosed)\b/gi,
  /\b(?:attached|enclosed)\s+(?:is|are|you'll\s+find|please\s+find|herewith)\b/gi,
  new RegExp(
    String.raw`\b(?:my|the)\s+${FILE}\s+(?:is|are)\s+(?:attached|enclosed|below|linked\s+below)\b`,
    'giu',
  ),
  /\b(?:here's|here\s+is)\s+my\s+(?:cv|c\.v\.|resume|résumé|portfolio|cover\s+letter)\b/gi,
  /\b(?:cv|resume|résumé|portfolio)\s*:\s*(?:https?:\/\/|www\.)\S+/gi,
  /\b(?:cv|c\.v\.|resume|résumé)\s+(?:attached|enclosed)\b/gi,
];
/**
 * Words at least one of PATTERNS needs in every match: a draft without any of them (most drafts)
 * skips the twelve Unicode-aware searches, which were this rule's whole cost on every keystroke.
 */
const ANY_TRIGGER = /attach|enclos|includ|upload|linked|pfa|cv|c\.v|r[eé]sum|portfolio|cover|below/i;
// Sent because they asked for it: not unasked.
const ASKED =
  /\b(?:as\s+(?:you\s+)?(?:requested|asked|suggested|promised|discussed|agreed)|you\s+(?:asked|requested|suggested|wanted)|we\s+(?:discussed|agreed|talked\s+about)|(?:per|at)\s+your\s+request|you\s+(?:mentioned|said)\s+you'd\s+(?:like|want))\b/i;

export const unaskedAttachment: Rule = {
  id: 'unasked-attachment',
  severity: 'warning',
  title: 'Unasked attachment',
  why: 'An attachment nobody asked for signals a job application and asks for more of their time than the request says.',
  fix: 'Leave it out, and offer to send it if they would find it useful.',
  kinds: ALL_KINDS,
  check(draft) {
    if (!ANY_TRIGGER.test(draft.doc.text)) return [];
    // One test per sentence, however many attachments it names (a long draft may be one sentence).
    const asked = new Map<number, boolean>();
    const spans = findPhrases(draft, PATTERNS, {
      accept: (m) => {
        const sentence = sentenceAt(draft.doc, m.start);
        if (!sentence) return true;
        let yes = asked.get(sentence.start);
        if (yes === undefined) {
          yes = ASKED.test(sentence.text);
          asked.set(sentence.start, yes);
        }
        return !yes;
      },
    });
    return spans.map((s) => ({
      ...s,
      detail: `${quote(draft.doc, s)}: an attachment they did not ask for.`,
    }));
  },
};
