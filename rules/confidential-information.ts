import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import { CONFIDENTIAL_CY } from './data/confidential-information';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

/** What confidential material is: papers, meetings and what was said in them. */
const MATERIAL = String.raw`(?:papers?|reports?|documents?|docs|sessions?|meetings?|briefings?|items?|minutes|information|info|details?|emails?|e-mails?|slides|agenda|discussions?|appendix|appendices|annex|memos?|figures|budget papers|business case|legal advice|advice from officers|drafts?|copy|version|plans?|strategy|proposals?|list|letter|spreadsheet|valuations?|offers?|bids?|settlement|contracts?|terms|prices?|costings|deal)`;

/** What may come between a weak marker and the material: "private cabinet papers", "closed session". */
const BUSINESS = String.raw`(?:cabinet|committee|council|members'?|officers'?|legal|budget|finance|group|staff|board|hr|personnel|tender|bid|leaders'?|party|planning|scrutiny|audit|executive)`;
/** "You didn't hear it from me", "I'm not supposed to say this, but", "signed an NDA, but". */
const IN_CONFIDENCE = String.raw`you didn'?t hear (?:it|this|that) from me|(?:you )?didn'?t get (?:it|this|that) from me|don'?t tell anyone (?:i told you|where you heard (?:it|this))|keep (?:this|it) under your hats?|mum'?s the word|between these four walls|this (?:goes|stays) no further|(?:i'?m|i am) not (?:supposed|meant|allowed) to (?:say|tell|share|mention|talk about|be (?:saying|telling|sharing))|(?<![a-z'] )not (?:supposed|meant) to (?:say|tell anyone|share|mention|be (?:saying|telling|sharing)) (?:this|it|that|anything)|(?:hasn'?t|has not|haven'?t|have not|isn'?t|is not) (?:been )?(?:made public|announced|officially announced)(?: yet)?,? but|keep (?:this|it) (?:to yoursel(?:f|ves)|quiet|under your hats?),? but|i shouldn'?t (?:really )?(?:be )?(?:saying|telling you|sharing|say|tell you|share)(?: this| that)?(?! as (?:a|an|the|someone)\b)|(?:strictly |highly )?confidential,? but|(?:it'?s |this is |this isn'?t |it isn'?t )?not (?:public|been announced|out|official|announced) yet,? but|before (?:it'?s|it is|this is|it gets) (?:announced|made public|public|official|out)|ahead of (?:the|any) (?:official )?announcement|told (?:me|us|members|councillors) in (?:strict(?:est)? )?confidence(?! about\b)|(?:told|given|shared|passed|passed on|mentioned|confided|whispered|showed|shown|heard|learned|learnt)(?: (?:to )?(?:me|us|members|councillors))?(?: (?:this|that|it|them))?(?: by (?:a|an|the|one|my|our|someone|somebody|NAME)(?: [a-z'-]+){0,4}?)? in (?:strict(?:est)? |complete |total |absolute |the strictest )?confidence(?! about\b| (?:that|in|to)\b)|(?:hush-?hush|under wraps|strictly private|on the qt|on the q\.t\.),? but|(?:we|members|councillors|i)(?:'ve| have| were| was| had|'d)? (?:been )?(?:asked|told|instructed|warned|urged) (?:not to (?:share|say|discuss|mention|publicise|repeat|talk about|post|tell anyone)|to keep (?:this|it|that) (?:quiet|under wraps|to ourselves|confidential|private|between us))|in (?:the )?strict(?:est)? confidence|(?:said|shared|mentioned|admitted|confided) (?:to (?:me|us) )?in confidence|under (?:an? )?(?:nda|non-disclosure agreement|confidentiality agreement)|(?:signed|bound by|covered by|subject to) (?:an? |the )?(?:nda|non-disclosure agreement|confidentiality agreement|official secrets act)`;

