import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { CLOSED_MIND_CY } from './data/predetermination';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

/** A quasi-judicial decision is in play: planning or licensing, or a committee deciding an application. */
const DECISION =
  /\b(?:planning|application|applications|applicant|licen[cs]es?|licensing|premises|taxi|hmos?|conversion|development|flats|homes|houses|warehouse|incinerator|turbines?|wind farm|solar farm|quarry|nightclub|casino|betting shop|vape shop|appeal|listed building|change of use|extension|committee|panel|sub-committee|hearing|cynllunio|pwyllgor|trwydded|cais)\b/;

/** Political votes, where saying how you will vote is normal: the budget, council tax, motions, elections. */
const POLITICAL_VOTE = /\b(?:budget|council tax|motion|manifesto|election|referendum|leader(?:ship)? (?:election|contest)|no confidence|cuts?|polic(?:y|ies)|local plan|strategy|full council|consultation|amendment)\b/;

/** The post shows the mind is still open, or the author does not take the decision. */
const OPEN_MIND =
  /\b(?:open mind|keep an open mind|keeping an open mind|listen to (?:all )?(?:the )?(?:evidence|arguments|both sides|everyone|everything|residents and the applicant)|hear (?:all )?(?:the )?(?:evidence|both sides|everything|the applicant|all the arguments)|decide (?:it )?on the (?:evidence|merits|planning merits)|on planning grounds|won'?t comment on the merits|can'?t tell you how i'?ll vote|before i decide|before deciding|minded to|i'?m not on the (?:planning|licensing)|i am not on the (?:planning|licensing)|not a member of the (?:planning|licensing)|won'?t be voting on (?:it|this)|will not be voting on (?:it|this)|can'?t (?:say|comment) (?:how|which way)|(?:it|that)'?s for the (?:committee|panel) to decide|unless i hear|unless (?:something|the evidence|the applicant|anything) (?:changes|persuades)|(?:change|changes|changed) my (?:view|mind)|i'?ll listen|i will listen|will weigh (?:up )?(?:the|all))\b/;

