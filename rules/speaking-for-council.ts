import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { SPEAKING_FOR_COUNCIL_CY } from './data/speaking-for-council';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

const COUNCIL = String.raw`(?:the|this|our|your|[a-z]+(?: borough| county| city| district| town)?|NAME(?: borough| county| city| district| town)?) council`;
/** What the council will do, said as settled: "will", "is going to", "has signed off", "is scrapping". */
const DOING = String.raw`(?:bringing (?:in|back)|introducing|launching|scrapping|building|fixing|extending|funding|paying|putting|installing|reopening|opening|waiving|refunding|covering|freezing|cutting|making|giving)`;
const COMMITTED = String.raw`(?:signed (?:it |this |that )?off|locked (?:it |this |that )?in|ring-?fenced|earmarked|committed|guaranteed|promised|green-?lit|approved|agreed|decided|confirmed)`;
/** What a critic predicts, not a commitment: "the council will ignore this", "is going to waste it". */
const CYNICAL = String.raw`(?! (?:ignore|waste|fail|bodge|botch|mess|forget|probably|likely|(?:not|never) (?:listen|learn|admit|change|bother|care|answer|get it|understand|tell)|no doubt|try|say|claim|blame|do nothing|drag|just|want|need|have to|tell you|argue|pretend|spin|hide|cover|find a way|bury|kick|shelve|quietly|somehow|use|pass the buck)\b)`;
const COUNCIL_ACTION = String.raw`(?: (?:will|is going to|are going to|won'?t be|will not be|is not going to|isn'?t going to|is to|has agreed to|has decided to|have decided to|has agreed|has decided|has ${COMMITTED}|is ${DOING}|will (?:have|get|be ${DOING}|be cutting))|'ll\b|'s (?:going to|${COMMITTED}|${DOING}))${CYNICAL}`;

const OFFICERS = String.raw`(?:the )?(?:[a-z]+ (?:team|department|officers?|staff|crews?)|officers?|highways|planners?|staff|wardens|crews?)`;

/** Asking, not claiming: what a councillor can honestly say they got the council to do. */
const ASKED_FOR = String.raw`(?:look|consider|review|think|reconsider|meet|listen|investigate|consult|reply|respond|explain|check|answer|hold|talk|agree to meet|agree to look|agree to review)`;

/** A stance declared in the council's name: "Ashby Council stands with the bus drivers", "the council is fully behind the campaign". */
const STANCE: Pattern = { re: new RegExp(String.raw`(?<!\b(?:claims?|says?|pretends?|supposedly|apparently|allegedly|so-called)(?: that)? )\b${COUNCIL} (?:stands? (?:with|by|behind|shoulder to shoulder with|in solidarity with)|is (?:fully |firmly |100% |right |squarely |four-?square |wholeheartedly )?behind (?:the|our|you|this|everyone|all|every)|(?:fully |wholeheartedly |strongly )?(?:supports|backs|endorses|condemns|opposes) (?:the|this|our|every|all|today'?s)|is (?:proud to stand|united|standing) (?:with|behind|against))\b(?![^.!?]*\?)`, 'g'), messageId: 'position', needs: ['stand', 'behind', 'supports', 'backs', 'endorses', 'condemns', 'opposes', 'united'] };
/** The stance is reported from someone who can state it: "…, said the leader in a statement". */
const REPORTED_STANCE = /\b(?:said|says|statement|according to|announced|voted|motion|resolution)\b/;

