import { defineRule } from '../src/engine/define-rule';
import { mayMatch } from '../src/engine/match/prefilter';
import { peopleView, PERSON_ROLES } from '../src/engine/nlp/context';
import { findPeople, type PersonMention } from '../src/engine/nlp/people';
import type { FoldedView, Sentence, TextDocument } from '../src/engine/text/document';
import type { HistoryEntry } from '../src/engine/types';
import type { CouncilSettings } from '../src/config/types';

/** A post criticising someone already criticised in this many recent posts is part of a pattern. */
export const HISTORY_THRESHOLD = 3;
/** …within this many days. */
export const HISTORY_DAYS = 60;

/** Words that make a sentence about a person critical. */
export const CRITICAL =
  /\b(?:fail(?:s|ed|ure|ures|ing)?|blunders?|gaffes?|howlers?|ignor(?:e|es|ed|ing)|missed|never once|broken promises?|hasn'?t (?:answered|replied|responded|bothered)|still (?:hasn'?t|waiting|no answer)|won'?t answer|dodg(?:e|es|ed|ing)|refus(?:e|es|ed|ing) to|incompeten(?:t|ce)|useless|clueless|hopeless|disgrace(?:ful)?|shame(?:ful)?|out of (?:his|her|their) depth|resign(?:s|ed|ation)?|(?:should|must|has to|needs to|ought to) (?:go|step down|be sacked)|excuses?|mess|misled|lie[ds]?|lying|liar|silen(?:ce|t)|absent|no-?show|skip(?:s|ped|ping) (?:the |another |a |yet another |this week'?s )?(?:[a-z]+ )?(?:meeting|council|committee|cabinet|surgery|vote|hustings)|(?:didn'?t|did not|never) (?:turn up|show up|show|bother)|(?:couldn'?t|can'?t) be bothered|where (?:was|is|were)|specials?|embarrass(?:ing|ment)|pathetic|joke|clown|asleep|do (?:his|her|their) job|no (?:answers?|reply|response)|(?:still|hasn'?t|has not|won'?t|never|refuses to|failed to) (?:not )?(?:answered|answer|explained|explain|replied|reply|responded|respond)|not (?:answered|explained)|accountab(?:le|ility)|track record|non-answers?|unanswered|unreturned|answer the question|wrong|got (?:it|that|this) wrong|blam(?:e|es|ed|ing)|u-?turns?|hypocri(?:sy|te|tical)|fiasco|farce|shambles|muppet|numpty|plonker|buffoon|waffle|bluster|shocker|not (?:met|turned up|shown up|bothered|replied|responded)|let (?:us|residents|them|the ward|everyone) down|letting (?:us|residents|them|the ward|everyone) down|has all the [a-z]+(?: [a-z]+)? of a|about as (?:much )?[a-z]+ as a|methiant|methu|anwybyddu|gwarth|gwarthus|cywilydd|ymddiswyddo|celwydd|celwyddau|anobeithiol|di-glem|heb ateb|dim ateb)\b|[😂🤣🙄🤡🤦]/u;

const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|thirtieth|fiftieth|hundredth|thousandth|millionth|umpteenth|nth|another)`;
/** A count in words or figures. */
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a hundred|[ivx]{1,5})`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** Words for what a councillor is criticised for, as counted in a series. */
const FAILINGS = String.raw`(?:blunder|gaffe|fail|failure|excuse|u-turn|dodge|howler|broken promise|non-answer|mistake|cock-?up|screw-?up|no-show|disaster|shambles|fiasco)`;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/**
 * A post that says it is one of a series. Kept as separate expressions, not one alternation:
 * most have a word they cannot match without, so each is skipped where its word is missing.
 */
