import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { SPEAKING_FOR_COUNCIL_CY } from './data/speaking-for-council';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

const COUNCIL = String.raw`(?:the|this|our|[a-z]+(?: borough| county| city| district| town)?) council`;
const COUNCIL_ACTION = String.raw`(?:will|'ll|is going to|are going to|is to|has agreed to|has decided to|have decided to|has agreed|has decided|is (?:bringing (?:in|back)|introducing|launching|scrapping|building|fixing|extending|funding|paying|putting|installing|reopening|opening)|will (?:have|get|be (?:bringing (?:in|back)|introducing|launching|scrapping|paying|putting|funding|building|fixing|extending|cutting|installing|opening|reopening)))`;

const OFFICERS = String.raw`(?:the )?(?:[a-z]+ (?:team|department|officers?|staff)|officers?|highways|planners?|staff)`;

const CLAIMS: Pattern[] = [
  { re: new RegExp(String.raw`\bon behalf of ${COUNCIL}\b(?!'s)`, 'g'), messageId: 'behalf', needs: ["behalf"] },
  { re: new RegExp(String.raw`\b(?:i|we) can (?:confirm|announce|promise|guarantee|assure (?:you|residents)) (?:that )?(?:${COUNCIL}|we|the (?:cabinet|administration))(?:'ll| will| is going to| are going to| has agreed| has decided| is| are)\b`, 'g'), messageId: 'decision', needs: ["confirm", "announce", "promise", "guarantee", "assure"] },
  { re: new RegExp(String.raw`\b(?:i'?ll|i will|i'?m going to|i shall) (?:make sure|ensure|see to it|guarantee) (?:that )?${COUNCIL}\b(?! (?:hears?|knows?|listens?|is aware|understands?|gets? the message|takes? note|sees?|reads?|is told|is kept)\b)`, 'g'), messageId: 'promise', needs: ["make sure", "ensure", "see to it", "guarantee"] },
  { re: /\b(?:i'?ll|i will) make sure (?:that )?(?:the |it'?s |it is |it gets )?(?:[a-z0-9'-]+ ){0,5}?(?:is|are|gets|get|will be|'s)? ?(?:refused|approved|rejected|built|fixed|scrapped|reopened|extended|funded|installed|resurfaced|granted|kept open|saved)\b/g, messageId: 'promise', needs: ["make sure"] },
  { re: new RegExp(String.raw`\b${COUNCIL}'?s? (?:official )?(?:position|view|stance|policy|line)(?: on [^.:!?]{1,40})? (?:is|will be)(?: clear| simple)?\b`, 'g'), messageId: 'position', needs: ["position", "view", "stance", "policy", "line"] },
  { re: new RegExp(String.raw`\b(?:i'?ll|i will|i'?m going to) get ${COUNCIL} to\b`, 'g'), messageId: 'promise', needs: ['get the council', 'council to'] },
  { re: new RegExp(String.raw`\b(?:i'?ve|i have|i) (?:(?:instructed|ordered|directed) ${OFFICERS}\b(?: to)?|told ${OFFICERS} to)\b`, 'g'), messageId: 'instruct', needs: ["instructed", "ordered", "told", "directed"] },
  { re: new RegExp(String.raw`\b${COUNCIL} (?:has|have) (?:decided|agreed|approved|confirmed|committed) (?:to |my |that )`, 'g'), messageId: 'decision', needs: ["decided", "agreed", "approved", "confirmed", "committed"] },
  { re: new RegExp(String.raw`\b${COUNCIL} ${COUNCIL_ACTION}\b`, 'g'), messageId: 'decision', needs: ["council will", "council is", "council are", "council has", "council'll"] },
];

/** Personal credit or a promise: what turns news of a council plan into the councillor's own claim. */
const PERSONAL_CLAIM =
  /\b(?:i'?ve sorted it|i have sorted it|sorted(?: it)?|you have my word|i promise|i guarantee|thanks to me|i'?ve got the council to|i got the council to|i'?ve arranged|i'?ve agreed it|i have agreed it|i'?ve made sure|i have made sure|made sure of it|leave it with me|i'?ll see to it|i will see to it|i'?ll sort it|i will sort it|done deal|my plan|i can confirm|i'?ll make sure|i will make sure|as cabinet member|as portfolio holder|as leader)\b/;
/** A source for the decision: then it is reporting, not speaking for the council. */
const SOURCED =
  /\b(?:decision notice|cabinet report|the report|minutes|published|agreed at|voted (?:at|in)|full council (?:voted|agreed|decided)|cabinet (?:voted|agreed|decided)|on the council(?:'s)? website|\.gov\.uk|URL|according to|the council (?:has )?(?:said|announced|confirmed (?:today|this morning|yesterday))|press release|(?:officers|highways|planners|NAME|the (?:[a-z]+ )?(?:team|department|portfolio holder|cabinet member|leader)) (?:have|has) (?:now )?confirmed)\b/;
/** Asking, not promising: "I'm going to ask the council to…", "I can't promise the outcome". */
const ASKING = /\b(?:ask(?:ing)?|urge|urging|call(?:ing)? on|lobby(?:ing)?|press(?:ing)?|push(?:ing)?) (?:the )?(?:council|cabinet|officers)\b|\bcan'?t promise\b|\bcannot promise\b/;

const welsh = new Lexicon(SPEAKING_FOR_COUNCIL_CY);

export default defineRule({
  meta: {
    id: 'speaking-for-council',
    description: 'Presenting a personal view or promise as a council decision.',
    sources: ['GM 4.11', 'GM 4.8'],
    section: { ref: 'GM 4.11', anchor: '#speaking-for-the-council' },
    why: 'The guidance for members (4.11) asks councillors to make clear when they speak for themselves: only the council, through its decisions, can commit the council.',
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {
      behalf: 'Only the council can speak on its own behalf; say this is your view or apology as a councillor.',
      decision: 'This presents a council decision that has not been made (or gives no source for it); say what you are asking for, or link the decision.',
      promise: 'You cannot promise what the council will do; say what you will push for.',
      position: 'This states the council’s position; unless it has decided one, say it is yours.',
      instruct: 'Councillors cannot instruct officers; say you have asked them.',
    },
    examples: {
      valid: [
        'I’m going to ask the council to look at a residents’ parking scheme. I can’t promise the outcome.',
        'The council has decided to bring grounds maintenance back in-house. The cabinet report and decision notice are at northdale.gov.uk/decisions.',
        'Sharing the council’s post about the new recycling rules below.',
      ],
      invalid: [
        'On behalf of Northdale Council, I apologise to residents of Brook Street.',
        'I will make sure the council puts a crossing on Beech Avenue this year.',
        'I’ve instructed the highways team to resurface Oak Road next month.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const post = doc.view.folded;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    for (const hit of findPatterns(context, CLAIMS)) {
      const folded = doc.view.sentence(hit.match.sentence);
      if (ASKING.test(folded)) continue;
      if (hit.pattern.messageId === 'decision' && (SOURCED.test(post) || !PERSONAL_CLAIM.test(post))) continue;
      if (hit.pattern.messageId === 'position' && SOURCED.test(post)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    for (const match of welsh.find(doc)) hits.push({ start: match.start, end: match.end, messageId: 'behalf' });
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
