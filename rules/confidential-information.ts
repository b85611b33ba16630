import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import { CONFIDENTIAL_CY } from './data/confidential-information';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

/** What confidential material is: papers, meetings and what was said in them. */
const MATERIAL = String.raw`(?:papers?|reports?|documents?|docs|sessions?|meetings?|briefings?|items?|minutes|information|info|details?|emails?|e-mails?|slides|agenda|discussions?|appendix|appendices|annex|memos?|figures|budget papers|business case|legal advice|advice from officers|drafts?|copy|version|plans?|strategy|proposals?|list|letter|spreadsheet)`;

/** What may come between a weak marker and the material: "private cabinet papers", "closed session". */
const BUSINESS = String.raw`(?:cabinet|committee|council|members'?|officers'?|legal|budget|finance|group|staff|board|hr|personnel|tender|bid|leaders'?|party|planning|scrutiny|audit|executive)`;
/** "You didn't hear it from me", "I'm not supposed to say this, but", "signed an NDA, but". */
const IN_CONFIDENCE = String.raw`you didn'?t hear (?:it|this|that) from me|(?:you )?didn'?t get (?:it|this|that) from me|don'?t tell anyone (?:i told you|where you heard (?:it|this))|keep (?:this|it) under your hats?|mum'?s the word|between these four walls|this (?:goes|stays) no further|(?:i'?m|i am) not (?:supposed|meant|allowed) to (?:say|tell|share|mention|talk about|be (?:saying|telling|sharing))|i shouldn'?t (?:really )?(?:be )?(?:saying|telling you|sharing|say|tell you|share)(?: this| that)?(?! as (?:a|an|the|someone)\b)|(?:strictly |highly )?confidential,? but|(?:it'?s |this is |this isn'?t |it isn'?t )?not (?:public|been announced|out|official|announced) yet,? but|before (?:it'?s|it is|this is|it gets) (?:announced|made public|public|official|out)|ahead of (?:the|any) (?:official )?announcement|told (?:me|us|members|councillors) in (?:strict(?:est)? )?confidence(?! about\b)|(?:was|were|been|i'?ve been|i got) told (?:this |that |it )?in (?:strict(?:est)? )?confidence|(?:it was|it'?s|it is|that was|this was|that'?s|this is) (?:a |an )?(?:part (?:2|ii|two|b)|exempt|confidential|private|closed)(?: (?:item|session|business|meeting|report|paper))?,? but|in (?:the )?strict(?:est)? confidence|(?:said|shared|mentioned|admitted|confided) (?:to (?:me|us) )?in confidence|under (?:an? )?(?:nda|non-disclosure agreement|confidentiality agreement)|(?:signed|bound by|covered by|subject to) (?:an? |the )?(?:nda|non-disclosure agreement|confidentiality agreement|official secrets act)`;

/** A department or office of the council, where an insider works. */
const DEPARTMENT = String.raw` (?:in|inside|at|within|from) (?:the |our )?(?:finance|hr|human resources|planning|legal|procurement|highways|housing|education|social services|social care|democratic services|cabinet office|leader'?s office|chief executive'?s office|council|town hall|county hall|civic centre|depot|[a-z]+ (?:department|directorate|team|office))\b`;