const SERIES: readonly RegExp[] = [
    String.raw`\bday \d+ of\b`,
    String.raw`\bmy (?:series|thread|campaign) (?:on|about)\b`,
    String.raw`\banother (?:week|day|month|meeting|cabinet|council meeting),? another\b`,
    String.raw`\b(?:that'?s|the|for the) (?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|fiftieth|hundredth|thousandth|millionth|umpteenth|nth) (?:time|week|day|month)\b`,
    // "Same question to @CllrX as last week, and the week before"; "same post tomorrow".
    String.raw`\bsame (?:question|post|thing|message|request) (?:(?:to|for) NAME )?(?:as|like) (?:yesterday|last (?:week|time|month|night|friday|monday)|before|the day before|every (?:day|week))\b|,? and the (?:day|week|month|time) before(?: that)?\b|\bsame (?:post|question|message|time) (?:again )?(?:tomorrow|next week|every day|every week)\b`,
    String.raw`\b(?:i'?ll|i will|i'?m going to) (?:post|ask|share|write|put) (?:it|this|that|the same|the question|the same question)(?: [a-z]+){0,3}? again (?:tomorrow|next week|every day|every week|on [a-z]+day)\b|\b(?:i'?ll|i will) (?:keep|carry on) (?:posting|asking|sharing)\b`,
    // Counters: "his blunder count now stands at 23", "the tally is up to 31".
    String.raw`\b${FAILINGS}s? (?:count|tally|counter|total|tracker|league|log|diary|list)\b|\b(?:count|tally|total|counter|list) (?:[a-z]+ ){0,5}?(?:now )?(?:stands at|is at|is up to|is now at|reaches|has reached|hits|has hit|up to) ${NUMBER}\b`,
    String.raw`\b(?:another|yet another) NAME(?:'s)? ${FAILINGS}\b|\b(?:yet )?another (?:one )?of NAME'?s\b`,
    String.raw`\bhow many (?:more )?times (?:do|must|will|have|should) i (?:have to |got to |need to )?(?:ask|say|tell|post|write|remind|repeat)\b|\b(?:this is|that'?s|here'?s) (?:the|my) ${ORDINAL} (?:post|tweet|time|reminder|message)\b`,
    String.raw`\bsince i first (?:asked|raised|posted|wrote)\b|\b(?:it'?s been|that'?s|we'?re at|this is|after) ${NUMBER} posts\b`,
    String.raw`\b(?:day|week|month) ${NUMBER} of (?:asking|waiting|chasing|no answer|silence)\b|\b${NUMBER} (?:days|weeks|months) (?:of asking|of chasing|and (?:still )?no (?:answer|reply))\b`,
    String.raw`\b${ORDINAL} time (?:of asking|i'?ve asked|asking|i'?ve (?:posted|written|said|raised))\b`,
    String.raw`\b${ORDINAL} (?:post|update|reminder|instal+ment|episode|thread) (?:in a row|this (?:week|month|year)|on|about)\b`,
    String.raw`\bthat'?s (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) (?:this|in a|so far this) (?:week|month|year)\b`,
    String.raw`\bmy (?:earlier|previous|other|past) posts\b|\bmy last (?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several) posts\b|\bcatch up on (?:the )?(?:earlier|previous|other|past)? ?(?:parts|posts|episodes)\b`,
    String.raw`\b(?:as )?i'?ve (?:said|posted|pointed out|asked|written|raised|shared|tweeted)(?: [a-z'-]+| NAME){0,4}? (?:in my last|before|many times|again and again|repeatedly|time and again|over and over|every (?:single )?(?:day|week|month|${WEEKDAY})|since (?:${MONTHS}|last [a-z]+)|for (?:weeks|months))\b`,
    String.raw`\b(?:the|my) list,? (?:which )?(?:is )?now (?:at|up to)? ?\d+\b|\badding (?:it|this|that) to the list\b`,
    String.raw`\blost count of (?:how many|the)\b`,
    String.raw`\bkeep (?:counting|posting|naming|asking|tagging|calling (?:him|her|them|NAME) out|reminding|highlighting|exposing|going on about)\b[^.!?]{0,50}\buntil\b`,
    String.raw`\bi'?m not (?:stopping|going to stop|letting (?:this|it) go|giving up)\b`,
    String.raw`\bevery (?:single )?day until\b|\b(?:weekly|daily|monthly) reminder\b`,
    String.raw`\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:week|day|month|time) running\b`,
    String.raw`\b(?:ask|post|raise) (?:it )?again tomorrow\b|\bsame question tomorrow\b|\basking again\b`,
    String.raw`\bonce again NAME|\byet another NAME|\byet again,? NAME|\bagain and again\b`,
    String.raw`\b(?:number|no\.?) \d+ (?:from|by|of) NAME|\b(?:broken promise|promise|failure|fail|gaffe|blunder|u-turn|excuse|mistake) (?:number|no\.?|#) ?\d+\b`,
].map((source) => new RegExp(source, 'g'));

