import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import { WHEREABOUTS_CY } from './data/whereabouts';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)';
const SPAN_OF_TIME = String.raw`(?:the (?:week|weekend|fortnight|month|summer|half[- ]term)|a (?:week|fortnight|month|few days|couple of weeks)|(?:\d+|two|three|four|five|six|ten) (?:days|nights|weeks|months))`;
const PLACE_NOUN = '(?:pub|arms|inn|beer garden|bar|cafe|café|restaurant|park|gym|beach|pool|club|hotel|cinema|theatre|stadium|ground|bingo|shop|supermarket)';
const FAMILY = '(?:family|kids|children|wife|husband|hubby|partner|missus|other half|mum|dad|little ones?|grandkids|son|daughter|boys|girls)';

const ABSENCE: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:(?:i'?m|we'?re|i am|we are|i'?ll be|we'?ll be|[a-z]+'?s) )?(?:away|off) (?:on holiday|on hols|to [a-z][a-z ]{1,30}?|abroad|camping|travelling|on the rigs|offshore|with work)? ?(?:for ${SPAN_OF_TIME}|until|till|til|from ${WEEKDAY}|from (?:tomorrow|tonight|next week|the \d+))`, 'g'), messageId: 'absence', needs: ["away", "off "] },
  { re: new RegExp(String.raw`\b(?:on holiday|on hols|on leave|abroad)(?: in [a-z]+)? (?:until|till|til|for ${SPAN_OF_TIME}|from ${WEEKDAY})\b`, 'g'), messageId: 'absence', needs: ["holiday", "hols", "leave", "abroad"] },
  { re: /\b(?:off to|flying to|heading to|jetting off to) (?:[a-z]+ ){1,3}(?:for|on|from|tomorrow|tonight|next week|this (?:week|weekend))\b/g, messageId: 'absence', needs: ["off to", "flying to", "heading to"] },
  { re: new RegExp(String.raw`\bhouse (?:will be |is |'ll be )?(?:empty|unoccupied)\b|\b(?:an |the )?empty house\b|\bhome alone\b|\bnobody (?:will be |is |'ll be )?(?:home|in the house|in) (?:tonight|this weekend|all week|until|till|for ${SPAN_OF_TIME})\b|\bhouse[- ]?sitter\b|\bwhile (?:we'?re|i'?m|we are|i am) (?:away|abroad|on holiday)\b|\bjust me (?:and the (?:dog|cat|kids) )?(?:in the house|at home|on my own)\b|\bon my own (?:tonight|this weekend|all week|for (?:the|a) week)\b`, 'g'), messageId: 'absence', needs: ["empty", "unoccupied", "alone", "nobody", "sitter", "while we", "while i", "just me", "on my own"] },
];

const LIVE_LOCATION: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:in|at) (?:the )?[a-z'’ ]{2,30}? ${PLACE_NOUN}\b[^.!?]{0,40}\b(?:right now|at the moment|as we speak|tonight)\b|\b(?:right now|currently|as we speak)\b[^.!?]{0,20}\b(?:in|at) (?:the )?[a-z'’ ]{2,30}? ${PLACE_NOUN}\b`, 'g'), messageId: 'location', needs: ["right now", "at the moment", "as we speak", "tonight", "currently"] },
  { re: new RegExp(String.raw`\b(?:in|at) (?:the )?[a-z'’ ]{2,30}? ${PLACE_NOUN} with (?:the |my |our )?${FAMILY}\b`, 'g'), messageId: 'location', needs: [" with "] },
];

const ROUTINE: Pattern[] = [
  { re: new RegExp(String.raw`\bevery (?:single )?(?:morning|evening|night|day|weekday|${WEEKDAY}|week)\b[^.!?]{0,40}\b(?:i|we) (?:run|walk|jog|cycle|swim|go|do|take|drive|am|'m|'re|park|train)\b|\b(?:i|we) (?:run|walk|jog|cycle|swim|go|do|take|drive|train)\b[^.!?]{0,50}\bevery (?:single )?(?:morning|evening|night|day|weekday|${WEEKDAY})\b`, 'g'), messageId: 'routine', needs: ["every"] },
  { re: new RegExp(String.raw`\b(?:i'?m|we'?re|i am) there every (?:morning|evening|night|day|${WEEKDAY})\b|\bparkrun\b[^.!?]{0,40}\bevery ${WEEKDAY}\b|\bevery ${WEEKDAY}\b[^.!?]{0,40}\bparkrun\b|\bi'?m the (?:one|slow one|tall one|bloke|woman|guy) in the [a-z]+ (?:top|shirt|jacket|hat|coat)\b`, 'g'), messageId: 'routine', needs: ["every", "the one", "the slow", "the tall", "the bloke", "the woman", "the guy"] },
  { re: /\b(?:i do|doing) the school run (?:to|at)\b|\bschool run to [a-z‹]/g, messageId: 'routine', needs: ["school run"] },
];

