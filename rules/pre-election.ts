import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { VOTE_CY } from './data/pre-election';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

const PARTY = '(?:labour|conservatives?|tor(?:y|ies)|lib ?dems?|liberal democrats?|greens?|green party|reform(?: uk)?|plaid(?: cymru)?|snp|independents?|ukip|alliance|sdp|heritage|residents(?:\'? association)?)';

const VOTE_SEEKING: Pattern[] = [
  { re: new RegExp(String.raw`\bvote (?:for )?(?:me|us|NAME|${PARTY}|change|[a-z]+ (?:and|&) [a-z]+|the (?:${PARTY}|[a-z]+ (?:candidate|team)))\b|\bvote (?:them|him|her|the [a-z]+) out\b|\bre-?elect\b|\bput your cross (?:next to|by|against)\b|\bgive (?:him|her|them|us|me) your (?:support|vote)\b|\bremember who delivered\b|\bkeep (?:[a-z]+ )?(?:labour|conservative|tory|green|lib dem|independent)\b|\belect (?:me|NAME)\b|\bsupport (?:me|us|NAME|${PARTY}|the (?:${PARTY}|[a-z]+ (?:candidate|team))) (?:on|this) (?:thursday|polling day|election day|the \d|\d|may)\b`, 'g'), messageId: 'vote', needs: ["vote", "elect", "cross", "your support", "your vote", "delivered", "keep", "support"] },
  { re: /\bvote (?:NAME|[a-z]+)(?= (?:on|this|in|for|and|to|[\u2700-\u27bf]|$))/gu, messageId: 'vote', needs: ["vote"] },
];

