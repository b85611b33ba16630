import { defineRule } from '../src/engine/define-rule';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

const WORK = '(?:photos?|pics?|pictures?|images?|shots?|snaps?|aerial shots?|videos?|clips?|footage|stills?|screen ?grabs?|screenshots?|gifs?|cartoons?|memes?|infographics?|graphics?|maps?|drawings?|illustrations?|artwork|logos?|songs?|music|track|article|articles|editorial|story|column|text)';
/** A work in the sentence (or the one before): what the signs below must be about. */
const WORK_WORD = /\b(?:photo(?:graph)?s?|pics?|pictures?|images?|shots?|snaps?|videos?|reels?|clips?|footage|stills?|screen ?grabs?|screengrabs?|screenshots?|gifs?|cartoons?|memes?|infographics?|graphics?|maps?|drawings?|illustrations?|artwork|logos?|songs?|music|tracks?|tunes?|soundtrack|article|articles|editorial|piece|story|column|cover|front page|header|banner)\b/;
/** Newspapers, magazines, broadcasters and their parts. */
const PUBLICATION = String.raw`(?:magazine|mag|paper|newspaper|front page|cover|article|book|chapter|cartoon|comic|column|editorial|feature|supplement|gazette|echo|herald|chronicle|argus|mercury|advertiser|courier|journal|times|telegraph|guardian|mirror|private eye|[a-z]+'s (?:cover|page|front page|article|piece|story|cartoon))`;
const BROADCAST = String.raw`(?:bbc|itv|itvx|iplayer|sky|channel [45]|gb news|s4c|cnn|the news|the telly|tv|look north|calendar|newsnight|question time|panorama|breakfast|the one show|match of the day|countryfile|[a-z]+ (?:news|tonight|today))`;
const RECENT = String.raw`(?:(?:last night|this morning|tonight|today|yesterday|this week|last week|sunday|monday|tuesday|wednesday|thursday|friday|saturday)'?s )`;
/** Newspapers by their title words, news agencies and picture libraries: "the Northern Echo", "Daily Mail", "Getty". */
const OUTLET = String.raw`(?:getty(?: images)?|shutterstock|alamy|istock(?:photo)?|adobe stock|dreamstime|depositphotos|reuters|pa (?:images|wire|media)|press association|(?:the )?(?:(?!(?:is|was|it|its|this|that|on|in|from|of|off|via|and|but|my|our|i|saw|by|to|for|at|a|an|the)\b)[a-z]+ ){0,2}(?:echo|gazette|herald|chronicle|argus|mercury|advertiser|courier|telegraph|guardian|mirror|express|independent|observer|sentinel|examiner)|the (?:daily |sunday |evening |morning )?(?:mail|sun|times|star|post|standard|record|journal|news)|(?:daily|sunday|evening|morning) (?:mail|express|star|post|news|record|telegraph|mirror|times)|(?:the )?local (?:paper|rag|news)|an? (?:news|newspaper|photographer'?s?|photography|stock photo|picture) (?:website|site|page|app|account|library))`;
const SOURCE = String.raw`(?!(?:the |our |my |this )(?:[a-z]+ )?council|council)(?:google|google images|the internet|the web|online|facebook|twitter|x|instagram|insta|tiktok|pinterest|reddit|youtube|another council|a (?:[a-z']+ ){0,2}(?:website|site|page|group|forum|blog|account|feed)|someone(?: else)?(?:'s)? (?:[a-z]+ )?(?:page|site|website|post|insta|instagram|facebook|feed|account|group|story|reel|tiktok|twitter)|(?:the )?(?:[a-z']+ ){0,2}[a-z]+'s (?:site|website|page|paper|feed|account|insta|instagram|facebook|twitter|blog|feature|article|gallery|archive|photos|pictures|album|coverage|front page|cover|channel)|the (?:[a-z']+ ){0,3}(?:facebook |fb )?group(?: page)?|(?:the )?(?:bbc|itv|sky|channel 4|gb news)(?: news)?(?:(?:'s)? (?:site|website|page|app))?|${OUTLET}(?:(?:'s)? (?:site|website|page|app))?|the (?:echo|paper|papers|news|times|guardian|mail|mirror|sun|telegraph|[a-z]+ (?:echo|gazette|herald|post|times|news|chronicle|argus|mercury|advertiser|express|star|journal|courier))(?:(?:'s)? (?:site|website|page|app))?)`;

