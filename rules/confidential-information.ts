import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { isReportedQuote } from '../src/engine/nlp/context';
import { CONFIDENTIAL_CY } from './data/confidential-information';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';
import { councilLexicon } from './shared/words';

/** What confidential material is: papers, meetings and what was said in them. */
const MATERIAL = String.raw`(?:papers?|reports?|documents?|docs|sessions?|meetings?|briefings?|items?|minutes|information|info|details?|emails?|e-mails?|slides|agenda|discussions?|appendix|appendices|annex|memos?|figures|budget papers|business case|legal advice|advice from officers|drafts?|copy|version|plans?|strategy|proposals?|list|letter|spreadsheet)`;

const DISCLOSURE: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:confidential|exempt|restricted|private|closed|secret|in-camera|members-only|members only|pink|part (?:2|ii|two|b)|embargoed|leaked|commercially sensitive) (?:[a-z]+ )?${MATERIAL}\b`, 'g'), messageId: 'material', needs: ["confidential", "exempt", "restricted", "private", "closed", "secret", "camera", "members", "pink", "part ", "embargoed", "leaked", "sensitive"] },
  { re: /\bin (?:camera|closed session|private session|the part (?:2|ii|two) (?:session|item))\b/g, messageId: 'material', needs: ["in camera", "in closed", "in private", "in the part"] },
  { re: /\bnot for (?:publication|circulation|sharing|public consumption|distribution|general release)\b|\bmarked ['"‘“]?(?:confidential|private|restricted|exempt)\b/g, messageId: 'marked', needs: ["not for", "marked"] },
  { re: new RegExp(String.raw`\bleak(?:ed|s)? (?:to me|to us|from|(?:[a-z]+ )?${MATERIAL})\b|\b(?:a|the|this) leak(?:ed)? (?:from|of)\b|\b(?:got|been|was|were) (?:sent|given|passed|forwarded|shown) (?:the |a |this )?leaked\b`, 'g'), messageId: 'leaked', needs: ["leak"] },
  { re: /\bembargoed (?:until|till|til|to)\b|\bunder (?:an |the )?embargo\b|\b(?:break|breaking|broke) (?:the|an) embargo\b/g, messageId: 'embargo', needs: ["embargo"] },
  { re: /\boff the record\b|\bkeep (?:this|it) to yourselves\b|\bbetween you and me\b|\b(?:but|strictly|just) between (?:us|ourselves)\b|\b(?:staff|they|residents) (?:haven'?t|have not) been told yet\b/g, messageId: 'marked', needs: ["off the record", "to yourselves", "you and me", "between us", "between ourselves", "been told"] },
];

/** "Closed session? No — the committee meets in public": raised only to deny it. */
const DENIED = /^[^.!?]*\?\s*(?:no|nope|not at all)\b|\b(?:isn'?t|is not|wasn'?t|was not|not) (?:a |an )?(?:closed|private|secret|confidential)\b/;
/** A refusal to share is good practice, unless a "but" follows with the content. */
const REFUSAL = /\b(?:can'?t|cannot|won'?t|will not|mustn'?t|must not|not allowed to|unable to) (?:share|discuss|comment on|talk about|reveal|say (?:anything|much) about|go into)\b/;
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
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    const extra = councilLexicon(context, 'confidential-information', (base) => base);
    for (const match of [...welsh.find(doc), ...extra.find(doc)]) {
      if (!isReportedQuote(doc, match.start, match.end)) hits.push({ start: match.start, end: match.end, messageId: 'material' });
    }
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