const DISCLOSURE: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:confidential|exempt|in-camera|members-only|members only|pink|part (?:2|ii|two)|embargoed|leaked|commercially sensitive|not-for-publication) (?:[a-z]+ )?${MATERIAL}\b|\b(?:restricted|private|closed|secret|part b) (?:${BUSINESS} )?${MATERIAL}\b`, 'g'), messageId: 'material', needs: ["confidential", "exempt", "restricted", "private", "closed", "secret", "camera", "members", "pink", "part ", "embargoed", "leaked", "sensitive", "not-for"] },
  // "Part 2 at cabinet: …", "Part II item at audit committee"
  { re: /\bpart (?:2|ii|two|b) (?:at|in|of) (?:the )?(?:full council|council|cabinet|[a-z]+ committee|committee|scrutiny|planning|licensing|audit|executive|board|the meeting|tonight'?s meeting|last night'?s meeting)\b/g, messageId: 'material', needs: ['part '] },
  // "What cabinet discussed behind closed doors last night…", "Agreed behind closed doors this morning:"
  { re: /\b(?:said|discussed|agreed|decided|told|revealed|admitted|announced|shown|presented|heard|saw|considered|debated|signed off|approved)(?: (?:to )?(?:us|members|councillors|cabinet|committee))? behind closed doors (?:last night|tonight|today|this (?:morning|afternoon|evening|week)|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier)\b|\bbehind closed doors\b[^.!?:]{0,40}?(?::|will shock|you won'?t believe)/g, messageId: 'material', needs: ['behind closed doors'] },
  // "From the papers cabinet saw in private this week:", "Members were shown the draft budget in private:"
  { re: /\b(?:papers?|documents?|reports?|slides|figures|draft [a-z]+|budget|briefing|members|we|cabinet|committee|councillors|group leaders)\b[^.!?]{0,30}?\b(?:saw|seen|shown|discussed|considered|given|were told|was told|heard|got|agreed)\b[^.!?]{0,20}?\bin private\b/g, messageId: 'material', needs: ['in private'] },
  { re: new RegExp(String.raw`\b(?:${IN_CONFIDENCE})\b`, 'g'), messageId: 'marked', needs: ["didn't hear", 'didnt hear', "didn't get", 'didnt get', "don't tell", 'dont tell', 'under your hat', "mum's the word", 'mums the word', 'four walls', "don't quote", 'dont quote', 'goes no further', 'stays no further', "i'm not", 'im not', 'i am not', "shouldn't", 'shouldnt', 'confidential', 'not public', 'not been', 'not out', 'not official', 'not announced', 'before it', 'ahead of', 'in confidence', 'strict', 'under a', 'under an', 'under nda', 'signed', 'bound by', 'covered by', 'subject to', 'hush', 'under wraps', 'strictly private', 'on the q', 'asked not to', 'told not to', 'instructed not to', 'warned not to', 'urged not to', 'to keep this', 'to keep it', 'to keep that', 'not supposed to', 'not meant to', "hasn't", 'hasnt', 'has not', "haven't", 'havent', 'have not', "isn't", 'isnt', 'is not', 'keep this', 'keep it'] },
  { re: /\bin (?:camera|closed session|private session|the part (?:2|ii|two) (?:session|item))\b/g, messageId: 'material', needs: ["in camera", "in closed", "in private", "in the part"] },
  { re: /\bnot for (?:publication|circulation|sharing|public consumption|distribution|general release)\b|\bmarked ['"‘“]?(?:confidential|private|restricted|exempt)\b/g, messageId: 'marked', needs: ["not for", "marked"] },
  { re: new RegExp(String.raw`\bleak(?:ed|s)? (?:to me|to us|from|(?:[a-z]+ )?${MATERIAL})\b|\b(?:a|the|this) leak(?:ed)? (?:from|of)\b|\b(?:got|been|was|were) (?:sent|given|passed|forwarded|shown) (?:the |a |this )?leaked\b`, 'g'), messageId: 'leaked', needs: ["leak"] },
  { re: /\bembargoed (?:until|till|til|to)\b|\bunder (?:an |the )?embargo\b|\b(?:break|breaking|broke) (?:the|an) embargo\b/g, messageId: 'embargo', needs: ["embargo"] },
  // "A whistleblower has sent me the draft audit letter", "a copy of the draft has landed on my desk", "got my hands on the report"
  { re: /\b(?:(?:a |the |my |our )?whistle-?blowers?|(?:an? |my |our )?(?:insider|mole|source) (?:in|at|inside|within|close to)\b[^.!?]{0,25}?|(?:someone|somebody|a friend|a contact) (?:on the inside|inside (?:the council|county hall|the town hall|city hall|the department|cabinet)))\b[^.!?]{0,40}?\b(?:sent|passed|given|handed|forwarded|slipped|shown|showed|leaked|shared|smuggled)\b|\b(?:a |the )?cop(?:y|ies) of (?:the |a |this )?(?:[a-z-]+ ){0,3}?(?:draft|report|letter|memo|minutes|papers?|document|briefing|business case|audit|contract|email|spreadsheet)[^.!?]{0,30}? (?:has |have |had )?(?:landed|arrived|appeared|turned up|found (?:its|their) way) (?:on my desk|in my inbox|through my (?:letterbox|door)|in my (?:hands|lap|post))\b|\b(?:got|gotten|laid) (?:my|our) hands on (?:a |the )?(?:copy|draft|leaked|confidential|unpublished|internal|secret)\b/g, messageId: 'leaked', needs: ['whistle', 'insider', 'mole', 'source', 'on the inside', 'inside the', 'inside county', 'inside city', 'inside cabinet', 'copy', 'copies', 'hands on'] },
  // "Can't say too much as it was Part 2, but", "it's Part 2 so…", "during the Part 2 item"
  { re: /\b(?:(?:it|that|this|which) (?:was|is|'s)|it'?s|that'?s|as|because|since) (?:(?:in|all|only|strictly) )?(?:a )?part (?:2|ii|two|b)\b(?! of\b| (?:in|of) (?:my|our|the|this|a|her|his) \w+)|\b(?:in|during|from|at) (?:the )?part (?:2|ii|two|b) (?:bit|section|discussion|business|part|debate|portion)\b/g, messageId: 'material', needs: ['part 2', 'part ii', 'part two', 'part b'] },
  // "From the closed part of last night's cabinet", "members were briefed privately that…"
  { re: /\b(?:closed|confidential|exempt|private|secret|in-camera|part (?:2|ii|two)) (?:part|bit|section|portion|end|half|session) of (?:the |last night'?s |tonight'?s |today'?s |yesterday'?s |this week'?s |monday'?s |tuesday'?s |wednesday'?s |thursday'?s |friday'?s )?(?:[a-z]+ )?(?:meeting|cabinet|committee|council|session|agenda|briefing)\b|\b(?:members|councillors|we|cabinet|group leaders|the committee|i)(?: (?:were|was|have been|'ve been|had been|got))? (?:briefed|told|shown|informed|warned|updated) (?:in private|privately|confidentially|behind closed doors)\b|\bprivately (?:briefed|told|shown|informed|warned)\b/g, messageId: 'material', needs: ['closed', 'confidential', 'exempt', 'private', 'secret', 'in-camera', 'part 2', 'part ii', 'part two'] },
  { re: /\boff the record\b|\bkeep (?:this|it) to yourselves\b|\bbetween you and me\b|\b(?:but|strictly|just) between (?:us|ourselves)\b(?! and)|\b(?:staff|they|residents) (?:haven'?t|have not) been told yet\b/g, messageId: 'marked', needs: ["off the record", "to yourselves", "you and me", "between us", "between ourselves", "been told"] },
];

/** "Closed session? No — the committee meets in public": raised only to deny it. */
const DENIED = /^[^.!?]*\?\s*(?:no|nope|not at all)\b|^[^.!?]*\?\s*[^.!?]*\b(?:in public|open to the public|webcast|public meeting)\b|\b(?:isn'?t|is not|wasn'?t|was not|not) (?:a |an )?(?:closed|private|secret|confidential)\b/;
/** A refusal to share is good practice, unless a "but" follows with the content. */
const REFUSAL = /\b(?:can'?t|cannot|won'?t|will not|mustn'?t|must not|not allowed to|unable to) (?:be (?:commenting|sharing|discussing|talking about|saying (?:anything|more|much))|share|discuss|comment(?: on)?|talk about|reveal|say (?:anything|much|more|any more|a word)|go into|tell you (?:more|anything|much|any more))\b/;
/** Public notices: what the agenda must say about exempt items, links to published pages. */
const PUBLIC_NOTICE = /\b(?:listed on the agenda|on the agenda|as the law (?:requires|allows|permits)|why (?:the item|it|they) (?:is|was|are|were) exempt|the reason (?:they'?re|it'?s|it is|they are) exempt|taken in private because|exemption (?:paragraph|category)|planning portal|(?:on|at) the (?:council )?website|agenda (?:lists|says|shows|notes)|in public and|watch (?:it )?online|webcast)\b/;
/** Personal secrets: surprise parties and presents, not council business. */
const PERSONAL_SECRET = /\b(?:surprise|birthday|party|present|gift|save the date|secret santa|cake|diet|proposal|engaged|wedding|baby|congratulations|congrats|well done)\b/;
/** Services that are confidential, not disclosures: "free, confidential advice", "report it confidentially". */
const SERVICE = /\bconfidential (?:advice|service|helpline|support|counselling|reporting|line|help|chat|conversation|space)\b|\bconfidentially\b|\bconfidentiality\b/;

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
      if (hit.pattern.messageId === 'material' && PUBLIC_NOTICE.test(folded)) continue;
      if (hit.pattern.messageId === 'marked' && PERSONAL_SECRET.test(folded)) continue;
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    const extra = councilLexicon(context, 'confidential-information', (base) => base);
    for (const match of [...welsh.find(doc), ...extra.find(doc)]) {
      if (!isReportedQuote(doc, match.start, match.end)) hits.push({ start: match.start, end: match.end, messageId: 'material' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