/** Nobody knows whose it is: "photographer unknown", "can't remember where I got it". */
const UNKNOWN_OWNER: Pattern = { re: /\b(?:photographer|artist|author|creator|source|owner|photo credit|image credit|credit)(?: is| was)? (?:unknown|not known|unclear|a mystery)\b|\b(?:unknown|uncredited|anonymous) (?:photographer|artist|source|creator)\b|\bcan'?t remember where i (?:got|found|saw) (?:it|this|these|them)\b|\bno idea where (?:it|this|these|they) (?:came|come|comes) from\b|\bdon'?t know where (?:it|this) (?:came|comes) from\b/g, messageId: 'reuse', needs: ['unknown', 'not known', 'unclear', 'a mystery', 'uncredited', 'anonymous', 'remember where', 'where it', 'where this', 'where these', 'where they'] };
/** Picture sites that hand out other people's photos: "Pinterest came up trumps for the header". */
const PICTURE_SITE: Pattern = { re: /\b(?:pinterest|google images?|google image search|image search)\b/g, messageId: 'reuse', needs: ['pinterest', 'google image', 'image search'] };
/** "Found it on Google Images". */
const FOUND_IT: Pattern = { re: /\bfound (?:it|this|these|them|one|that) (?:on|via|through|off) (?:google(?: images)?|pinterest|the internet|the web|facebook|instagram|insta|twitter|tiktok|reddit|a (?:[a-z]+ ){0,2}(?:website|site|page|group|forum|blog))\b/g, messageId: 'reuse', needs: ['found'] };
/** Print scanned or copied: "scanned it in for you", "photocopied the Echo's cartoon". */
const SCANNED: Pattern = { re: new RegExp(String.raw`\b(?:scanned|photocopied|screenshotted|screen-?grabbed)(?: (?:in|out|it|this|them|these|the (?:[a-z']+ ){0,2}(?:page|pages|cover|article|chapter|map|cartoon|piece|story|front page|column)))+\b`, 'g'), messageId: 'reuse', needs: ['scanned', 'photocopied', 'screenshotted', 'screengrabbed', 'screen-grabbed'] };
/** Taken without asking: "didn't ask, but I'm sure he won't mind". */
const UNASKED: Pattern = { re: /\b(?:didn'?t|did not|never|haven'?t|have not) (?:ask|asked)(?: (?:permission|first|them|him|her|NAME|the (?:photographer|owner|artist|band|paper)))?(?= *(?:[,.;:!?)]|but\b|and\b|$))|\bwithout (?:asking|their permission|permission|crediting|credit)\b|\b(?:sure|hope|trust|expect|assume|reckon|guess) (?!you\b|u\b)(?:[a-z'&]+ ){1,3}(?:won'?t|don'?t|doesn'?t|will not|wouldn'?t) mind\b|\bwhat (?:they|he|she|NAME) don'?t know\b/g, messageId: 'reuse', needs: ['ask', 'without', ' mind', "don't know", 'dont know'] };
/** "Saved them off their site", "pinched from the group". */
const TAKEN_FROM: Pattern = { re: /\b(?:shared|reshared|reposted|saved|downloaded|screenshotted|screen-?grabbed|screengrabbed|grabbed|pinched|nicked|lifted|swiped|nabbed|yoinked|robbed|stole|stolen|borrowed|half-inched|ripped)(?: (?:it|this|these|them|that|one|those))? (?:straight )?(?:from|off) (?!(?:the |our |my |this )(?:[a-z]+ )?council|council)(?:their|the|his|her|NAME'?s?|[a-z]+'s|a|an|some|someone'?s?)\b/g, messageId: 'reuse', needs: ['shared', 'reshared', 'reposted', 'screenshotted', 'screengrabbed', 'screen-grabbed', 'saved', 'downloaded', 'grabbed', 'pinched', 'nicked', 'lifted', 'swiped', 'nabbed', 'yoinked', 'robbed', 'stole', 'borrowed', 'half-inched', 'ripped'] };

/** Taking verbs that only mean one thing when the source is a page, group or feed: "nicked this off the Memories group". */
const TAKEN_OFF_A_PAGE: Pattern = { re: /\b(?:nicked|pinched|nabbed|swiped|yoinked|stole|half-inched|robbed|lifted|grabbed)(?: (?:this|these|it|them|that|one))? (?:from|off) (?:the |a |an |some |someone'?s? |NAME'?s? |[a-z]+'s )?(?:[a-z]+ ){0,3}(?:facebook|fb|insta|instagram|twitter|tiktok|reddit|pinterest|google|group|page|site|website|feed|account|paper|blog|forum|gallery)\b/g, messageId: 'reuse', needs: ['nicked', 'pinched', 'nabbed', 'swiped', 'yoinked', 'stole', 'half-inched', 'robbed', 'lifted', 'grabbed'] };
/** Writing reproduced whole: "here's the Echo's story in full, pasted below", "reproduced the whole editorial below". */
const IN_FULL: Pattern = { re: /\b(?:here'?s|below is|pasted|copied|reproduced|typed out|posting|sharing) (?:the |their |an? |this )?(?:[a-z]+'s )?(?:whole |full |entire )?(?:[a-z]+ )?(?:article|story|piece|report|column|editorial|letter|feature|chapter|statement)\b[^.!?]{0,30}?\b(?:in full|below|here)\b/g, messageId: 'text', needs: ['here', 'below', 'pasted', 'copied', 'reproduced', 'typed out', 'posting', 'sharing'] };

/** Paywalled writing handed round: "paywalled piece pasted below for anyone without a subscription". */
const PAYWALL: Pattern = { re: /\bpaywall(?:ed)?\b[^.!?]{0,60}\b(?:pasted|copied|below|in full|for (?:anyone|those|people|everyone) (?:without|who (?:can'?t|don'?t|haven'?t)|not))\b|\b(?:pasted|copied|typed out|reproduced) (?:below|here|underneath|in full|in the comments) for (?:anyone|those|people|everyone) (?:without|who (?:can'?t|don'?t|haven'?t))\b|\bfor (?:anyone|those|people|everyone) (?:without|who (?:can'?t|don'?t|haven'?t)(?: got)?) (?:a )?(?:subscription|subscribe|get past the paywall)\b/g, messageId: 'text', needs: ['paywall', 'subscription', 'subscribe'] };

/** The words every WORK form starts with (the needle set matches word starts). */
const WORK_NEEDS = ['photo', 'pic', 'image', 'shot', 'snap', 'video', 'clip', 'footage', 'still', 'screen', 'gif', 'cartoon', 'meme', 'infographic', 'graphic', 'map', 'drawing', 'illustration', 'artwork', 'logo', 'song', 'music', 'track', 'article', 'editorial', 'story', 'column', 'text', 'aerial'];
/** The words every OUTLET (and broadcaster) starts with. */
const OUTLET_NEEDS = ['bbc', 'itv', 'sky', 'channel', 'gb news', 'cnn', 's4c', 'getty', 'shutterstock', 'alamy', 'istock', 'adobe stock', 'dreamstime', 'depositphotos', 'reuters', 'pa ', 'press association', 'echo', 'gazette', 'herald', 'chronicle', 'argus', 'mercury', 'advertiser', 'courier', 'telegraph', 'guardian', 'mirror', 'express', 'independent', 'observer', 'sentinel', 'examiner', 'mail', 'sun', 'times', 'star', 'post', 'standard', 'record', 'journal', 'news', 'local', 'a news', 'an news', 'a newspaper', 'a photographer', 'a photography', 'a stock', 'a picture'];
/** Pictures, film and sound (WORK without the writing). */
const VISUAL = '(?:photos?|pics?|pictures?|images?|shots?|snaps?|videos?|clips?|footage|stills?|screen ?grabs?|screenshots?|gifs?|cartoons?|memes?|infographics?|graphics?|maps?|drawings?|illustrations?|artwork|logos?|songs?|music)';
/** A credit line naming a paper, broadcaster, agency or search engine as the source: "Image: BBC News.", "Pic via the Evening Post". */
const CREDIT_LINE: Pattern = { re: new RegExp(String.raw`\b${WORK}(?: source)?(?:: ?| - | – | via | frm | courtesy of (?=google|the internet|the web))(?:bbc|itv|sky|channel [45]|gb news|cnn|s4c|google(?: images?| maps| earth| street ?view)?|the internet|the web|${OUTLET})(?: [a-z]+)?(?=\s*(?:[^\sa-z0-9]|$)|'s\b)`, 'g'), messageId: 'reuse', needs: [...OUTLET_NEEDS, 'google', 'the internet', 'the web'] };
/** A named paper's, broadcaster's or agency's work ("the Echo's photo", "Sky News footage"): a concern next to a sign it was reused (see REUSED). */
const OUTLET_WORK: Pattern = { re: new RegExp(String.raw`\b(?:(?:the )?(?:bbc|itv|sky|channel [45]|gb news|cnn)(?: news| sport)?|${OUTLET})(?:'s?)? (?:[a-z-]+ ){0,2}${VISUAL}\b`, 'g'), messageId: 'reuse', needs: OUTLET_NEEDS };
/** Picture libraries by name: "used a Getty image for the header". */
const STOCK: Pattern = { re: /\b(?:getty(?: images)?|shutterstock|alamy|istock(?:photo)?|adobe stock|dreamstime|depositphotos|123rf)\b/g, messageId: 'reuse', needs: ['getty', 'shutterstock', 'alamy', 'istock', 'adobe stock', 'dreamstime', 'depositphotos', '123rf'] };
/** "Not sure who took this", "no idea whose it is", "pic isn't mine", "dunno where it came from". */
const WHOSE: Pattern = { re: new RegExp(String.raw`\b(?:not sure|no idea|don'?t know|dunno|unsure|no clue|not a clue|not certain|can'?t find out|can'?t remember)(?: of)? (?:who|whose|where)(?: (?:exactly|originally))? (?:took|taken|owns?|made|drew|drawn|shot|filmed|painted|created|it (?:came|comes) from|this (?:came|comes) from|it'?s from|it is|this is|they are)(?: (?:it|this|these|them|that|the (?:[a-z-]+ )?${WORK}|the original))?(?=\s*(?:[,.;:!?)\-–]|but\b|and\b|so\b|though\b|tbh\b|$))|\b(?:can'?t|cannot|couldn'?t) (?:find|trace|track down|work out) (?:who|whose|the (?:owner|photographer|artist|source|original))\b|\bwhose name i (?:can'?t|cannot|couldn'?t|don'?t) (?:find|know|remember)\b|\b(?:someone|somebody) else'?s (?:[a-z-]+ )?${WORK}\b|\b(?:isn'?t|is not|aren'?t|are not|ain'?t|not) (?:mine|my own|ours|our own)(?=\s*(?:[,.;:!?)\-–]|but\b|$|i\b|just\b|found\b|saw\b|btw\b|tbh\b|though\b|lol\b|someone\b|somebody\b))`, 'g'), messageId: 'reuse', needs: ['find', 'trace', 'track down', 'work out', 'whose name', 'else', 'not sure', 'no idea', "don't know", 'dont know', 'dunno', 'unsure', 'clue', 'not certain', 'find out', 'remember', 'mine', 'my own', 'ours', 'our own'] };
/** Worry about the owner finding out: "hope they don't sue", "hopefully nobody notices", "apologies to whoever owns it", "happy to take it down if". */
const OWNER_WORRY: Pattern = { re: /\b(?:hope|hoping|hopefully|fingers crossed)\b[^.!?]{0,30}?\b(?:(?:don'?t|doesn'?t|won'?t|not) (?:sue|come after|chase|notice|send (?:me )?(?:a|their) (?:lawyers?|bill|invoice))|(?:nobody|no-?one|no one) (?:notices|will notice|minds)|not (?:sued|caught))\b|\b(?:don'?t|please don'?t) sue (?:me|us)\b|\bcopyright police\b|\b(?:apologies|sorry) to (?:whoever|the (?:owner|photographer|artist|paper|original poster))\b|\bif (?:this is|it'?s|these are) yours\b|\b(?:happy|will|i'?ll|can) (?:to )?(?:take|remove|delete) (?:it|this|them) (?:down |off )?if (?:the owner|you own|it'?s yours|anyone objects|someone objects|the photographer)\b/g, messageId: 'reuse', needs: ['hope', 'fingers crossed', 'sue', 'copyright police', 'apologies to', 'sorry to', 'yours', 'take it', 'take this', 'take them', 'remove', 'delete'] };
/** "This came from the Echo", "I think it's from a news site": where the work came from, told after it. */
const CAME_FROM: Pattern = { re: new RegExp(String.raw`\b(?:this|it|these|they|that|one) (?:came|comes|come|is|was|were|are|'s) (?:originally |probably |apparently |i think )?(?:from|off) ${SOURCE}`, 'g'), messageId: 'reuse', needs: ['came', 'comes', 'come', 'from', 'off'] };
/** Someone's song under a video: "uses a Coldplay track", "set our video to an Adele song", "a song by". */
const MUSIC_BED: Pattern = { re: /\b(?:uses?|using|used|features?|featuring|with|to|over|plays?|playing) (?:a|an|the|some|that) (?:[a-z']+ ){0,2}(?:song|track|tune|hit|single|banger|anthem)\b(?! (?:through|along|across|over|round|around|near|behind|past|up|down|leading|beside|between|that runs|which runs|by the|to the|from the|on the))|\bset (?:(?:our|my|the|this|it|them|that) )?(?:[a-z-]+ )?(?:video|reel|clip|montage|film|slideshow|footage|tiktok) to\b(?! (?:be|go|open|close|start|launch|become|return|run|air|appear|premiere|publish|release|drop|auto|private|public|play automatically|stream|show|upload|post|save)\b)|\b(?:song|track|tune) by\b|\bas (?:the|a|its) (?:soundtrack|backing track|backing music|theme tune)\b/g, messageId: 'reuse', needs: ['song', 'track', 'tune', 'hit', 'single', 'banger', 'anthem', 'set', 'soundtrack', 'backing', 'theme'] };
/** Writing copied in full: "copied in full", "word for word", "pasted verbatim". */
const COPIED_FULL: Pattern = { re: /\b(?:copied|pasted|reproduced|typed out|posted|printed|uploaded|screenshotted|copy-?pasted)(?: (?:it|this|them|here|below|out))? (?:in full|word for word|verbatim|in (?:its|their) entirety|wholesale|page by page)\b|\bcopied(?: and pasted)? (?:this|it|these|that|the (?:[a-z-]+ ){0,2}(?:text|bit|words|paragraph|passage|article|piece|blurb|description|write-?up))(?: (?:straight|word for word|verbatim|in full|wholesale))? (?:from|off)\b/g, messageId: 'text', needs: ['copied', 'pasted', 'reproduced', 'typed out', 'posted', 'printed', 'uploaded', 'screenshotted', 'copy'] };
/** Paywalled writing photographed or copied: "screenshot of the article since you can't get past the paywall". */
const PAYWALL_COPY: Pattern = { re: /\b(?:screenshots?|screen ?grabs?|screengrabs?|screenshotted|copied|pasted|typed out|photos? of|pics? of|in full|text of)\b[^.!?]{0,80}?(?:\bpaywall(?:ed|s)?|\bsubscribers?[- ]only|\bbehind (?:a|the|their) (?:subscription|login))\b|(?:\bpaywall(?:ed|s)?|\bsubscribers?[- ]only|\bbehind (?:a|the|their) (?:subscription|login))\b[^.!?]{0,60}?\b(?:screenshots?|screen ?grabs?|screengrabs?|screenshotted|copied|pasted|typed out|in full)\b/g, messageId: 'text', needs: ['paywall', 'subscriber', 'behind a', 'behind the', 'behind their'] };

/** A sign the author took or reposted a work (beside "the Echo's photo"). */
const REUSED = /\b(?:reposted|reposting|repost|reshared|resharing|re-?uploaded|uploaded|downloaded|saved|screenshotted|screen-?grabbed|ripped|grabbed|copied|pasted|nicked|pinched|lifted|borrowed|stole|stolen|printed|used|using|put (?:it|this|them|the [a-z]+)? ?(?:on|in)|on (?:my|our) (?:[a-z]+ )?(?:leaflets?|posters?|flyers?|newsletters?|banners?|headers?|profile|cover|website|page|literature|mailshot))\b/;
const VIDEO_WORD = /\b(?:video|videos|reel|reels|clip|clips|montage|slideshow|tiktok|film|footage|highlights|timelapse|time-lapse|vlog|soundtrack|advert|ad)\b/;
const REPOST_WORD = /\b(?:reshar\w*|repost\w*|shared|sharing|share|posted|posting|screenshot\w*|printed|uploaded|used|using)\b/;
const WEB_WORD = /\b(?:website|site|blog|page|post)\b/;
const RESHARED = /\b(?:reshar\w*|repost\w*|screenshot\w*)\b/;
/** Got from somewhere online: "got this off fb". */
const ORIGIN = /\b(?:got|nicked|grabbed|saved|found|pinched|lifted) (?:this|it|these) (?:off|from|on)\b|\b(?:off|from|on) (?:fb|facebook|insta|instagram|twitter|tiktok|google|the internet)\b/;
const MAKER_WORD = /\b(?:photographer|artist|cartoonist|illustrator|painter|designer|author|credit)\b/;


const REUSE: Pattern[] = [
  { re: /\b(?:scanned|photographed|typed|copied|pasted|screenshotted) (?:in |out |up )?(?:the whole of|all of|the whole|the full|the entire|every page of)\b|\b(?:lifted|nicked|pinched|reproduced|uploaded|printed|posted|reposted) (?:the whole|the full|the entire|all of the) (?:[a-z']+ ){0,2}(?:article|piece|story|column|editorial|feature|chapter|supplement)\b|\b(?:(?:the )?whole of|the entire|every page of) (?:the |today'?s |this week'?s )?[a-z]+(?:'s)? (?:[a-z-]+ ){0,2}(?:feature|article|report|story|piece|column|editorial|book|chapter|magazine|paper|supplement)\b/g, messageId: 'text', needs: ['whole', 'entire', 'every page', 'all of', 'full'] },
  { re: /\b(?:song|track|tune|music|soundtrack|backing track)\b[^.!?]{0,50}\b(?:i|we) (?:downloaded|ripped|found|grabbed|took)\b|\b(?:downloaded|ripped) (?:a|the|this|that) (?:[a-z]+ ){0,3}(?:song|track|tune)\b|\b(?:backing track|music|soundtrack) is (?:a|the|that) (?:[a-z]+ ){0,3}(?:song|track|tune)\b/g, messageId: 'reuse', needs: ['song', 'track', 'tune', 'music', 'soundtrack'] },
  { re: new RegExp(String.raw`\b${WORK}(?: [a-z']+){0,6}? (?:from|frm|off|via|taken from|taken off|grabbed from|nicked from|pinched from|lifted from|stolen from|found on|saw (?:it |this )?on|seen on|spotted on|borrowed from|downloaded from|screenshotted from|saved from|reposted from|sourced from) ${SOURCE}`, 'g'), messageId: 'reuse', needs: WORK_NEEDS },
  { re: new RegExp(String.raw`\b(?:found|saw|spotted|came across|seen) (?:this|these|a|an|that) (?:[a-z]+ ){0,3}${WORK}(?: [a-z']+){0,6}? (?:online|on ${SOURCE})`, 'g'), messageId: 'reuse', needs: ['found', 'saw', 'spotted', 'came across', 'seen'] },
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
  CREDIT_LINE,
  OUTLET_WORK,
  STOCK,
  WHOSE,
  OWNER_WORRY,
  CAME_FROM,
  MUSIC_BED,
  COPIED_FULL,
  PAYWALL_COPY,
  { re: /\b(?:llun|lluniau|fideo|delwedd|delweddau|cartŵn)\b[^.!?]{0,40}?\b(?:oddi ar|o) (?:google|facebook|y we|instagram|twitter|tiktok|wefan [a-z]+)\b/g, messageId: 'reuse', needs: ['oddi ar', ' o '] },
  // Someone else's picture with their mark left on or taken off: "watermark and all", "cropped the watermark out".
  { re: /\bwatermark and all\b|\b(?:with|complete with|still (?:has|with|got)|kept|left|leaving|crop(?:ped)?(?: out)?|removed|remove|removing|blurred|blur|edited out|photoshopped out) (?:the |their |its |a |that )?watermarks?\b|\bstock (?:photo|image|picture|pic|shot)s?\b[^.!?]{0,60}?\b(?:couldn'?t be bothered|didn'?t have (?:one|time)|off (?:google|the internet|the web|a website)|watermark)/g, messageId: 'reuse', needs: ['watermark', 'stock'] },
  { re: /\b(?:getty(?: images)?|shutterstock|alamy|istock|adobe stock|pa images|reuters)\b[^.!?]{0,30}\b(?:screenshot|screen grab|watermark)\b|\b(?:screenshot|screen grab)\b[^.!?]{0,30}\b(?:getty|shutterstock|alamy|istock)\b/g, messageId: 'reuse', needs: ["getty", "shutterstock", "alamy", "istock", "adobe stock", "pa images", "reuters"] },
  { re: new RegExp(String.raw`\bused (?:the |their |a |an )?(?:[a-z]+'?s )?(?:[a-z]+ )?${WORK}\b[^.!?]{0,60}\b(?:on my (?:leaflet|poster|flyer|page|newsletter|website)|without (?:asking|permission))|\b${WORK}\b[^.!?]{0,80}\bhope (?:that'?s|it'?s|this is) (?:ok|okay|alright|all right|fine)\b`, 'g'), messageId: 'reuse', needs: ["used", "hope that", "hope it", "hope this"] },
];

const USE_WORDS = /\b(?:header|banner|leaflet|newsletter|poster|flyer|profile|background|cover|used|using|use|came up trumps)\b/;
const MONEY = /£|\b(?:money|funding|budget|loan|grant|idea|ideas|scheme|policy)\b/;
const WORK_OR_USE = new RegExp(`${WORK_WORD.source}|${USE_WORDS.source}`);
const PUBLICATION_WORD = new RegExp(String.raw`\b${PUBLICATION}\b`);

/** What must be in the sentence (or the one before) for these patterns' hits to be about someone's work. */
const CONTEXT = new Map<Pattern, (around: string, sentence: string) => boolean>([
  [UNKNOWN_OWNER, (around) => WORK_OR_USE.test(around) || MAKER_WORD.test(around)],
  [OUTLET_WORK, (around) => REUSED.test(around)],
  [STOCK, (around) => WORK_OR_USE.test(around)],
  [WHOSE, (around) => WORK_WORD.test(around) || MAKER_WORD.test(around) || ORIGIN.test(around)],
  [OWNER_WORRY, (around) => WORK_OR_USE.test(around) || REPOST_WORD.test(around)],
  [CAME_FROM, (around, sentence) => WORK_WORD.test(around) && !MONEY.test(sentence)],
  [MUSIC_BED, (around) => VIDEO_WORD.test(around)],
  [COPIED_FULL, (around) => PUBLICATION_WORD.test(around) || WORK_WORD.test(around) || WEB_WORD.test(around)],
  [PICTURE_SITE, (around) => WORK_OR_USE.test(around)],
  [FOUND_IT, (around) => WORK_OR_USE.test(around)],
  [SCANNED, (around) => PUBLICATION_WORD.test(around)],
  [UNASKED, (around) => WORK_WORD.test(around) || RESHARED.test(around)],
  [TAKEN_FROM, (around, sentence) => WORK_WORD.test(around) && !MONEY.test(sentence)],
]);

/** Permission or credit given: not a copyright concern. */
const PERMITTED =
  /\b(?:with (?:kind )?permission|used with permission|permission (?:from|of|to (?:share|use|post|reproduce))|(?:NAME|his|her|their|the (?:owner|photographer|artist|author))'?s? (?:kind )?permission|with (?:their|his|her|the [a-z]+'s|NAME'?s?) (?:blessing|consent|ok|okay|say-so)|(?:they|he|she|NAME) (?:said|says) (?:it'?s|it was|it is) (?:fine|ok|okay|alright) to (?:use|share|post)|courtesy of (?!(?:google|mr google|the internet|the web|facebook|twitter|instagram|tiktok|pinterest|reddit)\b)|licen[cs]ed|creative commons|cc by|my own (?:photo|picture|image|video)|photo(?:graph)?(?: credit)?:? (?:me|mine)|shared with (?:their|his|her) permission|thanks to (?:NAME|[a-z]+) for (?:letting (?:me|us)|allowing (?:me|us)|sharing|the|this|these) ?(?:photos?|pictures?|images?|video|share|use)?|(?:photo|picture|image|video) (?:credit|by):? ?(?:NAME|@)|credit:? (?:NAME|to NAME))\b|©|\(c\)\s*\d{4}/;
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