/** Counts of the same failing: "that's four times now", "three months of silence". */
const SERIES_COUNTS: readonly RegExp[] = [
    // "That's four times now", "second time this month", "three months of silence", "number 12 in my series".
    String.raw`\b(?:that'?s|this is|makes (?:it|that)) (?:two|three|four|five|six|seven|eight|nine|ten|\d+|a dozen) times (?:now|this (?:week|month|year)|in a row|running)\b|\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)) time (?:this (?:week|month|year)|in a (?:week|month|row))\b`,
    String.raw`\b${NUMBER} (?:days|weeks|months) of (?:silence|stonewalling|excuses|dodging)\b|\bin my (?:series|thread|tally)\b|\bnot the first time i'?ve (?:called out|raised|criticised|had to|posted about|said)\b[^.!?]{0,60}?\bwon'?t be the last\b`,
].map((source) => new RegExp(source, 'g'));

/**
 * Markers of a numbered or regular feature: "episode 12", "round 7 of", "see you next Friday",
 * "you know the drill". A series about a person only if the post is critical.
 */
const FEATURE: readonly RegExp[] = [
    // "Cllr Jones has done it again!", "once more for the people at the back".
    String.raw`\b(?:has|have|'s|'ve) done it again\b|\bonce more for the (?:people|folks?) at the back\b`,
    String.raw`\b(?:episode|ep\.?|round|instal+ment|chapter|part|parts|entry|week) ${NUMBER}\b|\b(?:update|edition|issue|instal+ment|episode|entry|post) (?:#|no\.? ?|number )${NUMBER}\b|\b${ORDINAL} (?:instal+ment|episode|chapter|edition|round|entry|helping|outing)\b|\b(?:another|the latest|a new|today'?s) (?:instal+ment|episode|chapter|edition|entry|outing) (?:in|of|from|for)\b`,
    String.raw`\b(?:that'?s|this is|here'?s|it'?s) (?:the|my|number) ${ORDINAL}(?: one)?\b|\bthere'?ll be (?:a|an) ${ORDINAL}\b|\b(?:the )?(?:next one|${ORDINAL}(?: one)?|number ${NUMBER}) (?:is|'s) (?:already )?(?:written|drafted|coming|ready|lined up|on its way|in the pipeline)\b`,
    String.raw`\b(?:running|ongoing|long-running|weekly|daily|monthly) (?:thread|tally|list|series|feature|log|count|total|saga|reminder|roundup|round-up)\b|\bmy (?:thread|tally|series|log|dossier|file|catalogue|collection) (?:on|of|about) NAME\b|\badding (?:it|this|that|today'?s|this week'?s|another|the latest)(?: [a-z]+)? to (?:my|the) (?:thread|list|tally|collection|log|file|dossier|pile)\b|\b(?:we'?re|we are|now|that'?s) (?:at|on|up to) ${NUMBER}\b|🧵|\bsaga\b`,
    String.raw`\bsame time next (?:week|month|${WEEKDAY})\b|\bsee you (?:all )?(?:next|again next) (?:week|month|time|${WEEKDAY})\b|\byou know the drill\b|\bregular readers\b|\bit'?s ${WEEKDAY},? (?:so|which means|and that means)\b|\b${WEEKDAY} (?:again|means|is here)\b|\bevery (?:single )?(?:${WEEKDAY}|week|day) on (?:here|this page)\b`,
    String.raw`\bon (?:here|this page) (?:again|before)\b|\bspot the\b|\banother [a-z]+,? another\b|\b(?:continuing|ongoing|never-ending|regular|weekly) (?:series|saga|feature)\b|\breport card\b|\bchronicles\b|\bback again with\b|\bhere (?:we are|i am) again\b`,
].map((source) => new RegExp(source, 'g'));