const DISCLOSURE: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:confidential|exempt|in-camera|members-only|members only|pink|part (?:2|ii|two)|embargoed|leaked|commercially sensitive|not-for-publication) (?:[a-z]+ )?${MATERIAL}\b|\b(?:restricted|private|closed|secret|part b) (?:${BUSINESS} )?${MATERIAL}\b`, 'g'), messageId: 'material', needs: ["confidential", "exempt", "restricted", "private", "closed", "secret", "camera", "members", "pink", "part ", "embargoed", "leaked", "sensitive", "not-for"] },
  // "Part 2 at cabinet: …", "Part II item at audit committee"
  { re: /\bpart (?:2|ii|two|b) (?:at|in|of) (?:the )?(?:full council|council|cabinet|[a-z]+ committee|committee|scrutiny|planning|licensing|audit|executive|board|the meeting|tonight'?s meeting|last night'?s meeting)\b/g, messageId: 'material', needs: ['part '] },
  // "What cabinet discussed behind closed doors last night…", "Agreed behind closed doors this morning:"
  { re: /\b(?:said|discussed|agreed|decided|told|revealed|admitted|announced|shown|presented|heard|saw|considered|debated|signed off|approved)(?: (?:to )?(?:us|members|councillors|cabinet|committee))? behind closed doors (?:last night|tonight|today|this (?:morning|afternoon|evening|week)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier)\b|\bbehind closed doors\b[^.!?:]{0,40}?(?::|will shock|you won'?t believe)/g, messageId: 'material', needs: ['behind closed doors'] },
  // "From the papers cabinet saw in private this week:", "Members were shown the draft budget in private:"
  { re: /\b(?:papers?|documents?|reports?|slides|figures|draft [a-z]+|budget|briefing|members|we|cabinet|committee|councillors|group leaders)\b[^.!?]{0,30}?\b(?:saw|seen|shown|discussed|considered|given|were told|was told|heard|got|agreed)\b[^.!?]{0,20}?\bin private\b/g, messageId: 'material', needs: ['in private'] },
  { re: new RegExp(String.raw`\b(?:${IN_CONFIDENCE})\b`, 'g'), messageId: 'marked', needs: ["didn't hear", 'didnt hear', "didn't get", 'didnt get', "don't tell", 'dont tell', 'under your hat', "mum's the word", 'mums the word', 'four walls', "don't quote", 'dont quote', 'goes no further', 'stays no further', "i'm not", 'im not', 'i am not', "shouldn't", 'shouldnt', 'confidential', 'not public', 'not been', 'not out', 'not official', 'not announced', 'before it', 'before this', 'ahead of', 'in confidence', 'strict', 'under a', 'under an', 'under nda', 'signed', 'bound by', 'covered by', 'subject to', 'part ', 'exempt', 'private', 'closed', 'told this', 'told that', 'told it', 'told in'] },
  { re: /\bin (?:camera|closed session|private session|the part (?:2|ii|two) (?:session|item))\b/g, messageId: 'material', needs: ["in camera", "in closed", "in private", "in the part"] },
  { re: /\bnot for (?:publication|circulation|sharing|public consumption|distribution|general release)\b|\bmarked ['"‘“]?(?:confidential|private|restricted|exempt)\b/g, messageId: 'marked', needs: ["not for", "marked"] },
  { re: new RegExp(String.raw`\bleak(?:ed|s)? (?:to me|to us|from|(?:[a-z]+ )?${MATERIAL})\b|\b(?:a|the|this) leak(?:ed)? (?:from|of)\b|\b(?:got|been|was|were) (?:sent|given|passed|forwarded|shown) (?:the |a |this )?leaked\b`, 'g'), messageId: 'leaked', needs: ["leak"] },
  // "A whistleblower in finance has sent me…", "a little bird in HR tells me…"
  { re: new RegExp(String.raw`\b(?:a |an |our |my |one )?(?:whistle-?blower|mole|insider|source|little bird|contact|friend|someone|somebody|person)${DEPARTMENT}[^.!?]{0,30}?\b(?:has |have |had )?(?:sent|given|passed|forwarded|shown|leaked|slipped|handed|let slip) (?:me|us|on)\b`, 'g'), messageId: 'leaked', needs: ['whistle', 'mole', 'insider', 'source', 'little bird', 'contact', 'friend', 'someone', 'somebody', 'person'] },
  // Told by a mole, not by any officer: "a little bird in HR tells me…"
  { re: new RegExp(String.raw`\b(?:a |an |our |my |one )?(?:whistle-?blower|mole|insider|source|little bird)${DEPARTMENT}[^.!?]{0,30}?\b(?:has |have |had )?(?:told|tells|tipped(?: me)? off) (?:me|us|on)\b`, 'g'), messageId: 'leaked', needs: ['whistle', 'mole', 'insider', 'source', 'little bird'] },
  // "I've seen the draft audit letter that hasn't been published", "sent me the draft report before it's published"
  { re: /\b(?:seen|got|have|had|sent me|sent us|shown|given|read|passed me|leaked) (?:a copy of )?(?:the |a )?(?:draft|unpublished|final|internal) [a-z]+(?: [a-z]+){0,2}?(?: (?:report|letter|budget|plan|review|findings|minutes|accounts|proposals?|strategy))?\b[^.!?]{0,40}?\b(?:before (?:it'?s|it is|it gets|it has been|it'?s been) (?:published|released|out|public|made public)|(?:that |which )?(?:hasn'?t|has not|isn'?t|is not|haven'?t|have not) (?:been |yet been )?(?:published|released|out|public|made public)(?: yet)?)|\b(?:seen|got|have|had|sent me|sent us|shown|given|read) (?:a copy of )?(?:the |a )?(?:unpublished|internal) (?:report|letter|audit|review|memo|findings|minutes|business case|budget)\b|\b(?:whistle-?blower|mole|insider) (?:has |had )?(?:sent|given|passed|forwarded|shown|leaked|slipped|handed) (?:me|us)\b/g, messageId: 'leaked', needs: ['draft', 'unpublished', 'final', 'internal', 'whistle', 'mole', 'insider'] },
  { re: /\bembargoed (?:until|till|til|to)\b|\bunder (?:an |the )?embargo\b|\b(?:break|breaking|broke) (?:the|an) embargo\b/g, messageId: 'embargo', needs: ["embargo"] },
  { re: /\boff the record\b|\bkeep (?:this|it) to yourselves\b|\bbetween you and me\b|\b(?:but|strictly|just) between (?:us|ourselves)\b(?! and)|\b(?:staff|they|residents) (?:haven'?t|have not) been told yet\b/g, messageId: 'marked', needs: ["off the record", "to yourselves", "you and me", "between us", "between ourselves", "been told"] },
];

/** "Closed session? No — the committee meets in public": raised only to deny it. */
const DENIED = /^[^.!?]*\?\s*(?:no|nope|not at all)\b|^[^.!?]*\?\s*[^.!?]*\b(?:in public|open to the public|webcast|public meeting)\b|\b(?:isn'?t|is not|wasn'?t|was not|not) (?:a |an )?(?:closed|private|secret|confidential)\b/;
/** A refusal to share is good practice, unless a "but" follows with the content. */
const REFUSAL = /\b(?:can'?t|cannot|won'?t|will not|mustn'?t|must not|not allowed to|unable to) (?:share|discuss|comment(?: on)?|talk about|reveal|say (?:anything|much|more|any more|a word)|go into|tell you (?:more|anything|much|any more))\b/;
/** The council or its members' meetings: their papers are not residents' own to shred. */
const COUNCIL_MEETING_WORDS = String.raw`${BUSINESS}|councill?ors?|cllrs?|agenda|exempt`;
const COUNCIL_MEETING = new RegExp(String.raw`\b(?:${COUNCIL_MEETING_WORDS})\b`);
/** Council business or what came out of it, which a leisure word beside "closed session" does not make a booking. */
const COUNCIL_BUSINESS = new RegExp(String.raw`\b(?:${COUNCIL_MEETING_WORDS}|confidential|said|discussed|told|revealed|decided|agreed|contract|deal|sale|sold|sell|selling|closure|closing|close|cuts?|jobs)\b`);

/** Public notices: what the agenda must say about exempt items, links to published pages. */
const PUBLIC_NOTICE = /\b(?:listed on the agenda|on the agenda|as the law requires|the reason (?:they'?re|it'?s|it is|they are) exempt|taken in private because|exemption (?:paragraph|category)|planning portal|(?:on|at) the (?:council )?website|agenda (?:lists|says|shows|notes)|in public and|watch (?:it )?online|webcast)\b/;
/** Confidential items as a topic of governance: "when councils should use confidential items", "too many exempt reports". */
const AS_A_TOPIC = /\b(?:when|whether|how often|too many|too much|fewer|use of|overuse of|using|use|rely on|relies on|relying on|reliance on)\b[^.!?]{0,30}\b(?:confidential|exempt|part (?:2|ii|two)|private|closed) (?:items|sessions|reports|business|papers)\b/;
/** Personal secrets: surprise parties and presents, not council business. */
const PERSONAL_SECRET = /\b(?:surprise|birthday|party|present|gift|save the date|secret santa|cake|diet|proposal|engaged|wedding|baby|congratulations|congrats|well done)\b/;
/** Services that are confidential, not disclosures: "free, confidential advice", "report it confidentially". */
const SERVICE = /\bconfidential (?:advice|service|helpline|support|counselling|reporting|line|help|chat|conversation|space|waste)\b|\bconfidentially\b|\bconfidentiality\b/;
/** Getting rid of one's own papers: "bring your confidential papers to the shredding day". */
const DISPOSAL = /\b(?:shred(?:s|ded|ding|der)?|dispos(?:e|al)|destroy(?:ed)?|securely|recycl(?:e|ing))\b/;

/** "The pool's adults-only closed session", "a private session with a coach": a booking, not a meeting of the council. */
const LEISURE = /\b(?:pool|swim(?:ming|mers?)?|gym|leisure cent(?:re|er)|sports? (?:hall|cent(?:re|er))|class(?:es)?|lessons?|coach(?:ing)?|training|sensory|skate ?park|ice rink|soft play|climbing wall|studio|tuition|physio|therapy)\b/;
/** An organisation called "Off the Record" (a youth counselling charity), not a remark given off the record. */
const NAMED_OFF_THE_RECORD = /^Off [Tt]he Record$/;

const welsh = new Lexicon(CONFIDENTIAL_CY);

export default defineRule({
  meta: {
    id: 'confidential-information',
    description: 'Content from confidential or exempt material or private meetings.',
    sources: ['CG §11.1', 'GM 5.6', "CG Dos and Don'ts"],
    section: { ref: 'CG §11.1', anchor: '#confidentiality-data-protection-and-safeguarding' },
    why: "Section 11.1 of the council's guidance says councillors must not disclose confidential or exempt information online, including what was said in private meetings.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'words',
    checksComments: false,
    messages: {
      material: 'This discloses confidential or exempt material or a private meeting.',
      marked: 'This shares something marked or given in confidence.',
      leaked: 'This publishes leaked material.',
      embargo: 'This breaks an embargo.',
    },
    examples: {
      valid: [
        'You can report suspected benefit fraud confidentially: northdale.gov.uk/confidential-reporting',
        'Struggling with debt? Citizens Advice gives free, confidential advice.',
        'Closed session? No — the planning committee meets in public and you can watch the webcast.',
        'The water main leaked all night on Elm Road.',
        'Part 2 of my budget explainer: where the money for adult social care comes from.',
      ],
      invalid: [
        'Confidential papers I’ve seen show the administration knew about the flood risk.',
        'Leaked to me this morning: the council plans to close three children’s centres.',
        'Embargoed until Thursday but I’m too excited not to share: we have won £8m!',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    for (const hit of findPatterns(context, DISCLOSURE)) {
      const sentence = hit.match.sentence;
      const folded = doc.view.sentence(sentence);
      const withNext = doc.view.between(sentence.start, doc.sentences[sentence.index + 1]?.end ?? sentence.end);
      if (DENIED.test(withNext)) continue;
      if (REFUSAL.test(folded) && !/\bbut\b/.test(folded.slice(folded.search(REFUSAL)))) continue;
      if (SERVICE.test(doc.view.between(hit.start, Math.min(hit.match.sentence.end, hit.end + 30))) && hit.pattern.messageId === 'material') continue;
      if (hit.pattern.messageId === 'material' && (PUBLIC_NOTICE.test(folded) || AS_A_TOPIC.test(folded))) continue;
      if (hit.pattern.messageId === 'material' && DISPOSAL.test(folded) && !COUNCIL_MEETING.test(folded.replace(/\b(?:town hall|council) (?:car park|depot|recycling)\b/g, ''))) continue;
      if (hit.pattern.messageId === 'marked' && PERSONAL_SECRET.test(folded)) continue;
      if (hit.pattern.messageId === 'material' && /^(?!in )[a-z]+ sessions?$/.test(hit.match.value) && LEISURE.test(folded) && !COUNCIL_BUSINESS.test(folded)) continue;
      if (NAMED_OFF_THE_RECORD.test(context.text.slice(hit.start, hit.end))) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    const extra = councilLexicon(context, 'confidential-information', (base) => base);
    for (const match of [...welsh.find(doc), ...extra.find(doc)]) {
      if (!isReportedQuote(doc, match.start, match.end)) hits.push({ start: match.start, end: match.end, messageId: 'material' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
