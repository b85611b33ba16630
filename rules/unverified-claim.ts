import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import { HEARSAY_CY } from './data/unverified-claim';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

/** What comes after "apparently" when it passes on a claim about people or the council. */
const CLAIM_SUBJECT = String.raw`(?:the (?:council|administration|cabinet|leader|officers?|developer|landlord|owner|police|government|company|[a-z]+ (?:team|department|agency))|they|he|she|NAME|officers|councillors|[a-z]+ (?:council|lettings|homes|ltd))`;

const HEARSAY: Pattern[] = [
  { re: /\b(?:i'?ve|i have|we'?ve|we have) heard (?!from\b|the concerns?\b|your\b|you\b|residents'? (?:concerns|views)|lots of you|many of you|what (?:you|people|residents)|loud and clear|nothing|about\b|of\b)(?:that |a rumour|rumours|whispers|on the grapevine|the [a-z]+|(?:they|he|she|it|our|NAME)\b)/g, messageId: 'hearsay', needs: ["heard"] },
  { re: /\bhear(?:d)? from (?:a|my|an|one|some|someone|somebody) [^.!?]{0,50}? that\b/g, messageId: 'hearsay', needs: ['hear from', 'heard from'] },
  { re: /\b(?:now )?i(?:'m)? hear(?:ing)? (?!you\b|what\b|from\b|your\b|the concerns)(?:that |the |a |an |our |they |he |she |it |there |NAME)/g, messageId: 'hearsay', needs: ["i hear"] },
  { re: new RegExp(String.raw`\bapparently,? (?:${CLAIM_SUBJECT}|it'?s (?:going|being|been|closing|shutting|sold|happening)|there'?s (?:going|a plan|talk))`, 'g'), messageId: 'hearsay', needs: ["apparently"] },
  { re: /\brumou?rs? (?:has it|have it|is|are|going round|going around|that|circulating)\b|\bword (?:is|on the street|has it)\b(?! out)|\bhearing whispers\b|\bwhispers (?:are|that|going round)\b|\bon the grapevine\b|\ba little bird (?:told|tells) me\b|\bthere'?s talk (?:of|that)\b/g, messageId: 'hearsay', needs: ["rumo", "word", "whisper", "grapevine", "little bird", "talk"] },
  { re: /\b(?:someone|somebody|people|(?:a|my|his|her|their|one|an) (?:[a-z-]+ ){0,2}(?:resident|friend|source|mate|pal|neighbou?r|contact|little bird|member of staff|reliable source|daughter|son|wife|husband|mum|dad|brother|sister|cousin|colleague|insider|officer|worker|driver|nurse|teacher|bloke|lady|woman|man|chap|guy))(?: who [^,.!?]{1,40})?,? (?:told|tells|has told|have told|is telling|are telling|says|said|reckons|swears|claims) (?:me|us)?\b(?! (?:that )?(?:she|he|they) (?:is|are|was|were) (?:ok|fine|happy|grateful))|\bi'?m told\b|\bi'?ve been told\b|\bi have been told\b|\bso i'?m told\b|\bsources (?:say|tell me|close to)\b|\ballegedly\b/g, messageId: 'hearsay', needs: ["told", "tells", "telling", "sources", "reportedly", "allegedly", "says", "said", "reckons", "swears", "claims"] },
  { re: /\b(?:everyone|everybody|we all|the whole (?:town|ward|village|estate|street))(?: [a-z]+){0,5}? knows? (?:that )?(?:the|he|she|they|you|NAME)\b|\bit'?s (?:common knowledge|an open secret)\b|\bopen secret\b|\bis it true\b|\bcan anyone confirm\b|\b(?:has|have) anyone else heard\b|\banyone else heard\b/g, messageId: 'hearsay', needs: ["know", "common knowledge", "open secret", "is it true", "confirm", "heard"] },
  { re: /\b(?:pass it on|spread the word|share (?:this|it) (?:far and wide|widely|everywhere))\b/g, messageId: 'spread', needs: ["pass it on", "spread the word", "share this", "share it"] },
];

/** The post checked the claim with a source, or corrects a rumour: not hearsay. */
const VERIFIED =
  /\b(?:i (?:have |'ve )?checked|i asked|i'?ve asked|has confirmed|have confirmed|confirmed (?:the|it|this|that|today|this morning)|it'?s true|it is true|it isn'?t|it is not|isn'?t true|not true|is false|that'?s wrong|official(?:ly)?|the council (?:has )?(?:said|confirmed)|according to the (?:council|report|minutes))\b/;

const HEARSAY_CONTEXT = /\b(?:heard|hearing|rumou?r|apparently|told me|tells me|word is|whispers?|someone said|allegedly|reportedly)\b/;

const welsh = new Lexicon(HEARSAY_CY);

export default defineRule({
  meta: {
    id: 'unverified-claim',
    description: 'Passing on hearsay or rumour as news.',
    sources: ['LGA1 §3', 'DSC 4.4', 'GM 4.3'],
    section: { ref: 'DSC 4.4', anchor: '#information-integrity' },
    why: "The LGA's rules of engagement (DSC 4.4) ask councillors not to post false or unverified information, and a councillor shares legal responsibility for what they pass on.",
    severity: { relaxed: 'info', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {
      hearsay: 'This passes on something you have heard, not something you know; check it with the source before posting.',
      spread: 'This asks others to spread an unchecked claim.',
    },
    examples: {
      valid: [
        'I’ve heard from lots of you about speeding on Beech Avenue.',
        'There’s a rumour going round that the tip is closing. It isn’t. I checked with the waste manager this morning.',
        'Apparently it’s national pothole day.',
        'Word is out: the summer gala is back on 12 July! The council confirmed the date this morning.',
      ],
      invalid: [
        'I’ve heard that the council is planning to close Brookside library next year.',
        'Rumour has it the planning officer and the developer are old school mates.',
        'Someone told me the administration is about to sign off 500 homes. Pass it on.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    if (VERIFIED.test(doc.view.folded)) return;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    for (const hit of findPatterns(context, HEARSAY)) {
      // "Message me and I'll pass it on": passing on something found, not a rumour.
      if (hit.pattern.messageId === 'spread' && !HEARSAY_CONTEXT.test(doc.view.folded)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    const extra = councilLexicon(context, 'unverified-claim', (base) => base);
    for (const match of [...welsh.find(doc), ...extra.find(doc)]) {
      if (!isReportedQuote(doc, match.start, match.end)) hits.push({ start: match.start, end: match.end, messageId: 'hearsay' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