/**
 * The author's own run of posts: "I post this every Monday", "scroll back for the rest", "I'll keep a
 * tally on here", "12 posts and 3 months". About a person named anywhere in the paragraph.
 */
const POSTING: readonly RegExp[] = [
    String.raw`\bi (?:post|share|ask|write|tweet|raise) (?:this|it|that|the same(?: question)?)(?: [a-z'-]+){0,3}? (?:every|each) (?:week|day|month|morning|${WEEKDAY})\b`,
    String.raw`\b(?:scroll back|if you'?re new (?:here|to this page)|new followers?|as promised,? here'?s)\b`,
    String.raw`\b(?:i'?ll|i will|i'?m going to) (?:keep|carry on) (?:doing (?:it|this|that)|a (?:tally|count|list|log|record))\b|\b(?:keeping|keep) (?:a )?(?:tally|count|list|log|record)(?: of (?:them|it|these|his|her|their))?(?: on here| here)?\b|\bi'?ve (?:posted|written|shared) about (?:every|each|all) (?:one|single one|of them)\b`,
    String.raw`\b(?:add(?:ing)?|put(?:ting)?) (?:it|this|that|today'?s|this week'?s|another|the latest)(?: [a-z]+)? (?:to|on) (?:my|the) (?:thread|list|tally|collection|log|file|dossier|pile)\b|\b(?:i'?ll be|we'?ll be|see you) back (?:next|on|again next) (?:week|month|time|${WEEKDAY})\b|\byou know where i'?ll be\b`,
    String.raw`\b${NUMBER} posts\b`,
    // "See previous weeks on my page", "earlier posts in the thread", "previous instalments further up".
    String.raw`\b(?:see|check|read|catch up on|scroll (?:up|down|back) for) (?:my |the |all the )?(?:previous|earlier|past|last|other) (?:weeks?|months?|posts|episodes|instal+ments|updates|editions|parts|entries|tweets)\b|\b(?:previous|earlier|past) (?:weeks?|posts|episodes|instal+ments|updates|editions|parts|entries|tweets) (?:are |can be found )?(?:on my|in the|in my|up the|above|below|further up|on this|on here|pinned)\b`,
].map((source) => new RegExp(source, 'g'));

