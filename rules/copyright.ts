import { defineRule } from '../src/engine/define-rule';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

const WORK = '(?:photos?|pics?|pictures?|images?|shots?|snaps?|aerial shots?|videos?|clips?|footage|stills?|screen ?grabs?|screenshots?|gifs?|cartoons?|memes?|infographics?|graphics?|maps?|drawings?|illustrations?|artwork|logos?|songs?|music|track|article|articles|editorial|story|column|text)';
/** A work in the sentence (or the one before): what the signs below must be about. */
const WORK_WORD = /\b(?:photo(?:graph)?s?|pics?|pictures?|images?|shots?|snaps?|videos?|reels?|clips?|footage|stills?|screen ?grabs?|screengrabs?|screenshots?|gifs?|cartoons?|memes?|infographics?|graphics?|maps?|drawings?|illustrations?|artwork|logos?|songs?|music|tracks?|tunes?|soundtrack|article|articles|editorial|piece|story|column|cover|front page|header|banner)\b/;
/** Newspapers, magazines, broadcasters and their parts. */
const PUBLICATION = String.raw`(?:magazine|mag|paper|newspaper|front page|cover|article|book|chapter|cartoon|comic|column|editorial|feature|supplement|gazette|echo|herald|chronicle|argus|mercury|advertiser|courier|journal|times|telegraph|guardian|mirror|private eye|[a-z]+'s (?:cover|page|front page|article|piece|story|cartoon))`;
const BROADCAST = String.raw`(?:bbc|itv|itvx|iplayer|sky|channel [45]|gb news|s4c|cnn|the news|the telly|tv|look north|calendar|newsnight|question time|panorama|breakfast|the one show|match of the day|countryfile|[a-z]+ (?:news|tonight|today))`;
const RECENT = String.raw`(?:(?:last night|this morning|tonight|today|yesterday|this week|last week|sunday|monday|tuesday|wednesday|thursday|friday|saturday)'?s )`;
const SOURCE = "(?:google|google images|the internet|the web|online|facebook|twitter|x|instagram|insta|tiktok|pinterest|reddit|youtube|another council|a (?:[a-z]+ ){0,2}(?:website|site|page|group|forum|blog)|someone(?:'s)? (?:page|site|post|insta|instagram|facebook|feed|account)|(?:the )?[a-z]+'s (?:site|website|page|paper|feed|account|insta|instagram|facebook|twitter|blog|feature|article|gallery|archive|photos|pictures|album|coverage|front page|cover|channel)|(?:the )?(?:bbc|itv|sky|channel 4|gb news)(?: news)?(?:(?:'s)? (?:site|website|page|app))?|the (?:echo|paper|papers|news|times|guardian|mail|mirror|sun|telegraph|[a-z]+ (?:echo|gazette|herald|post|times|news|chronicle|argus|mercury|advertiser|express|star|journal|courier))(?:(?:'s)? (?:site|website|page|app))?)";