/** The author sits on the body that decides. */
const DECIDES =
  /\b(?:i'?m on (?:the |our |that )?(?:planning |licensing )?(?:committee|panel)|i sit on (?:the )?(?:planning|licensing|the committee|the panel)|i chair (?:the )?(?:planning|licensing|the committee|the panel)|as (?:a |the )?(?:member|chair) of (?:the )?(?:planning|licensing)|i'?ve sat on (?:planning|licensing)|on the (?:planning|licensing) committee\?|(?:comes?|coming) (?:to|before) (?:our|my) (?:panel|committee)|(?:when|once) it (?:reaches|gets to|comes to) (?:us|committee|the committee|panel)|sitting on (?:tomorrow'?s|the|next week'?s) (?:planning|licensing)|while i'?m (?:on it|on the committee|on that committee|in (?:that|the) chair|on the panel))\b/;

/** Said with no room for the evidence: "regardless", "no matter what", "full stop". */
const CLOSED_MARKER =
  /\b(?:regardless|no matter what|whatever (?:the|they|anyone|officers?|happens|'s in|is in|is said|evidence)|(?:i )?don'?t care what|end of\b|full stop|while i'?m (?:on it|on the committee|in (?:that|the) chair|on the panel)|not now,? not ever|over my dead body|zero chance|no chance|no way|not a chance)/;

const CLOSED_MIND: Pattern[] = [
  { re: /\b(?:my|our) minds? (?:is|are|'s) (?:already )?made up\b|\b(?:i'?ve|i have|i) (?:already )?made up my mind\b|\bmade my mind up\b|\b(?:i'?ve|i have|we'?ve|we have|i'?d|i) already (?:decided|made my decision|made up my mind)\b(?! (?:what|which|how|where|when|who|whether|to)\b)|^already decided\b(?! (?:what|which|how|where|when|who|whether|to)\b)/g, messageId: 'closed', needs: ['made up', 'mind up', 'already'] },
  { re: /\bnothing (?:at|in) (?:the )?(?:committee|meeting|hearing|panel)(?: [a-z]+){0,3}? will change\b|\bnothing (?:anyone|they|you|the applicant|the officers?|the developer|the report) (?:says?|can say|could say|presents?|argues?) (?:will|would|could|can) change\b|\b(?:won'?t|will not|nothing will) change my mind\b/g, messageId: 'closed', needs: ['change'] },
  { re: /\bwhatever (?:the )?(?:officers?|applicant|developer|report|planners?|inspector|they|anyone|residents|experts?) (?:says?|recommends?|argues?|presents?|advises?|puts? forward|thinks?|brings?)(?: on the night)?\b|\bwhatever'?s in the (?:officer'?s? )?report\b|\bno matter what (?:the )?(?:officers?|applicant|report|they|anyone|evidence) (?:says?|recommends?|shows?|brings?)\b|\bregardless of (?:what|the) (?:they|officers?|the applicant|evidence|report)\b|\bi don'?t care what (?:evidence|the applicant|they|officers?|anyone)\b/g, messageId: 'closed', needs: ['whatever', 'no matter', 'regardless', 'care what'] },
  { re: /\bover my dead body\b|\bnot now,? not ever\b|\bwill i (?:approve|support|back|vote for|allow)[^.!?]*\?\s*never\b/g, messageId: 'closed', needs: ['dead body', 'not ever', 'never'] },
  { re: /\b(?:i'?ll|i will|i'?m going to|i'?m gonna|i shall) (?:be )?vot(?:e|ing) (?:against|for|to refuse|to approve|no|yes|it down|to reject)\b|\b(?:i'?m|i am) vot(?:ing|e) (?:no|yes|against|for|to refuse|to approve)\b|\bi'?ll vote (?:against|for) it\b/g, messageId: 'vote', needs: ['vot'] },
  { re: /\b(?:i|i'?ll|i will) (?:won'?t|will not|never|shall not) (?:be )?(?:approv(?:e|ing)|support(?:ing)?|back(?:ing)?|vot(?:e|ing) for|allow(?:ing)?)\b|\b(?:i )?won'?t be approving\b|\b(?:it'?s|is getting|it'?ll get|gets?) a (?:no|yes|big no|firm no|thumbs down) from me\b|\bno way (?:am i|will i|i'?m) (?:approving|voting for|supporting)\b|\b(?:zero|no) chance (?:i'?ll|i will|i'?d|of me) (?:approv|support|back|vot|let)\w*/g, messageId: 'closed', needs: ["won't", 'wont', 'will not', 'never', 'shall not', 'from me', 'no way', 'chance'] },
  // The outcome stated before the hearing: "I'm refusing it", "it won't get through", "will be thrown out".
  { re: /\b(?:i'?ll|i will|i'?m|i am)(?: be)? (?:refusing|rejecting|approving|revoking|turning (?:it |this )?down|throwing (?:it |this )?out|blocking|granting) (?:it|this|that|the (?:[a-z'-]+ ){0,3}?(?:application|licence|plans?|scheme))\b|\b(?:won'?t|will not|isn'?t going to|is not going to|never going to|not going to|is never going to|ain'?t going to) (?:get through|get past (?:me|us|committee)|pass|be approved|be granted|happen|go ahead|get permission|see the light of day)\b|\b(?:it |this |that )?(?:will|is going to|'s going to|'ll) be (?:thrown out|refused|rejected|turned down|kicked out|blocked|voted down) (?:when|once|at|by)\b|\bnot getting through\b|\bdead in the water\b/g, messageId: 'closed', needs: ['refusing', 'rejecting', 'approving', 'revoking', 'turning', 'throwing', 'blocking', 'granting', 'get through', 'get past', 'pass', 'be approved', 'be granted', 'happen', 'go ahead', 'permission', 'light of day', 'thrown out', 'refused', 'rejected', 'turned down', 'kicked out', 'blocked', 'voted down', 'getting through', 'dead in the water'] },
  { re: /\bno need to (?:read|look at|see|hear) (?:the )?(?:report|evidence|application|papers|submissions?)\b|\b(?:i )?don'?t need to (?:hear|read|see) any more\b|\bi already know (?:i'?m|i am|i'?ll|i will|how i'?ll) (?:revoking|refusing|approving|voting|refuse|approve|revoke|vote)\b/g, messageId: 'closed', needs: ['no need', 'need to hear', 'need to read', 'need to see', 'already know'] },
  { re: /\b(?:i'?ll|i will) make sure (?:the |that )?(?:[a-z]+ ){0,4}(?:application|licen[cs]e|plans?|scheme|development|it) (?:is|gets|will be) (?:refused|approved|rejected|thrown out|blocked|turned down|revoked)\b|\b(?:i'?ll|i will) (?:refuse|reject|block|stop|kill off) (?:it|this (?:[a-z'-]+ ){0,3}?application|the (?:[a-z'-]+ ){0,3}?application)\b|\b(?:i'?ll|i will|i'?m going to) make sure (?:that )?(?:the )?(?:council|committee|panel|planners?|members) (?:refuses?|rejects?|turns? (?:it |this |the [a-z]+ )?down|throws? (?:it |this )?out|approves?|grants?|blocks?)\b/g, messageId: 'closed', needs: ['make sure', 'refuse', 'reject', 'block', 'stop', 'kill off'] },
];

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
    for (const hit of findPatterns(context, CLOSED_MIND)) {
      const sentence = hit.match.sentence;
      const around = doc.view.between(doc.sentences[sentence.index - 1]?.start ?? sentence.start, sentence.end);
      if (hit.pattern.messageId === 'vote') {
        // Declaring a vote only matters on a quasi-judicial decision named right there, not on the budget or a motion.
        if (!DECISION.test(around) || POLITICAL_VOTE.test(around)) continue;
      }
      // A confident prediction is a closed mind only from someone who decides, or said "regardless".
      if (hit.pattern.needs.includes('refusing') && !decides && !CLOSED_MARKER.test(around)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    for (const match of welsh.find(doc)) hits.push({ start: match.start, end: match.end, messageId: 'closed' });
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
