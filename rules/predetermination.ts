import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { CLOSED_MIND_CY } from './data/predetermination';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

/**
 * Predetermination (DSC 4.8): a councillor who may decide a planning, licensing or other
 * quasi-judicial matter shows the decision is already made. The rule looks for three things:
 * a quasi-judicial matter, the author's closed mind (in many wordings), and — for the weaker
 * wordings, which are only predictions from anyone else — a sign that the author decides it.
 */

/** A quasi-judicial decision is in play: planning or licensing, or a committee deciding an application. */
const DECISION =
  /\b(?:planning|application|applications|applicant|licen[cs]es?|licensing|premises|taxi|hmos?|conversion|development|flats|homes|houses|warehouse|bungalows?|housing estate|towers?|apartments?|dwellings?|crematorium|stadium|retail park|depot|car wash|car park|data centre|waste plant|arcade|incinerator|turbines?|wind farm|solar farm|quarry|nightclub|casino|betting shop|vape shop|shisha|takeaway|hot food|off-licence|supermarket|phone mast|mast|care home|appeal|listed building|change of use|extension|committee|panel|sub-committee|hearing|objections?|objectors?|representations?|plans|drawings|permission|consent|officers?'? (?:report|recommendation|time)|officer'?s (?:report|recommendation)|cynllunio|pwyllgor|trwydded|drwydded|thrwydded|cais|gais|chais|caniatad|datblygiad|fferm wynt)\b/;

/** The matter itself, by name: what makes a vote quasi-judicial even next to words like "policy". */
const MATTER = /\b(?:application|applicant|licen[cs]es?|premises|hearing|appeal|planning permission)\b/;

/** Political votes, where saying how you will vote is normal: the budget, council tax, motions, elections. */
const POLITICAL_VOTE = /\b(?:budget|council tax|motion|manifesto|election|referendum|leader(?:ship)? (?:election|contest)|no confidence|cuts?|polic(?:y|ies)|local plan|strategy|full council|consultation|amendment)\b/;

/** The post shows the mind is still open, or the author does not take the decision. */
const OPEN_MIND = new RegExp(
  [
    String.raw`\b(?:open mind(?!\s*\?\s*(?:no|not|nope|nah)\b)|open-minded|keep(?:ing)? (?:an|my) (?:open mind|mind open)|keep(?:ing)? my powder dry|reserve (?:my )?judg(?:e)?ment)\b`,
    String.raw`\blisten to (?:all )?(?:the )?(?:evidence|arguments|both sides|all sides|everyone|everything|objectors|applicant|representations|residents and the applicant)\b`,
    String.raw`\bhear (?:from )?(?:all )?(?:the )?(?:evidence|both sides|all sides|everything|everyone|objectors|the applicant|all the arguments)\b`,
    String.raw`\b(?:decide|vote|judge) (?:it )?on the (?:evidence|merits|planning merits|night|day)\b|\bon planning grounds\b|\bwon'?t comment on the merits\b`,
    String.raw`\b(?:can'?t|cannot|won'?t|will not|not going to|not allowed to) (?:tell you|say|comment on|reveal|be saying)(?: yet)? (?:how|which way|what) i'?(?:ll| will| would)? ?(?:vote|decide)\b|\bcan'?t (?:say|comment) (?:how|which way)\b`,
    String.raw`\b(?:won'?t|will not|mustn'?t|must not|can'?t|cannot) (?:prejudge|pre-judge|predetermine|pre-determine)\b`,
    String.raw`(?<!(?:freeze|freezes|froze|frozen) over )\bbefore (?:i|we) (?:decide|deciding|make up my mind|vote)\b|\bbefore deciding\b|\bminded to\b|\bunless i hear\b`,
    String.raw`\b(?:decide|make up my mind|make my mind up|reach (?:a|my) (?:view|decision)) (?:then|on the night|at (?:the )?(?:meeting|committee|hearing)|once i'?ve|after (?:hearing|reading))\b`,
    String.raw`\b(?:i'?ll|i will|i'?m going to) (?:read|study) (?:the|every|all the) (?:officer'?s? )?(?:report|representations|objections|papers)\b`,
    String.raw`(?<!\b(?:if|unless|when|once) )\b(?:i'?m|i am) not (?:on|a member of) (?:the |that |this )?(?:planning|licensing|regulatory|committee|panel|sub-committee)\b|\bnot a member of the (?:planning|licensing)\b|\bi don'?t sit on\b|\b(?:isn'?t|is not|not) my (?:decision|call) to make\b`,
    String.raw`\bnothing (?:is|has been|'s) (?:decided|settled)\b|\bno decision (?:has been|is) (?:made|taken)\b|\b(?:hasn'?t|has not) been decided\b`,
    String.raw`\bmeddwl agored\b|\bcyn (?:penderfynu|i mi benderfynu)\b|\bgwrando ar bob ochr\b|\b(?:alla i|alla'i|gallaf) ddim dweud sut\b`,
    String.raw`\b(?:won'?t|will not) be (?:voting|sitting|deciding) on (?:it|this)\b|\b(?:it|that)'?s for the (?:committee|panel) to decide\b`,
    String.raw`\bunless (?:something|the evidence|the applicant|anything) (?:changes|persuades)\b|\b(?:could|might|may|can|would|happy to|prepared to|open to|willing to)(?: still)? (?:change|changing) my (?:view|mind)\b|\b(?:something|anything|the evidence|the applicant|objectors|residents) (?:could|might|may|can) (?:change|changes|changed) my (?:view|mind)\b|\bi'?ll listen\b|\bi will listen\b|\bwill weigh (?:up )?(?:the|all)\b`,
  ].join('|'),
);