const FAMILY_PLACES: Pattern[] = [
  { re: /\b(?:my|our) (?:son'?s?|daughter'?s?|kids'?|children'?s|boy'?s|girl'?s|little one'?s|grandson'?s|granddaughter'?s) (?:school|nursery|class)\b/g, messageId: 'family', needs: ["school", "nursery", "class"] },
  { re: /\b(?:my|our) (?:son|daughter|kids|children|boy|girl|little one|youngest|eldest) (?:starts|started|goes|go|is|are|'s|will be)(?: [a-z]+)? (?:at|to) [a-z']+ (?:primary|school|academy|high|nursery|college|juniors|infants)\b/g, messageId: 'family', needs: ["primary", "school", "academy", "high", "nursery", "college", "juniors", "infants"] },
  { re: /\b(?:my|our) (?:mum|mam|dad|mother|father|gran|nan|grandad|grandma|nana)(?:'s| is)? (?:in|at) [a-z']+ (?:care home|nursing home|hospital|hospice|house|lodge)\b|\bmum'?s in [a-z']+ (?:care home|nursing home)\b/g, messageId: 'family', needs: ["home", "hospital", "hospice", "house", "lodge"] },
];

/** Past trips and official business are not whereabouts (LGA1 §2 is about posts outside official business). */
const PAST = /\b(?:back from|back at my desk|back in the office|just got back|got back|throwback|last (?:summer|year|week|month|weekend)|was lovely|were lovely|had a lovely|after a (?:lovely|great|good) (?:week|fortnight|break)|earlier this year)\b/;
const OFFICIAL =
  /\b(?:surgery|surgeries|ward (?:walk|walkabout|meeting|surgery)|residents'? (?:meeting|association)|litter pick|council (?:meeting|chamber)|full council|committee|scrutiny|cabinet|conference|consultation event|drop-in|hustings|site visit|with (?:highways )?officers|come and see me|come and say hello|official)\b/;

const welsh = new Lexicon(WHEREABOUTS_CY);

export default defineRule({
  meta: {
    id: 'whereabouts',
    description: 'Giving away where the councillor or their family is or will be outside official business, or their routines and absences.',
    sources: ['LGA1 §2', 'DSC 4.4', 'GM 3.6'],
    section: { ref: 'LGA1 §2', anchor: '#personal-safety' },
    why: "The LGA's advice on personal safety (§2) is not to post routines, places you frequent, future visits or holidays: they tell people where you are and when your home is empty.",
    severity: { relaxed: 'info', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {
      absence: 'This tells everyone your home will be empty or you will be away.',
      location: 'This says where you are right now, outside council business.',
      routine: 'This gives away a routine: where you will be and when.',
      family: 'This says where your family can be found.',
    },
    examples: {
      valid: [
        'Back at my desk after a lovely week off. I’ll work through the emails today.',
        'I’ll be at my ward surgery at Carlton Library this Saturday, 10–12. Come and see me.',
        'Throwback to the Lakes last summer. Can’t beat Buttermere on a still morning.',
        'Morning walk with the dog before a day of leafleting.',
      ],
      invalid: [
        'Off to Tenerife for two weeks from Saturday! House sitter sorted for the cat.',
        'Every morning at 6 I run the loop round Lowfield reservoir.',
        'In the Red Lion beer garden with the family right now, lovely evening.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    for (const hit of findPatterns(context, [...ABSENCE, ...LIVE_LOCATION, ...ROUTINE, ...FAMILY_PLACES])) {
      const folded = doc.view.sentence(hit.match.sentence);
      if (PAST.test(folded)) continue;
      if (hit.pattern.messageId !== 'absence' && hit.pattern.messageId !== 'family' && OFFICIAL.test(folded)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    for (const match of welsh.find(doc)) {
      if (!isReportedQuote(doc, match.start, match.end) && !PAST.test(doc.view.sentence(doc.sentenceAt(match.start)!))) {
        hits.push({ start: match.start, end: match.end, messageId: 'absence' });
      }
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
