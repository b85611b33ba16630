import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import type { Sentence, TextDocument } from '../src/engine/text/document';
import { HEARSAY_CY } from './data/unverified-claim';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

/** What comes after "apparently" when it passes on a claim about people or the council. */
const CLAIM_SUBJECT = String.raw`(?:the (?:council|administration|cabinet|leader|officers?|developer|landlord|owner|police|government|company|[a-z]+ (?:team|department|agency))|they|he|she|NAME|officers|councillors|[a-z]+ (?:council|lettings|homes|ltd))`;
/** Who passes a story on: "someone", "a mate", "the bloke in the chippy", "my neighbour who works at the town hall". */
const PLACE_OF_TELLER = String.raw`(?: (?:at|from|in|on|down at|over at|round|who works? (?:at|for|in|on)|who|that works (?:at|for|in)|close to|inside|in the know)[^,.!?]{0,40}?)?`;
const TELLER = String.raw`(?:someone|somebody|some(?:one|body) i know|people|folk|a friend of a friend|\b(?:a|my|his|her|their|one|an|some|one of (?:the|my|our)) (?:[a-z-]+ ){0,2}?(?:resident|friend|source|mate|pal|neighbou?r|contact|member of staff|reliable source|daughter|son|wife|husband|mum|dad|brother|sister|cousin|colleague|insider|officer|worker|driver|nurse|teacher|bloke|fella|lad|lass|lady|woman|man|chap|guy|parent|mums?|dads?|cabbie|postie|barman|barmaid|landlord|someone|person|people))${PLACE_OF_TELLER}`;
/** "The bloke in the chippy told me", "Lad at the depot told me": a definite or bare teller needs "told me". */
const INFORMAL_TELLER = String.raw`(?:^|\b(?:the|this|that|our) )(?:[a-z-]+ ){0,2}?(?:mate|pal|bloke|fella|lad|lass|lady|woman|man|chap|guy|cabbie|postie|barman|barmaid|someone|girl|boy|neighbou?r|friend)${PLACE_OF_TELLER}`;
/** Views and casework, not claims: "told me about the pothole", "told us they want a crossing", "says hi". */
const NOT_A_CLAIM = String.raw`(?! (?:me |us )?(?:about|of|to|off|a joke|a story|all about|so)\b| (?:me |us )?(?:that )?(?:she|he|they|we|i) (?:is|are|was|were|'s|'re|am|'m) (?:ok|okay|fine|happy|grateful|well|safe|delighted|pleased|thrilled|worried|fed up|upset|angry)| (?:me |us )?(?:that )?(?:she|he|they|we|i) (?:want|wanted|need|needed|would like|'d like|love|loved|like|liked|hate|don'?t want|feel|felt|think|thought|spend|spent)\b| (?:me |us )?(?:hi|hello|thanks|thank you|well done|happy|congratulations|good luck|hiya)\b)`;