/** The author sits on the body that decides, or chairs it. */
const DECIDES = new RegExp(
  [
    String.raw`\b(?:i'?m|i am|i'?ll be|i will be|i sit|i'?m sitting|i'?ll be sitting|sitting|sits|who sits|i chair|i'?m chairing|i'?ll be chairing|chairing)(?: on| of)? (?:the |our |that |this |tomorrow'?s |next week'?s |[a-z]+day'?s )?(?:planning|licensing|regulatory|development (?:control|management)|sub-?committee|committee|panel|hearing)\b|\bi'?m (?:chairing|hearing|deciding) (?:it|this|that|the (?:review|hearing|panel|committee|meeting|application|case))\b`,
    String.raw`\bas (?:a |the |its )?(?:member|chair(?:man|woman|person)?|vice[- ]chair(?:man|woman)?|deputy chair) of (?:the |our )?(?:[a-z]+ )?(?:planning|licensing|regulatory|committee|panel|sub-committee)\b`,
    String.raw`\b(?:vice[- ]|deputy )?chair(?:man|woman)? of (?:the )?(?:planning|licensing|regulatory)\b|\b(?:a )?member of (?:the )?(?:planning|licensing|regulatory) (?:committee|panel|sub-committee)\b|\b(?:planning|licensing) (?:committee |panel )?(?:member|chair|vice-chair)\b`,
    String.raw`\bi'?ve sat on (?:planning|licensing)\b|\b(?:i |i'?ve )?(?:sat|been sitting|served) on (?:the )?(?:planning|licensing)\b|\b(?:comes?|coming|gets?|getting|reach(?:es)?|reaching) (?:to |before )?us\b|\b(?:when|once|if) (?:it|they|that|this|the [a-z]+) (?:reach(?:es)?|gets? to|comes? (?:to|before)) us\b|(?:^|[.!?:] )our (?:planning |licensing )?(?:committee|panel|sub-committee)\b|\b(?:planning|licensing) (?:committee |panel )?member here\b|\bas (?:planning|licensing) (?:chair|vice-chair|vice chair)\b|\bon the (?:planning|licensing) committee\?|\b(?:comes?|coming) (?:to|before) (?:our|my) (?:panel|committee)\b|\b(?:when|once) it (?:reaches|gets to|comes to|comes before) (?:us|me|committee|the committee|panel)\b`,
    String.raw`\bwhile i'?m (?:sitting )?(?:on it|on the committee|on that committee|in (?:that|the) chair|on the panel|on that panel|chairing)\b|(?:^|[.!?:] )on the (?:planning|licensing) (?:committee|panel)\b|\bi (?:get|have|'?ll have|will have) a (?:vote|say) on (?:it|this|the)\b|\bmy (?:planning|licensing) (?:committee |panel |sub-committee )?(?:papers|pack|agenda|bundle)\b|\bmy vote (?:at|on) (?:the )?(?:committee|panel)\b|\bas far as my vote (?:goes|is concerned)\b`,
    String.raw`\b(?:aelod|cadeirydd|is-gadeirydd) o'?r (?:pwyllgor|panel|is-bwyllgor)\b|\b(?:dw i|rydw i|rwy'?n|rwyf) (?:ar y|yn aelod o'?r) (?:pwyllgor|panel)\b`,
  ].join('|'),
);

/** Said with no room for the evidence: "regardless", "no matter what", "end of", "on my watch". */
const CLOSED_MARKER =
  /\b(?:regardless|irrespective|no matter what|whatever (?:the|they|anyone|officers?|happens|'s in|is in|is said|evidence)|(?:i )?don'?t care what|end of\b|end of story|full stop|simple as|done deal|foregone conclusion|a formality|as far as i'?m concerned|mark my words|i can tell you now|take it from me|on my watch|if i (?:have|get) my way|if (?:it'?s|it is|it was) up to me|if i have anything to do with it|(?:just )?(?:don'?t|doesn'?t) know it yet|while i'?m (?:sitting )?(?:on it|on the committee|on that committee|in (?:that|the) chair|on the panel|on that panel|in charge|chairing)|not now,? not ever|over my dead body|not in a million years|zero chance|no chance|no way|take (?:that|it) as a promise|that'?s a promise|you have my word|i (?:promise|guarantee)\b|i'?ll (?:make sure|see to it) of (?:it|that)|i'?ll make sure of (?:it|that)|i'?ll see to (?:it|that)|nothing to (?:discuss|debate|consider|decide)|not (?:worth|a good use of) (?:the )?(?:officers?|planners?|committee|panel)'?s? time|not while i'?m (?:there|here|on it|around|in charge|on (?:the |that )?(?:committee|panel))|while i'?m (?:sitting |still )?on (?:the |that |this )?(?:planning |licensing )?(?:committee|panel|sub-committee)|while i (?:sit on|chair|am on) |not a (?:chance|hope|prayer)|(?:haven'?t|hasn'?t|has not|have not) got a (?:hope|prayer|chance)|once and for all|dim ots|beth bynnag)/;

/** The outcome reported from elsewhere (withdrawn, refused on appeal, officers recommend), not the author's own verdict. */
const REPORTED_OUTCOME =
  /\b(?:withdrawn|withdrew|pulled out|(?:was|were|has been|have been) (?:refused|approved|rejected|granted|dismissed|revoked|withdrawn)|on appeal|the inspector|officers? (?:have |are )?recommend(?:ed|ing)?|anyone (?:saying|who says|claiming))\b/;

const FIRST_PERSON = /\b(?:i|i'?m|i'?ll|i'?d|i'?ve|me|my)\b/;