const CLAIMS: Pattern[] = [
  { re: new RegExp(String.raw`\bon behalf of ${COUNCIL}\b(?!'s)|\bon (?:the|our|this|NAME|[a-z]+) council'?s behalf\b|\b(?:speaking|writing|talking) (?:for|on behalf of) (?:the (?:whole|entire|full) council\b|${COUNCIL}\b)|\bas (?:your|the) council,? we\b`, 'g'), messageId: 'behalf', needs: ['behalf', 'speaking for', 'writing for', 'talking for', 'as your council', 'as the council'] },
  // "From all of us at Northdale Council: sorry", "we at the council".
  { re: new RegExp(String.raw`\b(?:from (?:all of us|everyone|everybody|all|us)|all of us|we) (?:here )?at ${COUNCIL}\b(?! (?:stand|stall|offices?|building|chamber|meeting|tent|depot))|\b${COUNCIL} (?:apologises|apologizes|is sorry|would like to apologise|wants to apologise|says sorry)\b|\b(?:sorry|apologies|an apology) from (?:all of us at )?${COUNCIL}\b|\bwe,? as (?:the|your|a|NAME|[a-z]+) council\b`, 'g'), messageId: 'behalf', needs: [' at ', 'apologi', 'sorry', ' as '] },
  { re: new RegExp(String.raw`\b(?:i|we) can (?:confirm|announce|promise|guarantee|assure)(?: you| residents| everyone| all of you| people)? (?:that )?(?:${COUNCIL}|we|the (?:cabinet|administration))(?:'ll| will| is going to| are going to| has agreed| has decided| is| are)\b`, 'g'), messageId: 'decision', needs: ["confirm", "announce", "promise", "guarantee", "assure"] },
  { re: new RegExp(String.raw`\b(?:i'?ll|i will|i'?m going to|i shall) (?:make sure|ensure|see to it|guarantee) (?:that )?${COUNCIL}\b(?! (?:hears?|knows?|listens?|is aware|understands?|gets? the message|takes? note|sees?|reads?|is told|is kept)\b)`, 'g'), messageId: 'promise', needs: ["make sure", "ensure", "see to it", "guarantee"] },
  { re: /\b(?:i'?ll|i will) make sure (?:that )?(?:the |it'?s |it is |it gets )?(?:[a-z0-9'-]+ ){0,5}?(?:is|are|gets|get|will be|'s)? ?(?:refused|approved|rejected|built|fixed|scrapped|reopened|extended|funded|installed|resurfaced|granted|kept open|saved)\b/g, messageId: 'promise', needs: ["make sure"] },
  { re: new RegExp(String.raw`\b${COUNCIL}'?s? (?:official )?(?:position|view|stance|policy|line)(?: on [^.:!?]{1,40})? (?:is|will be)(?: clear| simple)?\b`, 'g'), messageId: 'position', needs: ["position", "view", "stance", "policy", "line"] },
  { re: new RegExp(String.raw`\b(?:i'?ll|i will|i'?m going to) get ${COUNCIL} to\b`, 'g'), messageId: 'promise', needs: ['get the council', 'council to'] },
  STANCE,
  // "I've got the council to agree free swimming": a council decision claimed as the councillor's own doing.
  { re: new RegExp(String.raw`\b(?:i'?ve|i have|i) (?:persuaded|convinced|got|made|had|talked|pushed) ${COUNCIL}(?: into)?(?: to)?(?= (?!${ASKED_FOR}\b)(?:agree|agreeing|sign|signing|approve|approving|fund|funding|pay|paying|make|making|give|giving|waive|waiving|scrap|scrapping|build|building|fix|fixing|reopen|reopening|open|opening|install|installing|put|putting|extend|extending|cut|cutting|freeze|freezing|refund|refunding|bring|bringing|cover|covering|commit|committing|introduce|introducing|drop|dropping|keep|keeping|save|saving|provide|providing|lay on|find)\b)`, 'g'), messageId: 'decision', needs: ['persuaded', 'convinced', 'got', 'made', 'had', 'talked', 'pushed'] },
  { re: new RegExp(String.raw`\b(?:i'?ve|i have|i) (?:(?:instructed|ordered|directed) ${OFFICERS}\b(?: to)?|told ${OFFICERS} to)\b|\b${OFFICERS}\b[^.!?]{0,40}\bi'?ve (?:told|instructed|ordered) (?:them|him|her) to\b|\b${OFFICERS} (?:have|'ve|has|'s) been (?:instructed|ordered|directed) to\b|\b${OFFICERS} (?:have|'ve|has|'s) been (?:told|instructed|ordered)(?: by me)?(?=:)|\b(?:told|instructed|ordered) by me\b`, 'g'), messageId: 'instruct', needs: ["instructed", "ordered", "told", "directed"] },
  // "I've done a deal with the council", "I've arranged for the council to cover it".
  { re: new RegExp(String.raw`\b(?:i'?ve|i have|i) (?:done|struck|cut|made|agreed) a deal with ${COUNCIL}\b|\b(?:i'?ve|i have|i) (?:arranged|fixed it|sorted it) (?:with|for) ${COUNCIL}(?: to)?\b`, 'g'), messageId: 'decision', needs: ['deal', 'arranged', 'fixed it', 'sorted it'] },
  // "Parks staff have had their orders from me", "on my instructions, highways are…".
  { re: new RegExp(String.raw`\b${OFFICERS} (?:have|'ve|has|'s) (?:had|got|been given|received) (?:their|its|my) (?:orders|instructions|marching orders)\b|\b${OFFICERS}[^.!?]{0,30}\b(?:orders|instructions) from me\b|\bon my (?:instructions?|orders|say-so)\b`, 'g'), messageId: 'instruct', needs: ['orders', 'instruction', 'say-so'] },
  { re: new RegExp(String.raw`\b${COUNCIL} (?:has|have) (?:decided|agreed|approved|confirmed|committed) (?:to |my |that )`, 'g'), messageId: 'decision', needs: ["decided", "agreed", "approved", "confirmed", "committed"] },
  { re: new RegExp(String.raw`\b${COUNCIL}${COUNCIL_ACTION}|^council(?:'s| is| will)(?= (?:going to|be|${DOING}|${COMMITTED}|[a-z]+ing)\b)`, 'g'), messageId: 'decision', needs: ["council"] },
  // "Can confirm: no council tax rise next year", announced by the councillor.
  { re: /\b(?:i )?can (?:now )?(?:confirm|announce|reveal|promise|guarantee)(?: you| residents| everyone)?(?: that)?:?(?=[^.!?]{0,60}\bcouncil\b)/g, messageId: 'decision', needs: ['confirm', 'announce', 'reveal', 'promise', 'guarantee'] },
  // Welsh: "gwnaf yn siŵr bod y cyngor…" (I'll make sure the council…).
  { re: /\b(?:gwnaf|gwna i|mi wna i|fe wna i|bydda i'?n|byddaf yn|dw i'?n mynd i) (?:yn )?(?:siwr|sicrhau|wneud yn siwr) (?:bod|fod) (?:y )?cyngor\b/g, messageId: 'promise', needs: ['cyngor'] },
  // In capitals the verb can read as a name ("THE COUNCIL WILL REFUND"); the check looks at the original words.
  { re: new RegExp(String.raw`\b${COUNCIL} NAME\b`, 'g'), messageId: 'capitals', needs: ["council"] },
  // Welsh: "bydd y cyngor yn…", "mae'r cyngor yn mynd i…" (the council will…).
  { re: /\b(?:bydd|fe fydd|mi fydd|mae'?r|mae y) (?:y )?cyngor (?:yn mynd i|yn|wedi cytuno i|wedi penderfynu)\b/g, messageId: 'decision', needs: ['cyngor'] },
];

/** Personal credit or a promise: what turns news of a council plan into the councillor's own claim. */
const PERSONAL_CLAIM =
  /\b(?:full stop|end of story|no ifs,? no buts|no ifs or buts|i'?ve sorted it|i have sorted it|sorted(?: it)?|you have my word|my word|i promise|i pledge|i guarantee|my (?:promise|pledge|guarantee)|take it from me|trust me|mark my words|thanks to me|you'?re welcome|i'?ve got the council to|i got the council to|i'?ve arranged|i'?ve agreed it|i have agreed it|i'?ve made sure|i have made sure|made sure of (?:it|that|this)|(?:you can )?quote me|hold me to (?:it|that)|i give you my word|cross my heart|sorted it myself|i'?ve (?:persuaded|convinced|secured|won|negotiated|fixed it|had a word|pulled some strings|pulled strings)|i (?:persuaded|convinced|secured|negotiated)|leave it with me|i'?ll see to it|i will see to it|i'?ll sort it|i will sort it|done deal|my plan|i can (?:confirm|promise|assure|guarantee)|i'?ll make sure|i will make sure|as cabinet member|as portfolio holder|as leader|i'?ve made (?:it|this|that) happen|(?:it'?s|all|that'?s) down to me|you heard it here first|i'?ve (?:done|struck|cut) a deal|rest assured|i'?ll personally|i will personally|i'?ve personally|i personally (?:made sure|secured|sorted|arranged)|rwy'?n addo|dw i'?n addo|rydw i'?n addo|fy addewid|addewid|rwy'?n gaddo|dw i'?n gaddo|wedi sicrhau|dw i wedi trefnu)\b/;
/** A source for the decision: then it is reporting, not speaking for the council. */
const SOURCED =
  /\b(?:decision notice|cabinet report|the report|minutes|published|agreed at|voted (?:at|in)|full council (?:voted|agreed|decided)|cabinet (?:voted|agreed|decided)|on the council(?:'s)? website|\.gov\.uk|URL|according to|the council (?:has )?(?:said|announced|confirmed (?:today|this morning|yesterday))|press release|(?:officers|highways|planners|NAME|the (?:[a-z]+ )?(?:team|department|portfolio holder|cabinet member|leader)) (?:have|has) (?:now )?confirmed|officers tell me|(?:officers|they) (?:have )?told me|i'?m told by)\b/;
/** Asking, not promising: "I'm going to ask the council to…", "I can't promise the outcome". */
const ASKING = /\b(?:ask(?:ing|ed)?|urge|urging|call(?:ing)? on|lobby(?:ing)?|press(?:ing)?|push(?:ing)?|keep pushing) (?:the )?(?:council|cabinet|officers)\b|\bcan'?t promise\b|\bcannot promise\b|\buntil (?:the|NAME|[a-z]+) council\b/;

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
      if (hit.pattern.messageId === 'capitals') {
        if (!/\bcouncil\s+(?:will|is going to|shall)\b/i.test(context.text.slice(hit.start, hit.end + 12))) continue;
        if (SOURCED.test(post) || !PERSONAL_CLAIM.test(post)) continue;
        hits.push({ start: hit.start, end: hit.end, messageId: 'decision' });
        continue;
      }
      if (hit.pattern.messageId === 'behalf' && !/behalf|speaking|writing|talking/.test(hit.match.value) && SOURCED.test(post)) continue;
      if (hit.pattern.messageId === 'decision' && (SOURCED.test(post) || !PERSONAL_CLAIM.test(post))) continue;
      if (hit.pattern.messageId === 'position' && SOURCED.test(post)) continue;
      if (hit.pattern === STANCE && REPORTED_STANCE.test(folded)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    for (const match of welsh.find(doc)) hits.push({ start: match.start, end: match.end, messageId: 'behalf' });
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