/** Council achievements claimed for a party at election time: "since we took control, the council has…". */
const PARTY_CREDIT: Pattern[] = [
  { re: /\bsince (?:we|labour|the conservatives|the tories|the lib dems|the greens|reform|plaid|the independents|our group) (?:took (?:control|over)|came in|have been in charge|won)\b|\bunder (?:labour|the conservatives|conservative|the tories|tory|the lib dems|lib dem|the greens|green|reform|plaid|independent|our) (?:leadership|control|administration),? the council\b|\bdon'?t let (?:the other lot|them|labour|the tories|the conservatives|the lib dems|reform|the greens|plaid) (?:undo|ruin|reverse|wreck|take (?:it|this) away)\b/g, messageId: 'credit', needs: ['since', 'under', "don't let", 'dont let'] },
];

const RESOURCES: Pattern[] = [
  { re: /\bcouncil(?:'s)? (?:[a-z]+ ){0,2}(?:printer|printers|printing|ipad|laptop|phone|mobile|email(?: address)?|e-mail|van|car|office|offices|photographer|photos?|images?|logo|crest|branding|letterhead|resources|equipment|staff|newsletter|website|account|page|twitter|facebook|instagram|comms team|software|licence|license|subscription|canva|photocopier|paper|stationery|franking|post room)\b|📷 ?[a-z]+ (?:borough |county |city |district )?council\b|\b(?:photo|image|picture|credit)s?:? (?:courtesy of )?[a-z]+ (?:borough |county |city |district )?council\b/g, messageId: 'resources', needs: ["council"] },
  { re: /\b(?:crest|logo|branding) (?:of the council|on (?:the|my|our) (?:leaflet|poster|front|flyer|page))\b|\bfrom (?:the )?[a-z]+ (?:borough |county |city |district )?council(?:'s)? [a-z]+ team\b/g, messageId: 'resources', needs: ["crest", "logo", "branding", "council"] },
];

const NEW_INITIATIVE: Pattern[] = [
  { re: /\b(?:the |[a-z]+ )?council(?:'s)? (?:is|are|will be|has been|'s) (?:launching|introducing|bringing in|bringing back|rolling out|starting|resurfacing|building|opening|unveiling|funding|creating|setting up|scrapping|cutting|freezing)\b|\b(?:the |[a-z]+ )?council (?:has|have) (?:decided|agreed) to (?:scrap|introduce|launch|build|fund|freeze|cut|bring|create|open|extend|give)\b|\b(?:announce|announcing|unveil|unveiling|launch|launching)(?: [a-z]+)?(?: today| now)?:? (?:the |[a-z]+ )?council'?s new\b|\b(?:the |[a-z]+ )council'?s (?:brand )?new (?:[a-z£0-9,]+ ){0,4}(?:fund|scheme|service|initiative|programme|strategy|consultation|project|grant|collection|enforcement)\b|\bnew council (?:fund|scheme|service|initiative|programme|strategy|project|grant)\b/g, messageId: 'initiative', needs: ["council"] },
];

/** "Promoted by J. Osei on behalf of…, 41 Station Road": the digital imprint that election material needs. */
const IMPRINT = /\b(?:promoted|published|printed) (?:and [a-z]+ )?by\b|\b(?:hyrwyddwyd|cyhoeddwyd|argraffwyd) gan\b/;
/** Neutral encouragement to vote, or observing the pre-election rules. */
const NEUTRAL =
  /\b(?:whoever you vote for|vote for whoever|whatever your politics|please (?:do )?vote|remember to vote|don'?t forget to vote|how to vote|where to vote|postal vote|proxy vote|polling station|photo id|register to vote|i'?m not standing)\b/;
/** The author says they are keeping council news back until the election is over: that covers the whole post. */
const QUIET_PERIOD = /\b(?:won'?t be posting about|until after the election|after polling day|wait until after|pre-election (?:period|rules))\b/;
/** A decision already taken and published: reporting it is not announcing it. */
const SOURCED = /\b(?:decision notice|cabinet report|minutes|agreed (?:at|in|last)|decided (?:at|in|last)|voted (?:at|in|last)|URL|\.gov\.uk)\b/;
/** Everyday works that become campaigning only with a campaign or a personal claim around them. */
const ROUTINE_WORKS = /\b(?:resurfacing|cutting|repairing|fixing|gritting|collecting|cleaning|patching)\b/;
const CLAIMING = /\b(?:proud|delighted|thanks to|i'?ve|we'?ve|i got|we got|delivered|promised|my campaign|our campaign|i secured|we secured)\b/;
const CAMPAIGN = /\b(?:campaign|campaigning|leaflets?|election|elections|canvass(?:ing)?|vote|votes|voting|poll|polls|polling|re-?elect|manifesto|candidate|standing again|hustings|posters?|TAG|support on)\b/;

const ALL_PATTERNS = [...VOTE_SEEKING, ...RESOURCES, ...NEW_INITIATIVE, ...PARTY_CREDIT];
const VOTE_NAME = /\b[Vv]ote (?!(?:The|For|On|In|No|Yes|Now|Today|Here|Early|Online|Wisely|Leave|Remain|Out|Them|Him|Her|It|And|Or|At|By|This|That|Next|Every)\b)\p{Lu}\p{Ll}+/gu;

const welsh = new Lexicon(VOTE_CY);

export default defineRule({
  meta: {
    id: 'pre-election',
    description: 'During the pre-election period: electioneering with council business, new council initiatives, vote messages without a digital imprint, and council resources or branding used for campaigning.',
    sources: ['DSC 4.9', "CG Dos and Don'ts (election period)", 'GM 4.9'],
    section: { ref: 'DSC 4.9', anchor: '#pre-election-period' },
    why: 'In the pre-election period council resources and business must not be used for campaigning (DSC 4.9), and election material from a councillor needs a digital imprint (Elections Act 2022).',
    severity: { relaxed: 'off', standard: 'off', 'pre-election': 'error' },
    scope: 'words',
    checksComments: false,
    messages: {
      vote: 'A vote message from a councillor needs a digital imprint ("Promoted by [name], [address]") in the post or your profile.',
      resources: 'Council resources, accounts or branding must not be used for campaigning.',
      initiative: 'Announcing new council initiatives in the pre-election period can look like using council business for campaigning.',
      credit: 'Claiming council achievements for a party at election time uses council business for campaigning.',
    },
    examples: {
      strictness: 'pre-election',
      valid: [
        'Polling day is Thursday 1 May, 7am to 10pm. You need photo ID. Find your polling station at wheredoivote.co.uk',
        'Whatever your politics, please vote on 1 May.',
        'Vote Green on 1 May for a cleaner Northdale. Promoted by R. Ahmed on behalf of Northdale Green Party, 2 Market St, Northdale NG5 1QP',
      ],
      invalid: [
        'Vote for me on 1 May and let’s keep Brookside moving forward.',
        'Printed 2,000 election leaflets on the council printer this morning.',
        'Proud to announce the council’s new £500,000 fund for community groups, launching next month.',
      ],
    },
  },
  check(context) {
    const { doc } = context;
    const post = doc.view.folded;
    const hits: Array<{ start: number; end: number; messageId: string }> = [];
    const imprinted = IMPRINT.test(post);
    const campaigning = CAMPAIGN.test(post) || /#vote/i.test(context.text);
    const quiet = QUIET_PERIOD.test(post);
    for (const hit of findPatterns(context, ALL_PATTERNS)) {
      const folded = doc.view.sentence(hit.match.sentence);
      if (NEUTRAL.test(folded) || quiet) continue;
      if (hit.pattern.messageId === 'vote' && imprinted) continue;
      if (hit.pattern.messageId === 'resources') {
        if (!campaigning) continue;
        const branding = /crest|logo|branding|📷|photo|image|picture|credit/u.test(hit.match.value);
        const before = doc.view.between(hit.match.sentence.start, hit.start);
        // "Contact the council's elections office": pointing to the council is not using it.
        if (/\b(?:contact|call|ring|phone|visit|write to|email|e-mail|tell|ask)\s+(?:the\s+)?$/.test(before)) continue;
        if (!branding && !CAMPAIGN.test(folded)) continue;
      }
      if (hit.pattern.messageId === 'initiative') {
        if (/\?|\bwhether\b/.test(folded) || SOURCED.test(folded)) continue;
        if (ROUTINE_WORKS.test(hit.match.value) && !campaigning && !CLAIMING.test(folded)) continue;
      }
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    // "Vote Kirby": a capitalised name after "vote".
    for (const match of context.text.matchAll(VOTE_NAME)) {
      const sentence = doc.sentenceAt(match.index);
      if (!imprinted && sentence && doc.paragraphs[sentence.paragraph]?.wordRulesApply && !quiet && !NEUTRAL.test(doc.view.sentence(sentence))) {
        hits.push({ start: match.index, end: match.index + match[0].length, messageId: 'vote' });
      }
    }
    // #VoteLabour, #VoteKirby
    for (const token of doc.tokens) {
      if (token.kind === 'hashtag' && /^#vote[a-z]/.test(token.norm) && !imprinted) hits.push({ start: token.start, end: token.end, messageId: 'vote' });
    }
    if (!imprinted) for (const match of welsh.find(doc)) hits.push({ start: match.start, end: match.end, messageId: 'vote' });
    for (const hit of dropOverlaps(hits)) context.report(hit);
  },
});