/** Hearsay in its everyday forms; a sentence of good news passed on is left alone. */
const PASSED_ON: Pattern[] = [
  // Heard, and still hearing: "been hearing the school will merge", "Heard the library is shutting", "hearing reports the club is closing".
  { re: /\b(?:(?:i'?ve|i have|we'?ve|we have) been|been|keep|still|i keep|we keep) hearing (?:(?:that |reports? (?:that )?|whispers? (?:that )?|talk (?:that|of) |rumou?rs? (?:that )?)(?:the|our|a|an|they|he|she|it|there|NAME|cabinet|council)\b|(?:the|our|a|an) (?:[a-z-]+ ){1,2}(?:is|are|was|were|will|has|have|won'?t|isn'?t|aren'?t|could|might|may|'s going|'re going)\b|(?:they|he|she|it|there|NAME|cabinet|council)(?:'s|'re|'ll| is| are| was| were| will| has| have| won'?t| isn'?t| aren'?t| could| might| may| had)\b)|^(?:just |also |and |but |so )?(?:heard|hearing) (?:that (?:the|our|a|an|they|he|she|it|there|NAME)\b|(?:a |some )?(?:whispers?|rumou?rs?|reports?|talk)\b(?! (?:of|about) (?:you|your)\b)|(?:the|our) (?:[a-z-]+ ){1,2}(?:is|are|was|were|will|has|have|won'?t|isn'?t|aren'?t)\b)|\bheard (?:a |some )?(?:whispers?|rumou?rs?|story|stories|tale) (?:that|about (?:the|our|NAME|how))\b|\bi hear tell\b/g, messageId: 'hearsay', needs: ['hearing', 'heard', 'hear tell'] },
  // Who it came from: "a little birdie tells me", "told by a reliable source", "according to a mate in planning", "I understand from a contact".
  { re: new RegExp(String.raw`\ba little bird(?:ie)? (?:told|tells|has told|whispered)\b|(?:\b(?:i|we)(?:'?ve| have)? (?:been |was |were |am |are )?|\b(?:i'?m|we'?re|been|was|were|being|just) |^)told by (?:a|an|my|one|some|someone|somebody)\b(?: (?:[a-z-]+ ){0,2}?(?:source|friend|mate|pal|neighbou?r|contact|insider|cousin|colleague|resident|officer|member of staff|someone|bloke|lady|woman|man))?|\b(?:i|we) understand from (?:a|an|my|one|some|someone|somebody|sources?)\b|\baccording to (?:a|an|my|one|some) (?:[a-z-]+ ){0,2}?(?:friend|mate|pal|neighbou?r|contact|source|insider|cousin|colleague|bloke|lad|fella|someone|member of staff|little bird(?:ie)?)\b|\b(?:reliably|credibly) informed\b(?! by\b)`, 'g'), messageId: 'hearsay', needs: ['little bird', 'told by', 'understand from', 'according to', 'informed'] },
  // The talk of the town: "word around the estate is", "rumblings from the town hall", "a story going about that", "it's being whispered", "reports reaching me".
  { re: /\bword (?:around|round|across|about|reaching me|reaches me|has reached me|going round|from (?:the town hall|county hall|inside|the depot|the council))\b|\brumblings? (?:from|at|in|that|coming out of)\b|\b(?:a |the )?(?:story|stories|tale) going (?:about|around|round)\b|\b(?:it'?s|it is|it'?s being|it is being|being) whispered\b|\bwhispered (?:to me|around|about town) that\b|\breports? (?:reaching|coming in to|have reached) (?:me|us)\b(?! (?:from|about)\b)/g, messageId: 'hearsay', needs: ['word ', 'rumbling', 'story going', 'stories going', 'tale going', 'whispered', 'reaching', 'reached', 'coming in to'] },
  // Tip-offs about the council or a person: "someone messaged me to say the council is selling the park".
  { re: /\b(?:someone|somebody|a resident|residents|people|a (?:[a-z-]+ )?(?:friend|mate|neighbou?r|contact|source|constituent)) (?:has |have )?(?:messaged|texted|emailed|e-mailed|rang|phoned|called|dm'?d|pm'?d|contacted|whatsapped) (?:me |us )?(?:to say|saying) (?:that )?(?:the (?:council|leader|cabinet|administration|chief exec(?:utive)?|mayor|officers?)|cabinet|officers|NAME)\b/g, messageId: 'hearsay', needs: ['to say', 'saying'] },
  // Passed on without checking: "don't quote me, but", "can't vouch for it", "take it with a pinch of salt".
  { re: /\bdon'?t quote me(?: on (?:this|that|it))?,? but\b|\b(?:i have it|i'?ve got it|been told|told|heard|know|knew) on (?:good|very good|the best|reliable) authority\b|^been told\b(?! (?:by|off)\b)|\byou heard it here first\b|\b(?:i )?can'?t vouch for (?:it|this|that|that one|the source)\b|\btake (?:this|it|that) with a pinch of salt\b|\bno idea if (?:it'?s|this is|that'?s) true\b|\bunverified,? but\b/g, messageId: 'hearsay', needs: ['quote me', 'vouch', 'pinch of salt', 'if it', 'if this', 'if that', 'unverified', 'been told', 'authority', 'heard it here'] },
  // Someone who works there "reckons": "my cousin works at the depot and she reckons the rounds are going".
  { re: new RegExp(String.raw`\b(?:my|a|our) (?:[a-z'-]+ ){0,2}?(?:friend|mate|pal|neighbou?r|contact|cousin|colleague|wife|husband|partner|brother|sister|mum|dad|son|daughter|uncle|aunt|auntie|nephew|niece)(?:'s (?:wife|husband|partner|son|daughter|mate|friend|brother|sister|mum|dad))? (?:works?|worked|is|was) (?:at|for|in|on) [^.!?]{1,40}?(?:,? and|,)(?: (?:she|he|they))? (?:reckons?|swears?|says?|said|told me|tells me|claims?|is saying)${NOT_A_CLAIM}\b`, 'g'), messageId: 'hearsay', needs: ['reckon', 'swear', 'says', 'say', 'said', 'told me', 'tells me', 'claim', 'saying'] },
];
/** "Heard the team won the cup, well done!": good news passed on is not a rumour to check. */
const GOOD_NEWS = /\b(?:congratulat\w*|well done|brilliant|thanks|thank you|lovely|amazing|wonderful|great news|proud|fantastic|loved|enjoyed|bless)\b/;