/** Nobody knows whose it is: "photographer unknown", "can't remember where I got it". */
const UNKNOWN_OWNER: Pattern = { re: /\b(?:photographer|artist|author|creator|source|owner|photo credit|image credit|credit)(?: is| was)? (?:unknown|not known|unclear|a mystery)\b|\b(?:unknown|uncredited|anonymous) (?:photographer|artist|source|creator)\b|\bcan'?t remember where i (?:got|found|saw) (?:it|this|these|them)\b|\bno idea where (?:it|this|these|they) (?:came|come|comes) from\b|\bdon'?t know where (?:it|this) (?:came|comes) from\b/g, messageId: 'reuse', needs: ['unknown', 'not known', 'unclear', 'a mystery', 'uncredited', 'anonymous', 'remember where', 'where it', 'where this', 'where these', 'where they'] };
/** Picture sites that hand out other people's photos: "Pinterest came up trumps for the header". */
const PICTURE_SITE: Pattern = { re: /\b(?:pinterest|google images|google image search|image search)\b/g, messageId: 'reuse', needs: ['pinterest', 'google image', 'image search'] };
/** "Found it on Google Images". */
const FOUND_IT: Pattern = { re: /\bfound (?:it|this|these|them|one|that) (?:on|via|through|off) (?:google(?: images)?|pinterest|the internet|the web|facebook|instagram|insta|twitter|tiktok|reddit|a (?:[a-z]+ ){0,2}(?:website|site|page|group|forum|blog))\b/g, messageId: 'reuse', needs: ['found'] };
/** Print scanned or copied: "scanned it in for you", "photocopied the Echo's cartoon". */
const SCANNED: Pattern = { re: new RegExp(String.raw`\b(?:scanned|photocopied|screenshotted|screen-?grabbed)(?: (?:in|out|it|this|them|these|the (?:[a-z']+ ){0,2}(?:page|pages|cover|article|chapter|map|cartoon|piece|story|front page|column)))+\b`, 'g'), messageId: 'reuse', needs: ['scanned', 'photocopied', 'screenshotted', 'screengrabbed', 'screen-grabbed'] };
/** Taken without asking: "didn't ask, but I'm sure he won't mind". */
const UNASKED: Pattern = { re: /\b(?:didn'?t|did not|never|haven'?t|have not) (?:ask|asked)(?: (?:permission|first|them|him|her|NAME|the (?:photographer|owner|artist|band|paper)))?(?= *(?:[,.;:!?)]|but\b|and\b|$))|\bwithout (?:asking|their permission|permission|crediting|credit)\b|\b(?:sure|hope|trust|expect|assume|reckon|guess) (?!you\b|u\b)(?:[a-z'&]+ ){1,3}(?:won'?t|don'?t|doesn'?t|will not|wouldn'?t) mind\b|\bwhat (?:they|he|she|NAME) don'?t know\b/g, messageId: 'reuse', needs: ['ask', 'without', ' mind', "don't know", 'dont know'] };
/** "Saved them off their site", "pinched from the group". */
const TAKEN_FROM: Pattern = { re: /\b(?:saved|downloaded|grabbed|pinched|nicked|lifted|swiped|nabbed|yoinked|robbed|stole|stolen|borrowed|half-inched|ripped)(?: (?:it|this|these|them|that|one|those))? (?:straight )?(?:from|off) (?:their|the|his|her|NAME'?s?|[a-z]+'s|a|an|some|someone'?s?)\b/g, messageId: 'reuse', needs: ['saved', 'downloaded', 'grabbed', 'pinched', 'nicked', 'lifted', 'swiped', 'nabbed', 'yoinked', 'robbed', 'stole', 'borrowed', 'half-inched', 'ripped'] };

/** Taking verbs that only mean one thing when the source is a page, group or feed: "nicked this off the Memories group". */
const TAKEN_OFF_A_PAGE: Pattern = { re: /\b(?:nicked|pinched|nabbed|swiped|yoinked|stole|half-inched|robbed|lifted|grabbed)(?: (?:this|these|it|them|that|one))? (?:from|off) (?:the |a |an |some |someone'?s? |NAME'?s? |[a-z]+'s )?(?:[a-z]+ ){0,3}(?:facebook|fb|insta|instagram|twitter|tiktok|reddit|pinterest|google|group|page|site|website|feed|account|paper|blog|forum|gallery)\b/g, messageId: 'reuse', needs: ['nicked', 'pinched', 'nabbed', 'swiped', 'yoinked', 'stole', 'half-inched', 'robbed', 'lifted', 'grabbed'] };
/** Writing reproduced whole: "here's the Echo's story in full, pasted below", "reproduced the whole editorial below". */
const IN_FULL: Pattern = { re: /\b(?:here'?s|below is|pasted|copied|reproduced|typed out|posting|sharing) (?:the |their |an? |this )?(?:[a-z]+'s )?(?:whole |full |entire )?(?:[a-z]+ )?(?:article|story|piece|report|column|editorial|letter|feature|chapter|statement)\b[^.!?]{0,30}?\b(?:in full|below|here)\b/g, messageId: 'text', needs: ['here', 'below', 'pasted', 'copied', 'reproduced', 'typed out', 'posting', 'sharing'] };

/** Paywalled writing handed round: "paywalled piece pasted below for anyone without a subscription". */
const PAYWALL: Pattern = { re: /\bpaywall(?:ed)?\b[^.!?]{0,60}\b(?:pasted|copied|below|in full|for (?:anyone|those|people|everyone) (?:without|who (?:can'?t|don'?t|haven'?t)|not))\b|\b(?:pasted|copied|typed out|reproduced) (?:below|here|underneath|in full|in the comments) for (?:anyone|those|people|everyone) (?:without|who (?:can'?t|don'?t|haven'?t))\b|\bfor (?:anyone|those|people|everyone) (?:without|who (?:can'?t|don'?t|haven'?t)(?: got)?) (?:a )?(?:subscription|subscribe|get past the paywall)\b/g, messageId: 'text', needs: ['paywall', 'subscription', 'subscribe'] };

const REUSE: Pattern[] = [
  { re: /\b(?:scanned|photographed|typed|copied|pasted|screenshotted) (?:in |out |up )?(?:the whole of|all of|the whole|the full|the entire|every page of)\b|\b(?:(?:the )?whole of|the entire|every page of) (?:the |today'?s |this week'?s )?[a-z]+(?:'s)? (?:[a-z-]+ ){0,2}(?:feature|article|report|story|piece|column|editorial|book|chapter|magazine|paper|supplement)\b/g, messageId: 'text', needs: ['whole', 'entire', 'every page', 'all of', 'full'] },
  { re: /\b(?:song|track|tune|music|soundtrack|backing track)\b[^.!?]{0,50}\b(?:i|we) (?:downloaded|ripped|found|grabbed|took)\b|\b(?:downloaded|ripped) (?:a|the|this|that) (?:[a-z]+ ){0,3}(?:song|track|tune)\b|\b(?:backing track|music|soundtrack) is (?:a|the|that) (?:[a-z]+ ){0,3}(?:song|track|tune)\b/g, messageId: 'reuse', needs: ['song', 'track', 'tune', 'music', 'soundtrack'] },
  { re: new RegExp(String.raw`\b${WORK}(?: [a-z']+){0,6}? (?:from|off|taken from|grabbed from|nicked from|pinched from|lifted from|stolen from|found on|borrowed from|downloaded from|screenshotted from) ${SOURCE}`, 'g'), messageId: 'reuse', needs: ["google", "internet", "the web", "online", "facebook", "twitter", "x", "instagram", "insta", "tiktok", "pinterest", "reddit", "youtube", "another council", "website", "page", "post", "echo", "paper", "news", "bbc", "times", "guardian", "mail", "mirror", "sun", "telegraph", "gazette", "herald", "chronicle", "argus", "mercury", "advertiser", "express", "star", "journal", "bbc", "itv", "sky", "channel 4", "gb news"] },
  { re: new RegExp(String.raw`\bfound (?:this|these|a|an) (?:[a-z]+ ){0,3}${WORK}(?: [a-z']+){0,6}? (?:online|on (?:google|the internet|facebook|twitter|instagram|pinterest|the web|an? (?:[a-z]+ ){0,2}(?:website|site|page|group|forum|blog)))\b`, 'g'), messageId: 'reuse', needs: ["found"] },
  { re: new RegExp(String.raw`\b(?:lifted|nicked|pinched|borrowed|stole|grabbed|swiped|ripped|nabbed|yoinked|saved|half-inched) (?:this|these|that|the|a|an) (?:[a-z]+ ){0,3}${WORK} (?:from|off)\b|\bswapped (?:the|their|out the) logo\b|\b(?:took|taken) (?:this|these|the) (?:[a-z]+ )?${WORK} (?:off|from) (?:facebook|google|twitter|instagram|the internet|someone)\b`, 'g'), messageId: 'reuse', needs: ["lifted", "nicked", "pinched", "borrowed", "stole", "grabbed", "swiped", "ripped", "nabbed", "yoinked", "saved", "half-inched", "swapped", "took", "taken"] },
  { re: /\bno idea who (?:took|made|drew|wrote|owns|shot|filmed) (?:it|this|them)\b|\bwhoever (?:took|made|drew|filmed|shot|painted) (?:this|it|these|them)\b(?! on\b)|\b(?:not sure|no idea|don'?t know) whose (?:it|this|they) (?:is|are)\b|\bdon'?t know who (?:took|made|drew|wrote) (?:it|this)\b|\bno copyright intended\b|\bno copyright infringement intended\b|\b(?:all )?(?:credit|rights) (?:go(?:es)? )?to the (?:original )?owners?\b|\b(?:i|we) (?:don'?t|do not) own (?:this|the rights|any of)\b|\bnot my (?:photo|pic|picture|image|video|music|song)\b/g, messageId: 'reuse', needs: ["whoever", "who took", "who made", "who drew", "who wrote", "who owns", "who shot", "whose", "copyright", "credit", "rights", "own this", "own the", "own any", "not my"] },
  { re: new RegExp(String.raw`\bcopied (?:and pasted|straight|word for word|in full|verbatim)?\s?(?:from|off)\b|\bcopy and paste(?:d)? (?:from|of)\b|\bcopied and pasted\b|\bhere'?s the (?:full|whole) (?:text|article|story|piece) (?:of|from)\b`, 'g'), messageId: 'text', needs: ["copied", "copy and paste", "full text", "whole text", "full article", "whole article", "full story", "whole story", "whole piece", "full piece"] },
  { re: /\b(?:screenshot|screen grab|screengrab|screen-grab) of (?:the |their |an? )?(?:[a-z']+ ){0,3}(?:paywalled|subscriber|premium) (?:article|story|piece|content)\b|\bso you don'?t have to (?:subscribe|pay)\b|\bwithout the paywall\b|\bget round the paywall\b/g, messageId: 'text', needs: ["paywall", "subscribe", "so you don't have to pay", "so you dont have to pay"] },
  UNKNOWN_OWNER,
  TAKEN_OFF_A_PAGE,
  IN_FULL,
  PICTURE_SITE,
  FOUND_IT,
  SCANNED,
  // Broadcast grabs: "screengrab from this morning's BBC Look North", "clip off last night's Question Time".
  { re: new RegExp(String.raw`\b(?:screen ?grabs?|screengrabs?|screen-grabs?|screenshots?|stills?|clips?|footage|snippets?|frames?)(?: [a-z']+){0,3}? (?:from|off|of) ${RECENT}?(?:the )?${BROADCAST}\b|\b(?:ripped|recorded|downloaded|grabbed|screenshotted) (?:it |this |them |the [a-z]+ )?(?:from|off) ${RECENT}?(?:the )?(?:iplayer|youtube|itvx|the telly|tv|the bbc|sky|channel [45])\b`, 'g'), messageId: 'reuse', needs: ['screengrab', 'screen', 'screenshot', 'still', 'clip', 'footage', 'snippet', 'frame', 'ripped', 'recorded', 'downloaded', 'grabbed'] },
  UNASKED,
  TAKEN_FROM,
  // Someone's song under a video: "reel of the carnival set to …".
  { re: /\b(?:video|reel|clip|montage|slideshow|tiktok|film|footage|highlights|timelapse|time-lapse)\b[^.!?]{0,60}\b(?:set to|soundtracked by|backing track(?: is|:)?|to the sound of)(?= (?!(?:be|go|open|close|start|launch|become|return|rise|fall|cost|double|continue|get|make|take|have|happen|run|appear|air|feature|the council|council)\b))/g, messageId: 'reuse', needs: ['set to', 'soundtracked', 'backing track', 'to the sound of'] },
  PAYWALL,
  { re: /\b(?:llun|lluniau|fideo|delwedd|delweddau|cartŵn)\b[^.!?]{0,40}?\b(?:oddi ar|o) (?:google|facebook|y we|instagram|twitter|tiktok|wefan [a-z]+)\b/g, messageId: 'reuse', needs: ['oddi ar', ' o '] },
  { re: /\b(?:getty(?: images)?|shutterstock|alamy|istock|adobe stock|pa images|reuters)\b[^.!?]{0,30}\b(?:screenshot|screen grab|watermark)\b|\b(?:screenshot|screen grab)\b[^.!?]{0,30}\b(?:getty|shutterstock|alamy|istock)\b/g, messageId: 'reuse', needs: ["getty", "shutterstock", "alamy", "istock", "adobe stock", "pa images", "reuters"] },
  { re: new RegExp(String.raw`\bused (?:the |their |a |an )?(?:[a-z]+'?s )?(?:[a-z]+ )?${WORK}\b[^.!?]{0,60}\b(?:on my (?:leaflet|poster|flyer|page|newsletter|website)|without (?:asking|permission))|\bhope (?:they|he|she) don'?t mind\b|\b${WORK}\b[^.!?]{0,80}\bhope (?:that'?s|it'?s|this is) (?:ok|okay|alright|all right|fine)\b`, 'g'), messageId: 'reuse', needs: ["used", "hope they", "hope he", "hope she", "hope that", "hope it", "hope this"] },
];

const USE_WORDS = /\b(?:header|banner|leaflet|newsletter|poster|flyer|profile|background|cover|used|using|use|came up trumps)\b/;
const MONEY = /£|\b(?:money|funding|budget|loan|grant|idea|ideas|scheme|policy)\b/;
const WORK_OR_USE = new RegExp(`${WORK_WORD.source}|${USE_WORDS.source}`);
const PUBLICATION_WORD = new RegExp(String.raw`\b${PUBLICATION}\b`);

/** What must be in the sentence (or the one before) for these patterns' hits to be about someone's work. */
const CONTEXT = new Map<Pattern, (around: string, sentence: string) => boolean>([
  [UNKNOWN_OWNER, (around) => WORK_OR_USE.test(around)],
  [PICTURE_SITE, (around) => WORK_OR_USE.test(around)],
  [FOUND_IT, (around) => WORK_OR_USE.test(around)],
  [SCANNED, (around) => PUBLICATION_WORD.test(around)],
  [UNASKED, (around) => WORK_WORD.test(around)],
  [TAKEN_FROM, (around, sentence) => WORK_WORD.test(around) && !MONEY.test(sentence)],
]);

/** Permission or credit given: not a copyright concern. */
const PERMITTED =
  /\b(?:with (?:kind )?permission|used with permission|permission (?:from|of|to (?:share|use|post|reproduce))|(?:NAME|his|her|their|the (?:owner|photographer|artist|author))'?s? (?:kind )?permission|courtesy of|licen[cs]ed|creative commons|cc by|my own (?:photo|picture|image|video)|photo(?:graph)?(?: credit)?:? (?:me|mine)|shared with (?:their|his|her) permission|thanks to (?:NAME|[a-z]+) for (?:letting (?:me|us)|allowing (?:me|us)|sharing|the|this|these) ?(?:photos?|pictures?|images?|video|share|use)?|(?:photo|picture|image|video) (?:credit|by):? ?(?:NAME|@)|credit:? (?:NAME|to NAME))\b|©|\(c\)\s*\d{4}/;
/** Reusing your own or the council's material is not a copyright concern. */
const OWN_SOURCE = /^\s*(?:my|our|the council'?s?|this council'?s?|[a-z]+ council'?s?|the [a-z]+ council'?s?)\b/;
/** Long quotations can be reused text; this many words or more in one quotation. */
const LONG_QUOTE_WORDS = 80;

export default defineRule({
  meta: {
    id: 'copyright',
    description: "Signs of reusing others' images or text without permission.",
    sources: ["CG Dos and Don'ts", 'DSC 4.5'],
    section: { ref: "CG Dos and Don'ts", anchor: '#dos-and-donts' },
    why: "The council's Dos and Don'ts warn that placing images or text from a copyrighted source online without permission is likely to breach copyright.",
    severity: { relaxed: 'off', standard: 'info', 'pre-election': 'info' },
    scope: 'words',
    checksComments: false,
    messages: {
      reuse: 'This looks like someone else’s image or work used without permission; ask the owner or credit them.',
      text: 'This reposts someone else’s writing; link to it and quote a sentence or two instead.',
      long: 'This is a long quotation; link to the source and quote only what you need.',
    },
    examples: {
      valid: [
        'Gorgeous shot of the new footbridge. Photo used with permission of @DaniRees_Photo, thanks Dani.',
        'I’ve copied in the head of highways on this thread so she can answer directly.',
        'Sharing the council’s post about the new recycling rules below.',
      ],
      invalid: [
        'Photo from Google of what the new flats could look like.',
        'Nicked this cartoon off Facebook, sums up the bin situation perfectly.',
        'Here’s the full text of the Echo’s editorial, copied and pasted so you can read it without the ads.',
      ],
    },
  },
  check(context) {
    const { doc, text } = context;
    if (PERMITTED.test(doc.view.folded)) return;
    const hits: Array<{ start: number; end: number; messageId: string; paywall?: boolean }> = [];
    for (const hit of findPatterns(context, REUSE)) {
      const needed = CONTEXT.get(hit.pattern);
      if (needed) {
        const sentence = doc.sentenceAt(hit.start);
        const previous = sentence ? doc.sentences[sentence.index - 1] : undefined;
        const own = sentence ? doc.view.sentence(sentence) : '';
        const around = `${previous && previous.paragraph === sentence!.paragraph ? doc.view.sentence(previous) : ''} ${own}`;
        if (!needed(around, own)) continue;
      }
      if (hit.pattern.messageId === 'text' && OWN_SOURCE.test(doc.view.between(hit.end, Math.min(text.length, hit.end + 40)))) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId, paywall: hit.pattern === PAYWALL });
    }
    for (const quote of doc.quotes) {
      if (text.slice(quote.start, quote.end).split(/\s+/).length >= LONG_QUOTE_WORDS) {
        hits.push({ start: quote.outerStart, end: quote.outerEnd, messageId: 'long' });
      }
    }
    // A paywall remark next to another sign in the same sentence adds nothing: one finding is enough.
    const kept = hits.filter(
      (hit) => !hit.paywall || !hits.some((other) => !other.paywall && doc.sentenceAt(other.start) === doc.sentenceAt(hit.start)),
    );
    for (const { paywall: _paywall, ...hit } of dropOverlaps(kept)) context.report(hit);
  },
});