/** A series about an issue or the ward, not a person: "part 2 of my budget explainer", "Friday round-up". */
const ISSUE_SERIES =
  /\b(?:my|our|the|this|weekly|monthly|ward|casework)(?: [a-z'-]+){0,3} (?:round-?up|roundup|newsletter|bulletin|briefing|explainer|guide|q&a|digest|podcast|quiz|league|walk|tour|challenge|campaign|series on|thread on the|updates?)\b(?! (?:on|about|of|from) (?:NAME|his|her|their|the leader|the chair))|\b(?:thank(?:s| you)|well done|congratulations|diolch)\b/;
/** Welsh ordinals: "yr ail", "y trydydd", "y pumed"… */
const WELSH_ORDINAL = String.raw`(?:ail|trydydd|trydedd|pedwerydd|pedwaredd|pumed|chweched|seithfed|wythfed|nawfed|degfed|ugeinfed|canfed|\d+(?:fed|ed|ydd|il))`;

/**
 * The author saying the same thing about someone again and again: "said it last week, saying it
 * again", "as I keep saying", "every week I point it out", "here we go again with NAME", "same old
 * NAME", "the third complaint I've raised about her"; Welsh "unwaith eto, NAME", "dyma'r pumed tro",
 * "dw i ddim yn mynd i stopio". A series only when it is about a person in the same sentence (or a
 * pronoun there for one named in the paragraph), and the post is not praise.
 */
const REPEATS: readonly RegExp[] = [
    String.raw`\b(?:said|posted|asked|raised|wrote|tweeted|mentioned|flagged|told you|pointed (?:it|this|that) out) (?:it|this|that|so|the same)?(?: here| on here)? ?(?:last (?:week|month|year|time|night|${WEEKDAY})|yesterday|the other day)\b[^.!?]{0,60}?\b(?:again|said it|say it|saying it|will say|telling you)\b`,
    String.raw`\b(?:i'?ll|i will|let me|i'?m|i am|and i'?m|i have to|i must) (?:say|saying|post|posting|repeat|repeating|ask|asking|point(?:ing)? out) (?:it|this|that) (?:again|once more|one more time)\b|\bsaying it again\b`,
    String.raw`\bas i (?:keep|kept|have kept|'ve kept|always) (?:saying|posting|asking|pointing out|telling you|reminding (?:you|people|everyone))\b|\b(?:i'?ll|i will|and will) keep (?:on )?(?:saying|posting|asking|pointing (?:it|this) out|calling (?:it|this|him|her|them) out)\b|\b(?:i'?ll|i will) (?:be )?(?:saying|posting|asking|pointing out|repeating) (?:it|this|that|so) (?:every|each) (?:week|day|month|meeting|${WEEKDAY})\b`,
    String.raw`\bevery (?:single )?(?:week|day|month|meeting|time|${WEEKDAY}) (?:i|we) (?:say|post|ask|raise|write|point out|tweet|mention|remind|have to)\b|\b(?:as i have|i'?ve (?:said|posted|asked) (?:it|this|that)) every (?:week|month|day|${WEEKDAY}) since\b`,
    String.raw`\bhere we go again,? (?:with )?NAME|\bsame old,? (?:same old,? )?NAME`,
    String.raw`\b${ORDINAL} (?:formal )?(?:complaint|letter|email|e-mail|post|tweet|report|question|grievance|referral|message|time)s? (?:i'?ve|i have|i) (?:raised|made|sent|written|lodged|filed|posted|submitted|put in|asked|complained|chased|had to (?:make|send|write|raise|lodge|ask|complain|chase|post|mention))\b[^.!?]{0,40}?\b(?:about|against|regarding|over|on|to) (?:him|her|them|NAME)\b`,
    // "Cllr X's fail of the week": a regular award.
    String.raw`\b(?:fail|failure|blunder|gaffe|howler|excuse|u-turn|dodge|clanger|cock-?up|non-answer)s? of the (?:week|month|day|year)\b`,
    // Welsh "bob wythnos dw i'n dweud" (every week I say).
    String.raw`\bbob (?:wythnos|mis|dydd|diwrnod|tro|cyfarfod) (?:dw i'n|dwi'n|rydw i'n|rwy'n|wy'n|rwy i'n) (?:dweud|deud|gofyn|codi|son|sôn|sgwennu|ysgrifennu|postio)\b`,
    String.raw`\bunwaith (?:eto|etto),? (?:(?:y|'r) )?NAME|\bdyma(?:'r| y|'r) ${WELSH_ORDINAL} (?:tro|waith)\b|\b(?:dw|dydw|rydw|dwi) (?:i )?ddim yn mynd i (?:stopio|roi'r gorau|ildio|tewi)\b|\beto fyth\b|\bdro ar (?:ol|ôl) tro\b`,
].map((source) => new RegExp(source, 'g'));
/** Weaker repeats that count only in a critical post: "Cllr X, again.", "I'll raise a fourth if I have to". */
const REPEATS_IF_CRITICAL = new RegExp(
  String.raw`\bNAME,? (?:again|yet again|once again|eto)\s*(?:[.!]|$)|,? day ${NUMBER}\s*[.!]*\s*$|\b(?:i'?ll|i will|i'?d|happy to) (?:raise|make|send|write|post|file|lodge|put in|do) (?:a|another) (?:${ORDINAL} )?(?:one )?if (?:i have to|i must|need be|necessary|i need to)\b`,
);

/** A pronoun pointing back to the person named earlier in the paragraph ("the sixth of his non-answers"). */
const PRONOUN = /\b(?:he|she|his|her|him|hers|they|their|them)\b/;

/** "Kettlewell Watch", "The Foster Files": a series titled after a person. */
const TITLE_TARGET = /\b(?:[Ww]eekly|[Dd]aily|[Mm]onthly) (?:Cllr |Councillor )?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:[Uu]pdate|[Rr]eport|[Cc]heck|[Rr]eminder)\b|\b(?:The )?(?:Cllr |Councillor )?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (?:[Ww]atch|[Ff]iles|[Dd]iaries|[Cc]hronicles|[Ss]aga|[Tt]racker|[Ff]ails|[Ff]ailures|[Bb]lunders|[Gg]affes|[Cc]ountdown|[Rr]eport [Cc]ard)\b|(?<=\b(?:the|another|a|latest|classic|this week's|today's) )(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:'s)? (?:latest |usual |classic |weekly )?(?:excuse|blunder|gaffe|fail|u-turn|dodge|howler|non-answer|broken promise|cock-up|shambles|fiasco|special)s?\b/u;
/** Common words that make up ordinary "… Watch" names: a neighbourhood scheme, not a person. */
const NOT_A_TITLE_NAME = new Set(
  'neighbourhood neighborhood speed bird crime pub community flood weather nature wildlife storm river beach dog night street home shop farm rural canal badger whale seal pothole litter traffic parking road noise water air tenant tenants school food health budget planning council cabinet election bin bins cycle fire sea coast tree garden pollen frost heat rain wind drought rat pest graffiti town village ward county city bus rail train police spring summer autumn winter daily weekly friday monday the our your my government tory tories labour conservative conservatives lib libdem green greens reform plaid independent nhs monday tuesday wednesday thursday saturday sunday'.split(' '),
);

const PRAISE = /\b(?:thank(?:s| you)|well done|congratulations|congrats|proud|brilliant|great|delighted|fantastic|amazing|charity|fundrais\w*|sponsor\w*|appreciat\w*|welcome|support|diolch|llongyfarchiadau)\b/;

/** "#McBrideFails", "#OgdenWatch", "#PymOut": a hashtag campaign about one person. */
const CAMPAIGN_TAG = /^#(?:[A-Z][a-z]+)+(?:Fails?|Failures?|Watch|Out|MustGo|MustResign|Resign|Gaffes?|Blunders?|Lies|Files)$/;

/** People a post criticises: named people (or roles) in critical sentences. */
export function criticisedPeople(doc: TextDocument, council?: CouncilSettings): PersonMention[] {
  const people = findPeople(doc, council).filter((p) => p.kind !== 'organisation');
  return people.filter((person) => {
    const sentence = doc.sentenceAt(person.start);
    return sentence !== undefined && CRITICAL.test(doc.view.sentence(sentence) + doc.text.slice(sentence.start, sentence.end));
  });
}

/** Keys of the people criticised in a post: what the local history keeps (never the text). */
export function criticisedKeys(doc: TextDocument, council?: CouncilSettings): string[] {
  return [...new Set(criticisedPeople(doc, council).map((p) => p.key))].sort();
}

function recentCount(history: readonly HistoryEntry[], key: string, now: Date): number {
  const since = now.getTime() - HISTORY_DAYS * 86_400_000;
  return history.filter((entry) => {
    const at = Date.parse(entry.at);
    return Number.isFinite(at) && at >= since && at <= now.getTime() && entry.criticised.includes(key);
  }).length;
}

const ROLE_TARGET = new RegExp(String.raw`\b(?:the|our|this) (?:[a-z-]+ ){0,2}${PERSON_ROLES}\b`);

/** `re.test(text)`, skipped when the text lacks the strings every match needs. */
function test(re: RegExp, text: string): boolean {
  return mayMatch(re, text) && re.test(text);
}

/**
 * The sentences (by index) where any of the expressions matches, worked out once per post: each
 * expression runs only on the sentences that hold its words (one pass over a long post finds them).
 */
function sentencesMatching(view: FoldedView, sentences: readonly Sentence[], expressions: readonly RegExp[]): Set<number> {
  const found = new Set<number>();
  for (const re of expressions) for (const match of view.matchAll(re, sentences)) found.add(match.sentence.index);
  return found;
}

export default defineRule({
  meta: {
    id: 'repeated-target',
    description: 'The same named person made the subject of critical posts again and again.',
    sources: ['GM 5.4', 'CG §9'],
    section: { ref: 'GM 5.4', anchor: '#scale-reach-and-amplification' },
    why: "Bullying can be 'a series of similar comments about a person' (guidance for members 5.4), and §9 of the council's guidance warns that repeated posting can dominate narratives.",
    severity: { relaxed: 'off', standard: 'warning', 'pre-election': 'warning' },
    scope: 'words',
    checksComments: false,
    messages: {
      series: 'This post says it is one of a series about one person; a run of critical posts about someone can amount to bullying.',
      history: 'You have criticised {{name}} in {{count}} posts in the last two months; a series of posts about one person can amount to bullying.',
    },
    examples: {
      valid: [
        'Update number 5 on the Station Road flooding: pumps are in and the culvert is clear.',
        'Part 2 of my budget explainer: where the money for adult social care comes from.',
        'I’ve asked highways three times for a start date for the Oak Road works. Still waiting.',
      ],
      invalid: [
        'Day 14 of asking Cllr Holloway why she hasn’t answered a single email from residents.',
        'Still waiting, @CllrDevlin. That’s the 20th time I’ve asked.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const view = peopleView(doc, context.council);
    const people = findPeople(doc, context.council).filter((p) => p.kind !== 'organisation');
    const tagged = doc.tokens.some((t) => t.kind === 'hashtag' && CAMPAIGN_TAG.test(t.raw));
    const critical = CRITICAL.test(view.folded) || CRITICAL.test(context.text);
    // A series in praise of someone ("day 3 of Cllr Ahmed's charity walk") is not a campaign against them.
    const praise = !tagged && !critical && PRAISE.test(view.folded);
    const title = mayMatch(TITLE_TARGET, context.text) ? TITLE_TARGET.exec(context.text) : null;
    const titled = title !== null && !NOT_A_TITLE_NAME.has((title[1] ?? title[2] ?? title[3])!.toLowerCase());
    // Without a series marker, a title or criticism anywhere, no sentence can count: skip the per-sentence tests.
    // Each SERIES expression is skipped where its words are missing; SERIES_COUNTS has a gate of its own too.
    const counts = !praise && SERIES_COUNTS.some((re) => mayMatch(re, view.folded));
    // "Weekly Quinn Watch", "Quinn Watch #4": the title says it is a series; with criticism that is enough.
    const titleSeries = titled && critical && (
      /\b(?:[Ww]eekly|[Dd]aily|[Mm]onthly|WEEKLY|DAILY|MONTHLY)\s+(?:Cllr\s+|Councillor\s+)?$/.test(context.text.slice(Math.max(0, title!.index - 25), title!.index)) ||
      /^[^.!?\n]{0,30}?(?:#|\b[Nn]o\.?\s?|\b(?:[Nn]umber|[Pp]art|[Ww]eek|[Dd]ay)\s)\d+\b/.test(context.text.slice(title!.index, title!.index + 60)));
    const repeats = !praise && (REPEATS.some((re) => mayMatch(re, view.folded)) || (critical && mayMatch(REPEATS_IF_CRITICAL, view.folded)));
    const possible = !praise && (tagged || titled || critical || repeats || SERIES.some((re) => mayMatch(re, view.folded)) || counts);
    const matching = new Map<readonly RegExp[], Set<number>>();
    const matchesIn = (expressions: readonly RegExp[], sentence: Sentence): boolean => {
      let found = matching.get(expressions);
      if (!found) {
        found = sentencesMatching(view, doc.wordSentences, expressions);
        matching.set(expressions, found);
      }
      return found.has(sentence.index);
    };
    for (const sentence of possible ? doc.wordSentences : []) {
      const folded = view.sentence(sentence);
      if (repeats && (matchesIn(REPEATS, sentence) || (critical && test(REPEATS_IF_CRITICAL, folded)))) {
        const paragraph = doc.paragraphs[sentence.paragraph]!;
        const about =
          people.some((p) => p.start >= sentence.start && p.end <= sentence.end) ||
          (PRONOUN.test(folded) && people.some((p) => p.start >= paragraph.start && p.end <= paragraph.end)) ||
          // "Cllr Rees has failed again. Every week I say the same.": the one named in the sentence before, in a critical post.
          (critical && people.some((p) => { const previous = doc.sentences[sentence.index - 1]; return previous !== undefined && previous.paragraph === sentence.paragraph && p.start >= previous.start && p.end <= previous.end; }));
        if (about) {
          context.report({ messageId: 'series', start: sentence.start, end: sentence.end });
          return;
        }
      }
      const strong = matchesIn(SERIES, sentence) || (counts && matchesIn(SERIES_COUNTS, sentence)) || (tagged && folded.includes('TAG'));
      // A series titled after the person ("the Quinn chronicles, chapter 14") needs no other criticism.
      const titledHere = titled && title!.index >= sentence.start && title!.index < sentence.end;
      if (titledHere && titleSeries) {
        context.report({ messageId: 'series', start: sentence.start, end: sentence.end });
        return;
      }
      const feature = !strong && (titledHere || critical) && matchesIn(FEATURE, sentence);
      if (!strong && titledHere && feature && !ISSUE_SERIES.test(folded)) {
        context.report({ messageId: 'series', start: sentence.start, end: sentence.end });
        return;
      }
      const posting = !strong && critical && matchesIn(POSTING, sentence);
      if (!strong && !(critical && (feature || posting))) continue;
      if (!strong) {
        // A numbered or regular feature counts when it names the person and the paragraph criticises them.
        if (ISSUE_SERIES.test(folded)) continue;
        const paragraph = doc.paragraphs[sentence.paragraph]!;
        const within = view.between(paragraph.start, paragraph.end);
        const person =
          people.some((p) => p.start >= sentence.start && p.end <= sentence.end) ||
          ((posting || PRONOUN.test(folded)) && people.some((p) => p.start >= paragraph.start && p.end <= paragraph.end)) ||
          ROLE_TARGET.test(folded) ||
          (titled && title!.index >= paragraph.start && title!.index < paragraph.end);
        if (!person || !(CRITICAL.test(within) || CRITICAL.test(context.text.slice(paragraph.start, paragraph.end)))) continue;
        context.report({ messageId: 'series', start: sentence.start, end: sentence.end });
        return;
      }
      if (tagged) {
        context.report({ messageId: 'series', start: sentence.start, end: sentence.end });
        return;
      }
      const paragraph = doc.paragraphs[sentence.paragraph]!;
      const target =
        people.find((p) => p.start >= sentence.start && p.end <= sentence.end) ??
        people.find((p) => p.start >= paragraph.start && p.end <= paragraph.end) ??
        (ROLE_TARGET.test(doc.view.between(paragraph.start, paragraph.end)) ? sentence : undefined) ??
        people[0] ??
        (titled ? sentence : undefined);
      if (target) {
        context.report({ messageId: 'series', start: sentence.start, end: sentence.end });
        return;
      }
    }
    if (context.history.length === 0) return;
    for (const person of criticisedPeople(doc, context.council)) {
      const count = recentCount(context.history, person.key, context.now);
      if (count >= HISTORY_THRESHOLD) {
        context.report({
          messageId: 'history',
          data: { name: context.text.slice(person.start, person.end).replace(/['’]s$/u, ''), count },
          start: person.start,
          end: person.end,
        });
        return;
      }
    }
  },
});