const HEARSAY: Pattern[] = [
  { re: /\b(?<span>(?:i'?ve|i have|we'?ve|we have) heard (?!from\b|the (?:concerns?|complaints?|evidence|arguments?|views?|thanks|feedback|points?|objections?|case for|case against|debate|representations?|submissions?|presentations?|petition|other side|calls?|pleas?|frustrations?|anger|worries|strength of feeling|praise|compliments|support|questions|suggestions|ideas|stories|experiences|opposition|reasons|replies)\b|your\b|you\b|residents'? (?:concerns|views)|lots of you|many of you|what (?:you|people|residents)|loud and clear|nothing|about\b|of\b)(?:that|a rumou?r|rumou?rs|whispers|on the grapevine|the [a-z]+|(?:they|he|she|it|our|NAME)\b))/gd, messageId: 'hearsay', needs: ["heard"] },
  { re: /\b(?<span>(?:i'?m |i am |we'?re |been |keep )?hear(?:d|ing)? (?:it )?(?:from|on|at|round|in) (?:a|my|an|one|some|someone|somebody|the) [^.!?]{0,50}?) that\b/gd, messageId: 'hearsay', needs: ['hear', 'heard', 'hearing'] },
  { re: /\b(?<span>(?:now )?i(?:'m)? hear(?:ing)?) (?!you\b|what\b|from\b|your\b|the concerns)(?:that |the |a |an |our |they |he |she |it |there |NAME)/gd, messageId: 'hearsay', needs: ["i hear", "i'm hear"] },
  { re: new RegExp(String.raw`\bapparently,? (?:${CLAIM_SUBJECT}|it'?s (?:going|being|been|closing|shutting|sold|happening)|there'?s (?:going|a plan|talk)|(?:the|our) (?!weather|sun|forecast|rain)[a-z]+(?: [a-z-]+){0,4}? (?:is|are|was|were|will|has|have|'s|'re|won'?t|isn'?t|aren'?t|wasn'?t)\b)|\b[a-z]+ (?<span>apparently)(?=\s*(?:[.!?,…]|$|[\u{1F300}-\u{1FAFF}]))`, 'gdu'), messageId: 'hearsay', needs: ["apparently"] },
  { re: /\brumou?rs? (?:has it|have it|is|are|going round|going around|that|circulating|mill)\b|\bword (?:is|on the street|has it|at the [a-z]+ is|round (?:here|town|the [a-z]+) is|in the [a-z]+ is)\b(?! out)|\bhearing whispers\b|\bwhispers (?:are|that|going round)\b|\bon the grapevine\b|\ba little bird (?:told|tells) me\b|\bthere'?s talk (?:of|that)\b|\bthere are (?:rumou?rs|whispers|stories)\b|\bunconfirmed(?: (?:reports?|rumou?rs?)|,? but)\b|\b(?:can'?t|cannot|couldn'?t) confirm (?:it|this|that) (?:yet )?but\b|\bnot (?:yet )?confirmed(?: yet)? but\b|\bsupposedly\b|\bby all accounts\b|\bso (?:i|we) hear\b|\bso (?:they|people) say\b|\b(?:it'?s|it is) (?:being )?(?:said|doing the rounds|going round|all over (?:facebook|town|the estate|the village)) that\b|\b(?:story|stories|rumou?rs?|claim|talk|word|gossip|whispers?)(?: is| are| that'?s| going)? doing the rounds\b|\bdoing the rounds (?:is|that)\b|\b(?:i|we) gather (?:that )?(?:the|they|he|she|NAME|our|it)\b(?! (?:details|information|form|forms|link|dates?|times?)\b)/g, messageId: 'hearsay', needs: ["rumo", "word", "whisper", "grapevine", "little bird", "talk", "there are", "unconfirmed", "confirm", "supposedly", "by all accounts", "so i hear", "so we hear", "so they say", "so people say", "said", "said", "doing the rounds", "going round", "all over", "gather"] },
  // "Gossip at the school gates says…", "the chatter in the Crown is that…"
  { re: /\b(?:the )?(?:gossip|chatter|buzz|talk|story|jungle drums|rumou?r mill)(?: (?:at|in|on|round|around|down|from|outside) (?:the )?[a-z'& -]{1,30}?)? (?:says?|has it|goes|suggests|is that|going round|doing the rounds|is the)\b(?! (?:column|page|show|on)\b)/g, messageId: 'hearsay', needs: ['gossip', 'chatter', 'buzz', 'talk', 'story', 'jungle drums', 'rumour mill', 'rumor mill'] },
  // "People are saying…", "Everyone's saying…"
  { re: /(?<!\bas )\b(?<span>(?:people|folk|everyone|everybody|loads of people|a lot of people|lots of people|half the (?:town|ward|village|estate)|they)(?: round here| in [a-z]+| on the estate| in the village| in town)?(?:'s|'re| are| is)? (?:saying|whispering|claiming|reckoning|talking about how))(?! (?:that )?(?:they|we) (?:want|need|would like|'d like|love|like|are worried|feel|felt|think)\b| (?:such |really |very |so many )?(?:lovely|nice|great|good|kind|wonderful|amazing|thank|thanks|well done|hello|hi|things|how (?:much|good|great|lovely|pleased|happy))\b)/gd, messageId: 'hearsay', needs: ['saying', 'whispering', 'claiming', 'reckoning', 'talking about'] },
  { re: new RegExp(String.raw`\b(?<span>${TELLER},? (?:told|tells|has told|have told|is telling|are telling|says|said|reckons|swears|claims|was saying|were saying|mentioned)${NOT_A_CLAIM}(?: (?:me|us)\b)?)|\b(?<span3>${INFORMAL_TELLER},? (?:told|tells|has told|was telling|is telling|has been telling)${NOT_A_CLAIM} (?:me|us))\b|\b(?<span2>(?:i'?m|i am|i'?ve been|i have been|we've been|we have been|so i'?m|we're|we are) told)\b(?! by (?:the |our )?(?:council|officers?|(?:[a-z]+ ){0,2}(?:team|department|service|officers?|managers?|director|lead|clerk|engineers?|inspectors?)|police|NAME|cllrs?|the leader|leader|chief|highways|planning|environment agency|nhs|school|head|contractors?|developers?|agency|minister|government|ofsted|network rail|the operator|operator))|\bsources (?:say|tell me|close to|inside)\b|\ba source (?:close to|inside|at|in|on)\b|\bfrom a (?:good|reliable|trusted|very good|well-placed) source\b|\breliable sources\b|\bsomeone in the know\b|\ballegedly\b|\b(?:someone|somebody) (?:posted|put|shared|wrote) (?:on|in) (?:the |a )?[a-z' ]{1,30}? that\b(?! (?:they|he|she|we)(?:'d| had| have|'ve)? (?:found|lost|seen|spotted)\b)|\bsaw (?:it )?on (?:a |the )?(?:facebook|twitter|whatsapp|nextdoor)(?: group| page)? that\b`, 'gd'), messageId: 'hearsay', needs: ["told", "tells", "telling", "sources", "source", "allegedly", "says", "said", "reckons", "swears", "claims", "saying", "mentioned", "in the know", "posted", "put on", "shared", "wrote", "saw"] },
  { re: /\b(?:everyone|everybody|we all|the whole (?:town|ward|village|estate|street))(?: [a-z]+){0,5}? knows? (?:that )?(?:the|he|she|they|you|NAME)\b(?! (?:way|drill|score|rules|answer|words|story of|feeling|(?:only|real|true|actual) (?:reason|motive|agenda))\b)|\bit'?s (?:common knowledge|an open secret)\b|\bopen secret\b|\bis it true(?= (?:that |the |they |he |she |NAME|our |a |an |we |you ))|\bcan anyone confirm\b|\b(?:has|have) anyone else heard (?:that|about|the rumou?rs?|anything|whispers|talk|the news|if|whether|this|it|similar|the same)\b|\banyone else heard (?:that|about|the rumou?rs?|anything|whispers|talk|the news|if|whether|this|it|similar|the same)\b/g, messageId: 'hearsay', needs: ["know", "common knowledge", "open secret", "is it true", "confirm", "heard"] },
  ...PASSED_ON,
  { re: /\b(?:pass it on|spread the word|share (?:this|it) (?:far and wide|widely|everywhere))\b/g, messageId: 'spread', needs: ["pass it on", "spread the word", "share this", "share it"] },
];

/** "Everyone knows the switch-on is the best night": shared enthusiasm, not a claim. */
const ENTHUSIASM = /\b(?:best|greatest|brilliant|lovely|favourite|fantastic|amazing|wonderful|special|great)\b/;

/** The post checked the claim with a source, or corrects a rumour: not hearsay. */
const VERIFIED =
  /\b(?:i (?:have |'ve )?checked|i can (?:confirm|vouch for)|i asked|i'?ve asked|has confirmed|have confirmed|confirmed (?:the|it|this|that|today|this morning)|it'?s true|it is true|it isn'?t|it is not|isn'?t true|not true|is false|that'?s wrong|official(?:ly)?|the council (?:has )?(?:said|confirmed)|according to (?:the|a|an) (?:[a-z'-]+ ){0,3}(?:council|report|minutes|register|survey|website|data|figures|records|statement|office|agency|census))\b/;

const HEARSAY_CONTEXT = /\b(?:heard|hearing|rumou?r|apparently|told me|tells me|word is|whispers?|someone said|allegedly|reportedly|gossip|people are saying|supposedly)\b/;

const welsh = new Lexicon(HEARSAY_CY);

/** The sentence, or the one after it in the same paragraph, cheers the news on. */
function isGoodNews(doc: TextDocument, sentence: Sentence): boolean {
  const next = doc.sentences[sentence.index + 1];
  return GOOD_NEWS.test(doc.view.sentence(sentence)) || (next?.paragraph === sentence.paragraph && GOOD_NEWS.test(doc.view.sentence(next)));
}

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
      if (/\bknows?\b/.test(doc.view.between(hit.start, hit.end)) && ENTHUSIASM.test(doc.view.sentence(hit.match.sentence))) continue;
      if (PASSED_ON.includes(hit.pattern) && isGoodNews(doc, hit.match.sentence)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    const extra = councilLexicon(context, 'unverified-claim', (base) => base);
    for (const match of [...welsh.find(doc), ...extra.find(doc)]) {
      if (!isReportedQuote(doc, match.start, match.end)) hits.push({ start: match.start, end: match.end, messageId: 'hearsay' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