const MIND_MADE_UP: Pattern = {
  re: /\b(?:my|our) minds?(?: is| are|'s|'re)(?: already| well and truly| totally| completely| firmly| long since)? made up\b|\b(?:i'?ve|i have|i) (?:already )?made up my mind\b|(?<!\b(?:not|never|yet|haven'?t|hasn'?t|have not|has not) )\bmade my mind up\b|\b(?:i'?ve|i have|we'?ve|we have|i'?d|i) already (?:decided|made my decision|made up my mind)\b(?! (?:what|which|how|where|when|who|whether|to)\b)|^already decided\b(?! (?:what|which|how|where|when|who|whether|to)\b)|\bmy (?:decision|vote)(?: [a-z'-]+){0,6}? (?:is|was|'s) (?:already )?(?:made|taken|decided|settled|cast)\b|\bi'?ve made my (?:decision|choice) on\b/g,
  messageId: 'closed',
  needs: ['made up', 'mind up', 'already', 'decision', 'vote', 'choice'],
};

const CLOSED_MIND: Pattern[] = [
  MIND_MADE_UP,
  // Nothing will change it: "nothing at committee will change it", "no lawyer is going to change that", "nothing since has shifted it".
  { re: /\bnothing (?:at|in) (?:the )?(?:committee|meeting|hearing|panel)(?: [a-z]+){0,3}? will change\b|\b(?:nothing|no amount of [a-z]+|no (?:lawyer|barrister|solicitor|argument|evidence|report|objection|petition|consultant|expert|presentation|appeal|one|amount|letter|campaign)|nobody|no-one|no one)(?: [a-z'-]+){0,5}? (?:is going to|will|can|could|would|has|have|'s going to|is gonna)(?: ever)? (?:change|shift|sway|move|alter|budge|persuade|convince)(?:d)? (?:my mind|me|that|it|my view|my vote|this|my position|the outcome|my decision|my answer)\b|\b(?:won'?t|will not|not going to|never going to) (?:be )?chang(?:e|ing) my mind\b|\b(?:won'?t|will not|can'?t|cannot) be (?:persuaded|swayed|moved|talked round|budged)\b|\bi(?:'m| am)? (?:won'?t|will not|not) (?:be )?budg(?:e|ing)\b/g, messageId: 'closed', needs: ['change', 'shift', 'sway', 'move', 'alter', 'budg', 'persuade', 'convince', 'talked round'] },
  // The evidence and the officers' advice dismissed in advance.
  { re: /\bwhatever (?:the )?(?:officers?|applicant|developer|report|planners?|inspector|they|anyone|residents|experts?|objectors|lawyers?|police)(?: [a-z'-]+)? (?:says?|recommends?|argues?|presents?|advises?|puts? forward|thinks?|brings?|submits?|claims?|puts? in (?:their|the|its|his|her) report|writes?)(?: on the night)?\b|\bwhatever'?s in the (?:officer'?s? )?report\b|\bno matter what (?:the )?(?:officers?|applicant|report|they|anyone|evidence|developer|planners?|inspector|objectors)(?: [a-z'-]+)? (?:says?|recommends?|shows?|brings?|argues?|submits?)\b|\b(?:regardless|irrespective) of (?:what|the) (?:they|officers?|the applicant|evidence|report|officer'?s? (?:report|recommendation|advice)|recommendation|applicant|developer)\b|\bi don'?t care what (?:evidence|the applicant|they|officers?|anyone|the (?:report|officers?|planners?|inspector|developer|applicant))\b|\b(?:doesn'?t|does not|won'?t|will not) matter what (?:the )?(?:officers?|report|applicant|developer|planners?|inspector|anyone|they) (?:say|says|recommends?|argues?)\b|\beven if (?:the )?(?:officers?|planners?|report|inspector|evidence|applicant) (?:recommends?|says?|backs?|supports?|shows?|approves?)\b/g, messageId: 'closed', needs: ['whatever', 'no matter', 'regardless', 'irrespective', 'care what', 'matter what', 'even if'] },
  { re: /\bover my (?:cold,? )?dead body\b|\bnot now,? not ever\b|\bwill i (?:approve|support|back|vote for|allow)[^.!?]*\?\s*never\b|\bnot in a million years\b/g, messageId: 'closed', needs: ['dead body', 'not ever', 'never', 'million years'] },
  // "Not on my watch", "isn't getting its licence on my watch".
  { re: /(?:\b(?:not|never|no|forget)\b|n't\b)[^.!?]{0,80}?(?<span>on my watch)\b/dg, messageId: 'closed', needs: ['my watch'] },
  { re: /\b(?:i|i'?ll|i will) (?:won'?t|will not|never|shall not) (?:be )?(?:approv(?:e|ing)|support(?:ing)?|back(?:ing)?|vot(?:e|ing) for|allow(?:ing)?)\b|\b(?:i )?won'?t be (?:approving|granting|giving (?:it|them|him|her) (?:a|the|its|their) licen[cs]e|issuing|passing)\b|\b(?:it'?s|is|'s|is getting|it'?ll get|gets?|getting) a (?:no|yes|big no|firm no|flat no|hard no|thumbs down|thumbs up) from me\b|\bno way (?:am i|will i|i'?m) (?:approving|voting for|supporting)\b|\b(?:zero|no) chance (?:i'?ll|i will|i'?d|of me) (?:approv|support|back|vot|let)\w*/g, messageId: 'closed', needs: ["won't", 'wont', 'will not', 'never', 'shall not', 'from me', 'no way', 'chance'] },
  // "My view hasn't changed since day one, and won't".
  { re: /\bmy (?:view|position|stance|mind|opinion|vote)(?: [a-z'-]+){0,6}? (?:hasn'?t|has not) (?:changed|shifted|moved|budged)\b[^.!?]{0,30}?\b(?:and (?:it )?(?:won'?t|will not|never will)|since (?:day one|the (?:start|beginning|day it)))/g, messageId: 'closed', needs: ['changed', 'shifted', 'moved', 'budged'] },
  // "My vote won't change", "my view isn't going to shift".
  { re: /\bmy (?:vote|decision|view|answer|mind|position)(?: [a-z'-]+){0,6}? (?:won'?t|will not|isn'?t going to|is not going to|will never|is never going to|ain'?t going to) (?:change|shift|move|budge|alter)\b/g, messageId: 'closed', needs: ['change', 'shift', 'move', 'budge', 'alter'] },
  { re: /\bno need to (?:read|look at|see|hear) (?:the )?(?:report|evidence|application|papers|submissions?)\b|\b(?:i )?don'?t need to (?:hear|read|see) any more\b|\b(?:i )?don'?t need to (?:hear|read|see|look at) (?:the )?(?:applicant|report|evidence|objectors|their case|the case|them|it|the papers|the representations|the objections)\b|\bwhy (?:would|should) i (?:bother |even )?(?:read|reading|listen|listening|look|looking|hear|hearing)(?: to| at)? (?:the |their |his |her )?(?:officer'?s? )?(?:report|evidence|applicant|objectors|representations|case)\b|\bi already know (?:i'?m|i am|i'?ll|i will|how i'?ll) (?:revoking|refusing|approving|voting|refuse|approve|revoke|vote)\b/g, messageId: 'closed', needs: ['no need', 'need to hear', 'need to read', 'need to see', 'already know', 'why would i', 'why should i'] },
  { re: /\b(?:i'?ll|i will) make sure (?:the |that )?(?:[a-z']+ ){0,5}?(?:application|licen[cs]e|plans?|scheme|development|it|club|bar|pub|premises|venue|takeaway|shop|flats|houses|homes|mast|site|they|he|she)\b[^.!?]{0,30}? (?:is|are|gets?|will be|never gets?) (?:refused|approved|rejected|thrown out|blocked|turned down|revoked|shut down|closed down|stripped of|built|granted|stopped|kicked out|binned)\b|\b(?:i'?ll|i will) (?:refuse|reject|block|stop|kill off) (?:it|this (?:[a-z'-]+ ){0,3}?application|the (?:[a-z'-]+ ){0,3}?application)\b|\b(?:i'?ll|i will|i'?m going to) make sure (?:that )?(?:the )?(?:council|committee|panel|planners?|members) (?:refuses?|rejects?|turns? (?:it |this |the [a-z]+ )?down|throws? (?:it |this )?out|approves?|grants?|blocks?)\b/g, messageId: 'closed', needs: ['make sure', 'refuse', 'reject', 'block', 'stop', 'kill off'] },
  // Going to the meeting to see it off: "I'll be at committee to kill off the HMO application", "I'll be there to sink it".
  { re: /\b(?:i'?ll be|i will be|i'?m going|i'?m heading|i'?ll go|i will go|i'?ll turn up|see you)\b[^.!?]{0,40}?\bto (?:kill(?: off)?|sink|block|bin|scupper|torpedo|throw out|vote down|see off|finish off|put a stop to|put an end to) (?:it|this|that|them|the (?:[a-z'-]+ ){0,4}?(?:application|licen[cs]e|plans?|scheme|proposals?|flats|development|bid|mast|homes|houses|extension|conversion))\b/g, messageId: 'closed', needs: ['kill', 'sink', 'block', 'bin', 'scupper', 'torpedo', 'throw out', 'vote down', 'see off', 'finish off', 'stop to', 'end to'] },
  // Relishing the outcome before the hearing: "looking forward to throwing it out at committee".
  { re: /\b(?:looking forward to|can'?t wait to|itching to|relishing|i'?ll enjoy|i will enjoy|pleasure (?:of|in)) (?:refusing|rejecting|throwing (?:it |this |that )?out|voting (?:it |this |that )?down|voting against|approving|revoking|turning (?:it |this |that )?down|kicking (?:it |this |that )?out|binning|refuse|reject|throw (?:it |this |that )?out|vote (?:it |this |that )?down|vote against|approve|revoke|turn (?:it |this |that )?down|kick (?:it |this |that )?out|bin)\b/g, messageId: 'closed', needs: ['looking forward', 'wait to', 'itching', 'relishing', 'enjoy', 'pleasure'] },
  // The decision dated before any evidence: "my answer was no the day it was submitted", "I knew the moment it came in".
  { re: /\b(?:knew|decided|made up my mind|made my mind up|my answer was (?:a )?(?:no|yes)|i was against it|i was for it)\b[^.!?]{0,60}?\b(?:the (?:day|moment|minute|second|instant)|as soon as|before)\b[^.!?]{0,50}?\b(?:submitted|lodged|came in|landed|arrived|was published|were published|went in|put in|applied|was validated|hit my desk|saw it)\b/g, messageId: 'closed', needs: ['knew', 'decided', 'mind', 'my answer', 'i was'] },
];

/** More closed-mind wordings: verdicts, unread papers, arguments ruled out, idioms of refusal. */
const CLOSED_MIND_MORE: Pattern[] = [
  // "A big fat no from me", "are a definite no from me": the verdict announced, whatever the adjectives.
  { re: /\b(?:a|an) (?:(?:big|fat|firm|flat|hard|definite|definitive|resounding|solid|straight|clear|emphatic|massive|huge|categorical|absolute|certain|total|unequivocal)[ ,]+){0,3}(?:no|yes|nay|thumbs[- ]down|thumbs[- ]up)(?: vote)? from (?:me|this (?:councillor|cllr|member))\b/g, messageId: 'closed', needs: ['from me', 'from this'] },
  // "I've already decided to refuse", "made up my mind to approve".
  { re: /\b(?:i'?ve|i have|i'?d|i) (?:already )?(?:decided|made up my mind|made my mind up) (?:to|that i'?(?:ll| will| am going to|m going to|m)) (?:refuse|refusing|reject|rejecting|approve|approving|grant|granting|revoke|revoking|vote (?:against|for|no|yes|it)|voting (?:against|for|no|yes|it)|throw (?:it |this |them )?out|turn (?:it |this |them )?down|block|blocking|bin|kick (?:it |this |them )?out)\b/g, messageId: 'closed', needs: ['decided', 'made up my mind', 'made my mind up'] },
  // The papers unread on purpose: "haven't read the officer report and don't need to", "won't be reading their submissions".
  { re: /(?:^|\bi(?:'ve| have|'m| am|'ll| will)? )(?:haven'?t|have not|won'?t|will not|shan'?t|didn'?t|not going to|don'?t|do not|never)(?: even| bother(?:ed|ing)?(?: to)?)?(?: be)? (?:read(?:ing)?|look(?:ed|ing)? at|open(?:ed|ing)?)(?: (?:the|their|his|her|that|this|any|all the))? (?:[a-z'-]+ ){0,2}?(?:reports?|papers|evidence|objections|representations|submissions?|case|pack|bundle)\b(?! yet\b)(?:[^.!?]{0,30}?\b(?:(?:don'?t|do not|won'?t) need to|no need|(?:don'?t|won'?t) bother|pointless|why would i))?/g, messageId: 'closed', needs: ['read', 'look', 'open'] },
  // "Can't see any argument that would make me approve it".
  { re: /\b(?:can'?t|cannot|couldn'?t|don'?t) (?:see|think of|imagine|envisage|conceive of) (?:any|a|an|anything|what)(?: [a-z'-]+){0,4}? (?:that |which )?(?:would|could|will|might|can) (?:make me|persuade me|convince me|get me to|change my (?:mind|vote|view)|sway me|bring me round|move me)\b/g, messageId: 'closed', needs: ['see', 'think of', 'imagine', 'envisage', 'conceive'] },
  // "The only way it gets permission is if I'm not on the committee".
  { re: /\bthe only way\b[^.!?]{0,60}?\b(?:if i'?m not|if i am not|over my|without (?:my|me)\b|if i (?:lose|resign|die|quit|stand down)|(?:when|once|after) i'?(?:m| am|ve) (?:gone|off)|i'?m (?:not|no longer) on)/g, messageId: 'closed', needs: ['only way'] },
  // "I'd rather eat my hat than approve it", "I'd sooner resign than vote for it".
  { re: /\b(?:i'?d|i would) (?:rather|sooner) (?:[a-z'-]+ ){1,6}?than (?:approv|support|back|vot|grant|allow|let|wav|sign|pass|licen[cs])\w*/g, messageId: 'closed', needs: ['rather', 'sooner'] },
];

/** Announcing a vote on the matter ("I'll vote against it", "there's no version of it I would vote for"). */
const VOTE: Pattern[] = [
  { re: /\b(?:i'?ll|i will|i'?m|i am|i'?m going to|i shall)(?: be)?(?: definitely| certainly| absolutely| happily| proudly)? (?:throwing|turning|kicking|chucking|binning) (?:it|this|that|them|these|those) (?:out|down)\b|\b(?:i'?ll|i will|i'?m|i am|i'?m going to|i shall)(?: be)?(?: definitely| certainly| absolutely| happily| proudly)? (?:refusing|rejecting|approving|revoking|granting|turning down|throwing out|voting down|binning) (?!(?:to|a|an|any|applications|licences|anyone|anybody|people|trolls|accounts|comments|posts|you|myself|the minutes|the agenda|the accounts|the budget|expenses|requests|holiday|leave)\b)(?:it|them|this|that|those|these|the|their|his|her|its|[a-z'-]+)\b|\b(?:isn'?t|is not|aren'?t|are not|won'?t be|will not be|not|never) getting my (?:vote|support|backing)\b|\b(?<!n'?t )(?<!not )(?:already )?know (?:how|which way|exactly how) i'?(?:m|ll| will| am)(?: be)? vot(?:e|ing)\b|\bno way(?: on earth| in hell| at all)? (?:am i|will i|i'?m|i'?ll|i will|i am) (?:approving|voting for|supporting|backing|refusing|letting|allowing|granting)\b|\b(?:already )?(?:written|drafted|prepared) my (?:speech|statement|reasons?|notes?) (?:for |on )?(?:refusing|refusal|rejecting|approving|against|to refuse)\b/g, messageId: 'vote', needs: ['throwing', 'turning', 'kicking', 'chucking', 'refusing', 'rejecting', 'approving', 'revoking', 'granting', 'turning down', 'throwing out', 'voting down', 'binning', 'my vote', 'my support', 'my backing', 'know', 'no way', 'my speech', 'my statement', 'my reason', 'my note'] },
  { re: /\b(?:i'?ll|i will|i'?m going to|i'?m gonna|i shall) (?:be )?vot(?:e|ing) (?:against|for|to refuse|to approve|no|yes|(?:it|them|this|that|those|these)(?: [a-z'-]+)? down|to reject)\b|\b(?:i'?m|i am) vot(?:ing|e) (?:no|yes|against|for|to refuse|to approve)\b|\bi'?ll vote (?:against|for) it\b/g, messageId: 'vote', needs: ['vot'] },
  { re: /\b(?:there'?s|there is|there isn'?t|there is not|is there) (?:no|a|any) (?:version|form|way|scenario|world|universe|amount of [a-z]+)\b[^.!?]{0,60}?\bi(?:'d| would| could| will| can| shall)?(?: ever)? (?:vote for|support|back|approve|accept|agree to)\b|\bi(?:'d| would| could| will|'ll| shall)?(?: never|n'?t| not)(?: ever)?(?: in a million years)? (?:vote (?:for|to (?:approve|grant|allow|back|support|refuse|reject)|in favour|yes)|support|back|approve)\b|\bi (?:couldn'?t|could not|wouldn'?t|would not|can'?t|cannot)(?: ever)?(?: possibly)? (?:vote for|support|back|approve)\b|\bmy vote (?:is|will be|'s|goes|is going)(?: a)? (?:no|yes|against|for)\b|\byou (?:can )?count on my vote\b|\b(?:i'?m|i am|i'?ll be|i will be) (?:backing|supporting|opposing|voting against|voting for) (?:it|this|that|the [a-z'-]+(?: [a-z'-]+){0,3}?) (?:at|on the night at|when it comes to) (?:committee|the committee|the hearing|the panel|panel|planning)\b/g, messageId: 'vote', needs: ['vote', 'support', 'back', 'approve', 'accept', 'agree to', 'backing', 'supporting', 'opposing', 'voting'] },
];

/** The outcome stated as settled: a closed mind from someone who decides it (or said "regardless", "end of"). */
const OUTCOME: Pattern[] = [
  // The matter's fate in everyday words: "going nowhere", "getting pulled", "as good as gone", "never happening", "forget it".
  { re: /\b(?:is|are|'s|'re) (?:going nowhere|not going anywhere|(?:going in|going into|heading for) the bin(?=\s*(?:[.,;:!?)]|$))|getting (?:pulled|binned|the chop|chucked out|kicked out|thrown out|refused|rejected|approved|revoked|the nod|the green light|the go-ahead|a no|a yes|my backing|my support)|as good as (?:gone|dead|refused|rejected|approved|done|finished)|dead and buried|doomed|a goner)\b|\b(?:never|not) (?:happening|going to happen|gonna happen)(?=\s*(?:[.,;:!?)]|$))|(?:^|[.?!:;,] )forget it(?=\s*(?:[.,;:!?]|$))|\b(?:in|into) the bin(?=\s*(?:[.,;:!?)]|$))|\b(?:not|never|nae|no|n't|isn'?t|aren'?t|won'?t) (?:be )?getting (?:built|approved|passed|granted|the go-ahead|the green light|the nod|planning|permission|a licen[cs]e|its licen[cs]e|their licen[cs]e)\b|\b(?:doesn'?t|don'?t|won'?t|haven'?t|hasn'?t) stand a (?:chance|hope|prayer)\b|\bddim yn cael (?:caniatad|trwydded|ei gymeradwyo|ei chymeradwyo)\b|\bdim (?:ffiars|ffeiars) o beryg\b|\bdim gobaith\b/g, messageId: 'closed', needs: ['going nowhere', 'going anywhere', 'bin', 'getting', 'as good as', 'dead and buried', 'doomed', 'goner', 'happen', 'forget it', 'stand a', 'yn cael', 'beryg', 'gobaith'] },
  { re: /\b(?:i'?ll|i will|i'?m|i am)(?: be)? (?:refusing|rejecting|approving|revoking|turning (?:it |this )?down|throwing (?:it |this )?out|blocking|granting) (?:it|this|that|the (?:[a-z'-]+ ){0,3}?(?:application|licence|plans?|scheme))\b|\b(?:won'?t|will not|isn'?t going to|is not going to|never going to|not going to|is never going to|ain'?t going to) (?:get through(?! (?:this|the|that|it|all|to|a|my|our)\b)|get past (?:me|us|committee)|pass|be approved|be granted|happen|go ahead|get permission|see the light of day)\b|\b(?:it |this |that )?(?:will|is going to|'s going to|'ll) be (?:thrown out|refused|rejected|turned down|kicked out|blocked|voted down) (?:when|once|at|by)\b|\b(?:will|'ll|is going to|'s going to|are going to|'re going to) be (?:thrown out|refused|rejected|turned down|kicked out|blocked|voted down|revoked)(?=\s*(?:[.,;:!?]|$))|\b(?:will|'ll|are going to|is going to|'re going to|'s going to) lose (?:its|their|his|her|the) (?:[a-z'-]+ )?(?:licen[cs]e|permission)\b|\bnot getting through\b|\bdead in the water\b/g, messageId: 'closed', needs: ['refusing', 'rejecting', 'approving', 'revoking', 'turning', 'throwing', 'blocking', 'granting', 'lose', 'revoked', 'get through', 'get past', 'pass', 'be approved', 'be granted', 'happen', 'go ahead', 'permission', 'light of day', 'thrown out', 'refused', 'rejected', 'turned down', 'kicked out', 'blocked', 'voted down', 'getting through', 'dead in the water'] },
  // "Isn't getting its licence", "won't get permission", "aren't keeping the licence".
  { re: /\b(?:isn'?t|aren'?t|is not|are not|won'?t|will not|not|never|ain'?t)(?: (?:be|ever|going to)){0,2} (?:getting|get|keeping|keep|winning|win|seeing|see|being given|be given)(?: (?:a|an|its|their|his|her|the|any|that|this|planning|late|new|premises|operator'?s?|alcohol|drinks|music|extended)){0,3} (?:licen[cs]es?|permission|consent|approval|go-ahead|green light|nod|through(?! (?:to|the|a|this|it|with)\b)|past (?:me|us|committee|the (?:committee|panel)))\b/g, messageId: 'closed', needs: ['get', 'keep', 'win', 'see', 'given'] },
  // "Is going through", "is getting approved", "will sail through", "they're losing the licence".
  { re: /\b(?:is|are|'s|'re) (?:going through|getting (?:approved|built|permission|the go-ahead|the green light|the nod|through|refused|thrown out|binned|a no|a yes)|going ahead|sailing through|losing (?:its|their|his|her|the) (?:[a-z'-]+ )?(?:licen[cs]e|permission))\b|\b(?:will|'ll|is going to|are going to) (?:go through|sail through|get the (?:nod|go-ahead|green light))\b/g, messageId: 'closed', needs: ['going through', 'getting', 'going ahead', 'sailing', 'losing', 'go through', 'sail through', 'get the'] },
  // "Licence revoked, if I have my way", "they've lost their licence", "the licence is going", "will never be built".
  { re: /\b(?:licen[cs]e|application|permission|plans?|scheme) (?:revoked|refused|rejected|binned|thrown out)(?=\s*(?:[.,;:!?]|$|if\b))|\b(?:they'?ve|he'?s|she'?s|it'?s|has|have) (?:already )?lost (?:its|their|his|her|the) (?:[a-z'-]+ )?(?:licen[cs]e|permission)\b|\b(?:licen[cs]e|permission|application) (?:is|'s) (?:going|gone)(?=\s*(?:[.,;:!?]|$))|\b(?:will|'ll|are|is) never (?:be )?(?:built|approved|granted|happen|go ahead|get (?:built|approved|permission|through|a licen[cs]e)|see the light of day)\b|\b(?:won'?t|will not) (?:ever )?be built\b/g, messageId: 'closed', needs: ['revoked', 'refused', 'rejected', 'binned', 'thrown out', 'lost', 'going', 'gone', 'never', 'be built'] },
  // "It's a no", "the answer will still be no".
  { re: /\b(?:it'?s|it is|that'?s|that is|the answer (?:is|will be|will still be|'s|was)|my answer (?:is|will be|will still be|'s)) (?:a (?:flat |hard |firm |big |definite |resounding )?(?:no|yes)|no|never|yes)(?=\s*(?:[.,;:!?)\u2014\u2013-]|$|from me\b))/g, messageId: 'closed', needs: [' no', 'never', 'yes'] },
  // "Can kiss its licence goodbye", "is finished", "hasn't got a hope", "the hearing is a formality".
  { re: /\bcan kiss (?:its|their|his|her|the|that) (?:[a-z'-]+ ){0,3}?goodbye\b|\b(?:is|are|'s|'re) (?:dead(?! in the water)|toast|a dead duck|done for|a non-starter)\b|\bcan forget (?:its|their|his|her|the|about (?:its|their|his|her|the|a|an|any|getting)) (?:[a-z'-]+ ){0,2}?(?:licen[cs]e|permission|planning|application)\b|\b(?:haven'?t|hasn'?t|has not|have not) got a (?:hope|prayer|chance)\b|\bnot a (?:hope|prayer|chance)\b|\bforegone conclusion\b|\b(?:the )?(?:hearing|meeting|committee|panel|review) (?:is|will be) (?:a|just a|only a|a mere) (?:formality|box-ticking exercise)\b/g, messageId: 'closed', needs: ['goodbye', 'forget', 'dead', 'toast', 'done for', 'non-starter', 'got a', 'not a', 'foregone', 'formality', 'box-ticking'] },
  // Idioms of impossibility: "when pigs fly", "hell will freeze over before", "a cat in hell's chance", "not on your nelly".
  { re: /\bwhen pigs (?:fly|might fly)\b|\bpigs (?:will|might|would|could) fly\b|\bhell (?:will|'ll|would|'d|shall) freeze over\b|\b(?:when|till|until|before|the day) hell freezes over\b|\bcold day in hell\b|\b(?:cat|snowball|snowflake)(?: in hell)?'?s? (?:chance|hope)\b|\bno way,? (?:jose|no how)\b|\bnot on your (?:nelly|life)\b|\bnot in this lifetime\b|\bin (?:their|his|her|your) dreams\b|\bfat chance\b|\b(?:haven'?t|hasn'?t|has not|have not|don'?t have|doesn'?t have|ain'?t got) (?:got )?a (?:hope|prayer|chance)(?: in hell)?\b/g, messageId: 'closed', needs: ['pigs', 'freeze', 'cold day', 'chance', 'hope', 'no way', 'nelly', 'not on your life', 'lifetime', 'dreams', 'prayer'] },
  // "No chance that club keeps its licence", "not a hope the flats get permission".
  { re: /\b(?:no|zero|not a|nae|not the (?:slightest|remotest)|no earthly) (?:chance|hope|way|prayer|danger)(?: (?:on earth|in hell|whatsoever|at all))?,? (?:that |of )?[^.!?]{0,40}?\b(?:gets?|getting|keeps?|keeping|wins?|winning|secures?|securing|receives?|receiving|retains?|retaining|holds? on to)(?: (?:a|an|its|their|his|her|the|any|that|planning|late|new|premises|alcohol|drinks|music)){0,3} (?:licen[cs]e|permission|approval|consent|go-ahead|green light|nod|through)\b|\b(?:no|zero|not a|nae) (?:chance|hope|way|prayer)(?: (?:on earth|in hell|whatsoever|at all))?,? (?:that )?[^.!?]{0,40}?\b(?:is|are|gets?|getting|will be|'ll be|be|being) (?:approved|granted|built|passed|allowed|given the go-ahead|given permission)\b/g, messageId: 'closed', needs: ['chance', 'hope', 'no way', 'zero way', 'prayer', 'danger'] },
  // "Not one brick will be laid", "the only thing getting built there is a cricket pitch".
  { re: /\bnot (?:one|a single) (?:brick|house|home|flat|spade|turbine|shovel|pint|drink|panel)\b[^.!?]{0,40}?\b(?:will|is going to|gets?|shall|be)\b|\bthe only thing (?:getting|going to get|that'?ll get|that will get|that gets?|being|going to be|that'?s going to be) (?:built|approved|granted|permission|put up)\b/g, messageId: 'closed', needs: ['not one', 'single', 'only thing'] },
  // "The committee will throw it out", "we'll refuse it".
  { re: /\b(?:committee|panel|we|members|councillors|they|it)(?: [a-z]+)? (?:will|'ll|are going to|is going to|'re going to|is gonna|are gonna) (?:throw|kick|chuck|turf|boot) (?:it|this|that|them|the [a-z'-]+(?: [a-z'-]+)?) out\b|\b(?:we|the committee|the panel|members|councillors|committee|panel) (?:will|'ll|are going to|is going to|'re going to) (?:refuse|reject|block|bin|revoke|turn down|throw out) (?:it|this|that|them|the (?:[a-z'-]+ ){0,2}?(?:application|licen[cs]e|plans?|scheme))\b/g, messageId: 'closed', needs: ['throw', 'kick', 'chuck', 'turf', 'boot', 'refuse', 'reject', 'block', 'bin', 'revoke', 'turn down'] },
  // "The answer on the care home is no, full stop", "my answer remains no".
  { re: /\b(?:the|my) answer(?: [a-z'-]+){1,6}? (?:is|will be|'s|remains|stays)(?: still| always| simply)? (?:a )?(?:(?:flat|hard|firm|big|definite|resounding) )?(?:no|never|yes)(?=\s*(?:[.,;:!?)\u2014\u2013-]|$|from me\b|full stop|end of|whatever\b|regardless\b|no matter\b|however\b))/g, messageId: 'closed', needs: ['answer'] },
  // The application dismissed as worthless, or a one-word verdict: "the application is a joke. Refused."
  { re: /\b(?:application|plans?|scheme|proposals?|bid)(?: [a-z'-]+){0,2}? (?:is|are|'s) (?:a joke|a farce|laughable|dead on arrival|not happening|a waste of (?:time|paper|everyone'?s time))\b|^(?:refused|rejected|denied|binned|revoked|thrown out|no chance|not happening|not a chance|no way)(?=[\s.!]*$)/g, messageId: 'closed', needs: ['joke', 'farce', 'laughable', 'dead on arrival', 'not happening', 'waste of', 'refused', 'rejected', 'denied', 'binned', 'revoked', 'thrown out', 'no chance', 'not a chance', 'no way'] },
  // Dialect and idiom: "getting nowt from us", "can whistle for it", "dream on".
  { re: /\b(?:getting|get|gets|be getting) (?:nowt|nothing|zilch|sod all|bugger all|naff all|diddly squat) from (?:us|me|this committee|the committee|the panel|this panel|the panel)\b|\bcan (?:whistle|sing) for (?:it|that|permission|planning|a licen[cs]e|its licen[cs]e|their licen[cs]e|approval)\b|\bdream on\b/g, messageId: 'closed', needs: ['from us', 'from me', 'from this', 'from the', 'whistle', 'sing', 'dream on'] },
  // "Going straight in the bin", "the licensee is finished", "you won't get one".
  { re: /\b(?:is|are|'s|'re) (?:going|heading|headed)(?: straight)? (?:in|into|for) the bin(?=\s*(?:[.,;:!?)]|$|when\b|once\b|at\b|if\b|as soon\b|the (?:moment|minute|day)\b|where\b))|\b(?:driver|landlord|licensee|operator|owner|applicant|developer|venue|pub|bar|club|takeaway|shop|premises)(?:'s| is| are|'re) (?:finished|history|done for|out of business)\b|\b(?:won'?t|will not|aren'?t going to|never) (?:get|be getting|be granted|be given) one\b/g, messageId: 'closed', needs: ['bin', 'finished', 'history', 'done for', 'out of business', 'one'] },
  // The hearing and the officers' work dismissed: "don't waste your money applying", "the hearing is a charade", "tell the developer not to bother".
  { re: /\b(?:tell|telling) (?:the |that )?(?:developers?|applicants?|owners?|operators?|them|him|her|landlords?) (?:not to bother|to save (?:their|his|her|its) (?:money|time|breath)|to give up|to forget (?:it|about it))\b|\bdon'?t (?:bother|waste your (?:money|time|breath)) (?:applying|appealing|reapplying|resubmitting|submitting)\b|\b(?:hearing|meeting|committee|review|panel|debate) (?:is|will be|'s) (?:a|just a|an absolute|a complete|a total|nothing but a) (?:waste of (?:time|everyone'?s time|money)|pantomime|charade|rubber[- ]stamp|formality)\b|\b(?:officers?|planners?)(?: are|'re| is) wasting (?:their|his|her) time\b/g, messageId: 'closed', needs: ['tell', "don't bother", 'dont bother', "don't waste", 'dont waste', 'waste of', 'pantomime', 'charade', 'rubber', 'formality', 'wasting'] },
  // Discouraging residents from having their say: "don't bother objecting", "save yourselves the stamps".
  { re: /\bsave (?:your|yourselves)(?: the)? (?:bother|stamps|breath|time|energy|effort)\b|\bdon'?t (?:bother|waste your (?:time|breath|energy|stamps)) (?:objecting|writing|emailing|commenting|sending|lobbying|with (?:objections|letters|emails))\b|\bno point (?:in )?(?:objecting|writing in|emailing|commenting|lobbying|sending)\b/g, messageId: 'closed', needs: ['save your', "don't bother", 'dont bother', "don't waste", 'dont waste', 'no point'] },
];

/** "Officers can recommend what they like": the advice dismissed; a closed mind when the author takes a stance on it. */
const DISMISS: Pattern[] = [
  { re: /\b(?:the )?(?:officers?|planners?|the report|(?:the )?applicants?|(?:the )?developers?|objectors|residents|(?:the )?inspector|(?:their |the )?lawyers?|(?:their |the )?barristers?|they|anyone|everyone|experts?)(?: [a-z'-]+){0,2}? can (?:say|recommend|argue|submit|write|promise|offer|present|put forward|claim|produce|bring|send|do|plead)(?: in| up| out| forward)? (?:(?:what|whatever|anything|all|as (?:much|many)[^.!?]{0,30}? as)(?: [a-z'-]+){0,2}? (?:they|he|she|it) (?:like|likes|want|wants|wish|wishes|please|pleases)|all (?:night|day|week)|till the cows come home|until (?:they'?re|he'?s|she'?s) blue in the face)\b/g, messageId: 'closed', needs: ['can'] },
];

const ALL = [...CLOSED_MIND, ...CLOSED_MIND_MORE, ...VOTE, ...OUTCOME, ...DISMISS];
const TIER = new Map<Pattern, 'strong' | 'vote' | 'outcome' | 'dismiss'>([
  ...CLOSED_MIND.map((p) => [p, 'strong'] as const),
  ...CLOSED_MIND_MORE.map((p) => [p, 'strong'] as const),
  ...VOTE.map((p) => [p, 'vote'] as const),
  ...OUTCOME.map((p) => [p, 'outcome'] as const),
  ...DISMISS.map((p) => [p, 'dismiss'] as const),
]);

const welsh = new Lexicon(CLOSED_MIND_CY);

export default defineRule({
  meta: {
    id: 'predetermination',
    description: 'A closed mind on a planning, licensing or other decision the councillor may take part in.',
    sources: ['DSC 4.8'],
    section: { ref: 'DSC 4.8', anchor: '#predetermination' },
    why: 'Councillors who decide planning or licensing matters must keep an open mind (DSC 4.8): a post showing the decision is already made can invalidate the decision and bar them from voting.',
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: false,
    messages: {
      closed: 'This shows your mind is made up on a decision you may take; say you will weigh the evidence at the meeting.',
      vote: 'Announcing how you will vote before the hearing shows a closed mind; say you will decide on the evidence.',
    },
    examples: {
      valid: [
        'I have real concerns about the traffic impact of the supermarket extension. Open mind though — I’ll hear the applicant and residents at committee before I decide.',
        'I’m not on the planning committee, so I’m free to campaign: I’ve objected to the Lowfield Farm application.',
        'I voted against the budget last night; the figures are on page 14.',
        'Last night’s planning committee refused application 24/00871/FUL by 7 votes to 3.',
      ],
      invalid: [
        'I’ve made up my mind on the HMO application on Elm Grove and nothing at committee will change it.',
        'Sitting on tomorrow’s licensing panel for the new nightclub. Already decided: it’s a no from me.',
        'The incinerator will be approved over my dead body.',
        'The quarry extension is coming to our committee next month and it won’t get through while I’m on it.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const all = doc.view.folded;
    if (!DECISION.test(all) || OPEN_MIND.test(all)) return;
    const decides = DECIDES.test(all);
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    const found = findPatterns(context, ALL);
    const strongFound = found.some((hit) => TIER.get(hit.pattern) !== 'outcome' && TIER.get(hit.pattern) !== 'dismiss');
    for (const hit of found) {
      const tier = TIER.get(hit.pattern)!;
      const sentence = hit.match.sentence;
      const before = doc.sentences[sentence.index - 1];
      const after = doc.sentences[sentence.index + 1];
      const around = doc.view.between(before?.start ?? sentence.start, sentence.end);
      const wide = doc.view.between(before?.start ?? sentence.start, after?.end ?? sentence.end);
      // A political vote (the budget, a motion, policy) is not a quasi-judicial decision.
      if (POLITICAL_VOTE.test(around) && !MATTER.test(doc.view.sentence(sentence))) continue;
      if (tier === 'vote' && !DECISION.test(wide)) continue;
      // A confident prediction is a closed mind only from someone who decides, or said "regardless".
      if (tier === 'outcome' && !decides && !CLOSED_MARKER.test(around)) continue;
      if (tier === 'outcome' && REPORTED_OUTCOME.test(doc.view.sentence(sentence))) continue;
      // "Officers can say what they like" matters with the author's own stance beside it.
      if (tier === 'dismiss' && !decides && !strongFound && !FIRST_PERSON.test(wide)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    for (const match of welsh.find(doc)) hits.push({ start: match.start, end: match.end, messageId: 'closed' });
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
