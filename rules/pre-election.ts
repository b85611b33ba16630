import { defineRule } from '../src/engine/define-rule';
import { Lexicon } from '../src/engine/match/lexicon';
import { execAll } from '../src/engine/match/regex';
import { VOTE_CY } from './data/pre-election';
import { dropOverlaps, findPatterns, type Pattern } from './shared/patterns';

const PARTY = '(?:labour|conservatives?|tor(?:y|ies)|lib ?dems?|liberal democrats?|greens?|green party|reform(?: uk)?|plaid(?: cymru)?|snp|independents?|ukip|alliance|sdp|heritage|residents(?:\'? association)?)';

const VOTE_SEEKING: Pattern[] = [
  { re: new RegExp(String.raw`\bvote (?:for )?(?:me|us|NAME|${PARTY}|change|[a-z]+ (?:and|&) [a-z]+|the (?:${PARTY}|[a-z]+ (?:candidate|team)))\b|\bvote (?:them|him|her|the [a-z]+) out\b|\bre-?elect\b|\bput (?:your|a|an|my) (?:cross|x) (?:next to|by|beside|against|for|in the box (?:next to|by|for))\b|\bgive (?:him|her|them|us|me) your (?:support|vote)\b|\bremember who delivered\b|\bkeep (?:[a-z]+ ){0,3}(?:labour|conservative|tory|lib dem|independent|plaid|reform|red|blue)\b|\belect (?:me|NAME)\b|\bsupport (?:me|us|NAME|${PARTY}|the (?:${PARTY}|[a-z]+ (?:candidate|team))) (?:on|this) (?:thursday|polling day|election day|the \d|\d|may)\b`, 'g'), messageId: 'vote', needs: ["vote", "elect", "cross", "your support", "your vote", "delivered", "keep", "support"] },
  { re: /\bvote (?:NAME|[a-z]+)(?= (?:on|this|in|for|and|to|[\u2700-\u27bf]|$))/gu, messageId: 'vote', needs: ["vote"] },
  // Welsh "re-elect", unmistakable even where a short line is not recognised as Welsh.
  { re: /\bail-?ethol(?:wch|a)\b/g, messageId: 'vote', needs: ['ethol'] },
];

/** Vote-seeking in other words: "make it count for the Greens", "only the Lib Dems can win here", "I'm standing again … your support". */
const VOTE_SEEKING_MORE: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:make (?:it|your vote|your cross) count|use your vote) for (?:me|us|NAME|(?:the )?${PARTY}|the [a-z]+ (?:candidate|team))\b|\bonly (?:the )?(?:${PARTY}|we|NAME) can (?:win|beat [a-z ]{1,20}) (?:here|in [a-z]+|this ward|this seat|locally)\b|\b(?:i'?m|i am) standing (?:again |for re-?election )?(?:as (?:the |your )?(?:[a-z]+ )?candidate )?(?:for|in) (?:[a-z'-]+ ){1,4}?(?:ward|division|seat|council)\b[^.!?]{0,60}?\b(?:support|vote|honoured|backing|cross)\b`, 'g'), messageId: 'vote', needs: ['count for', 'use your vote', 'can win', 'can beat', 'standing'] },
  // Council business tied to the vote: "remember that on polling day", "ask yourself who fixed the potholes when you vote".
  { re: /\bremember (?:that|this|all (?:that|this)|who (?:delivered|fixed|saved|built|got|fought)[^.!?]{0,40}?) (?:on polling day|when you vote|at the ballot box|in the polling booth|on (?:thursday|the day)|in may)\b|\b(?:ask yourself|think about|think) who (?:fixed|delivered|saved|built|got|fought for|stood up for|kept|secured)\b[^.!?]{0,60}?\b(?:when you vote|on polling day|at the ballot box|in the polling booth|before you vote)\b/g, messageId: 'credit', needs: ['remember', 'ask yourself', 'think'] },
];

/** Vote-seeking that needs the election in view: "back them on Thursday", "keep Hill Top green on 1 May". */
const BACKING: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:back|support|get behind) (?:me|us|them|him|her|NAME|our (?:candidates?|councillors?|cllrs?)|the [a-z]+ candidates?|${PARTY})\b|\bgive (?:me|us|him|her|them|NAME) (?:your|a) (?:vote|cross|x)\b|\b(?:a|every|your) vote for (?:me|us|NAME|${PARTY}|the [a-z]+ (?:candidate|team))\b|\b(?:choose|pick|select) (?:me|us|NAME|${PARTY}|the [a-z]+ candidate)\b|\btick (?:the box )?(?:for|next to|by)\b|\bmark (?:your )?(?:ballot|x|cross) (?:for|next to|by)\b|\bcast your vote for\b|\blend (?:me|us|him|her|them|NAME) your vote\b|\b(?:asking (?:you )?for|ask (?:you )?for|i'?d (?:love|appreciate|value|be (?:grateful|honoured) (?:for|to have))|i need|earn|win|count on) your (?:vote|support|backing|cross)\b|\bremember (?:who|which party) (?:fought|delivered|got|campaigned|secured|won|saved|stood up|kept)\b`, 'g'), messageId: 'vote', needs: ['back', 'support', 'behind', 'your vote', 'a vote', 'your cross', 'vote for', 'choose', 'pick', 'select', 'tick', 'mark', 'lend', 'remember who', 'remember which'] },
];
/** "Keep Hill Top green": a slogan only when the vote is named. */
const KEEP_GREEN: Pattern[] = [{ re: /\bkeep (?:[a-z]+ ){1,3}green\b/g, messageId: 'vote', needs: ['green'] }];

/** Council achievements claimed for a party at election time: "since we took control, the council has…". */
const PARTY_CREDIT: Pattern[] = [
  // "Delivered by your Lib Dem team", "your Green councillors secured the new youth club".
  { re: new RegExp(String.raw`\b(?:delivered|secured|brought to you|won|built|paid for|funded|saved|made possible) by (?:your |our |the )?(?:local )?${PARTY}(?: team| councillors?| group| administration| council)?\b|\b(?:your|our) (?:local )?${PARTY} (?:councillors?|team|group|administration|council) (?:has |have |'s |'ve )?(?:secured|delivered|won|built|got|saved|fought for|brought|made)\b|\bpromises? (?:kept|delivered) by (?:your |our |the )?(?:local )?${PARTY}\b`, 'g'), messageId: 'credit', needs: ['delivered', 'secured', 'brought', 'won', 'built', 'paid for', 'funded', 'saved', 'made', 'got', 'fought', 'kept'] },
  { re: /\bsince (?:we|labour|the conservatives|the tories|the lib dems|the greens|reform|plaid|the independents|our group) (?:took (?:control|over)|came in|have been in charge|won)\b|\bunder (?:labour|the conservatives|conservative|the tories|tory|the lib dems|lib dem|the greens|green|reform|plaid|independent|our) (?:leadership|control|administration),? the council\b|\bdon'?t let (?:the other lot|them|labour|the tories|the conservatives|the lib dems|reform|the greens|plaid) (?:undo|ruin|reverse|wreck|take (?:it|this) away)\b/g, messageId: 'credit', needs: ['since', 'under', "don't let", 'dont let'] },
];

/** Council buildings: a campaign event there uses council premises. */
const PREMISES: Pattern[] = [
  { re: /\b(?:town hall|civic centre|civic offices|county hall|city hall|guildhall|council chamber|committee room(?: \d+| [a-z])?|members'? room|mayor'?s parlour|council offices|council house)\b/g, messageId: 'resources', needs: ['town hall', 'civic', 'county hall', 'city hall', 'guildhall', 'council chamber', 'committee room', 'members', 'parlour', 'council offices', 'council house'] },
];
/** A party or campaign event (not the count or a neutral hustings). */
const CAMPAIGN_EVENT =
  /\b(?:campaign(?:ing)? (?:launch|hq|headquarters|event|meeting|office|rally|social|session|base|evening|night)|campaign launch|leaflet(?:ing|s)?|canvass(?:ing|ers?)?|action day|party (?:meeting|members|social|event|hq)|election (?:launch|event|hq|rally)|meet the (?:team|candidate)|find out why|vote for|re-?elect|posters?|stuff(?:ing)? envelopes|phone bank(?:ing)?)\b/;

/** The council speaking: its name as a header ("NORTHDALE COUNCIL |"), its slogans, its official accounts. */
const COUNCIL_VOICE: Pattern[] = [
  { re: /^(?:[a-z]+ |NAME )?(?:borough |county |city |district |town )?council ?(?:[|:\u2013\u2014-]|$)|\byour council,? (?:delivering|working|here) for you\b|\b(?:post(?:ing|ed)?|shar(?:e|ing|ed)|tweet(?:ing|ed)?|writ(?:e|ing)|sen(?:d|t|ding)) (?:this |it )?(?:from|on|via|using) (?:the )?council'?s (?:official )?(?:account|page|feed|channels?|social media)\b/g, messageId: 'resources', needs: ['council'] },
];
/** Partisan election content: what makes the council's voice campaigning. */
const PARTISAN =
  /\b(?:re-?elect(?:ion|ed)?|back (?:them|him|her|us|me|our)|vote (?:for )?(?:them|him|her|us|me|our|NAME)|support (?:them|him|her|us|our)|standing again|up for (?:re-?)?election|our candidates?|keep [a-z]+ (?:moving|going|working|on track|safe|strong|green))\b/;

/** The councillor's own credit for a council decision, at election time: "I've got the council to agree…". */
const PERSONAL_CREDIT: Pattern[] = [
  { re: /\b(?:i'?ve|i have|i) (?:got|persuaded|convinced|made) (?:the |our |this |[a-z]+ |NAME )?(?:borough |county |city |district |town )?council to\b(?! (?:look|consider|review|think|reconsider|meet|listen|investigate|consult|reply|respond|explain|check|answer|agree to (?:meet|look|review|consider|listen|talk|a meeting))\b)|\b(?:i'?ve|i have) (?:secured|won|landed|brought in|delivered) (?:£[\d,.]+[km]?|funding|money|cash|investment|a new|new|the new|an extra|extra)\b|\bthanks to me\b/g, messageId: 'credit', needs: ['got', 'persuaded', 'convinced', 'made', 'secured', 'won', 'landed', 'brought in', 'delivered', 'thanks to me'] },
];

const RESOURCES: Pattern[] = [
  { re: /\bcouncil(?:'s)? (?:[a-z]+ ){0,2}(?:printer|printers|printing|ipad|laptop|phone|mobile|email(?: address)?|e-mail|van|car|office|offices|photographer|photos?|images?|logo|crest|branding|letterhead|resources|equipment|staff|newsletter|website|account|page|twitter|facebook|instagram|comms team|software|licence|license|subscription|canva|photocopier|paper|stationery|franking|post room|gazebos?|marquees?|tables|chairs|banners?|pa system|minibus|projector|meeting rooms?|intranet|mailing list|database|contacts list)\b|📷 ?[a-z]+ (?:borough |county |city |district )?council\b|\b(?:photo|image|picture|credit)s?:? (?:courtesy of )?[a-z]+ (?:borough |county |city |district )?council\b/g, messageId: 'resources', needs: ["council"] },
  { re: /\b(?:crest|logo|branding) (?:of the council|on (?:the|my|our) (?:leaflet|poster|front|flyer|page))\b|\bfrom (?:the )?[a-z]+ (?:borough |county |city |district )?council(?:'s)? [a-z]+ team\b/g, messageId: 'resources', needs: ["crest", "logo", "branding", "council"] },
];

/** What a council initiative is called. */
const INITIATIVE_NOUN = String.raw`(?:funds?|schemes?|services?|initiatives?|programmes?|strateg(?:y|ies)|consultations?|projects?|grants?|loans?|collections?|enforcement|hubs?|zones?|clubs?|buses|bus|apps?|cards?|pass(?:es)?|offers?|discounts?|pilots?|centres?|facilit(?:y|ies)|partnerships?|awards?|vouchers?|rebates?|subsid(?:y|ies)|packages?|fleet|network|wi-?fi)`;

const NEW_INITIATIVE: Pattern[] = [
  { re: new RegExp(String.raw`\b(?:the |[a-z]+ )?council(?:'s)? (?:is|are|will be|has been|'s) (?:launching|introducing|bringing in|bringing back|rolling out|starting|resurfacing|building|opening|unveiling|funding|creating|setting up|scrapping|cutting|freezing)\b|\b(?:the |[a-z]+ )?council (?:has|have) (?:decided|agreed) to (?:scrap|introduce|launch|build|fund|freeze|cut|bring|create|open|extend|give)\b|\b(?:announce|announcing|unveil|unveiling|launch|launching)(?: [a-z]+)?(?: today| now)?:? (?:the |[a-z]+ )?council'?s new\b|\b(?:the |[a-z]+ |NAME )council'?s (?:(?:shiny|fantastic|brilliant|great|fabulous|exciting|wonderful|first|first ever) )?(?:brand[- ]new|new|latest) (?:(?:[a-z£0-9,'-]+|NAME) ){0,4}?${INITIATIVE_NOUN}\b|\bnew council(?:-funded|-run)? ${INITIATIVE_NOUN}\b`, 'g'), messageId: 'initiative', needs: ["council"] },
  // "Delighted to launch our new wi-fi zone", "unveiling the council's new…": the launch itself.
  { re: new RegExp(String.raw`\b(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|roll(?:s|ed|ing)? out|announc(?:e|es|ed|ing)) (?:our|a|the) (?:brand[- ])?new (?!(?:campaign|leaflet|manifesto|team|candidate|website|newsletter|poster|video|blog|podcast|book|album|menu|shop|season|series)\b)(?:(?:[a-z£0-9,'-]+|NAME) ){0,4}?${INITIATIVE_NOUN}\b`, 'g'), messageId: 'initiative', needs: ['launch', 'unveil', 'introduc', 'roll', 'announc'] },
  // "The council has just confirmed a brand new youth centre", "free collections are coming, courtesy of the council".
  { re: new RegExp(String.raw`\b(?:the |[a-z]+ |NAME )?council (?:has|have)(?: just| now| finally)? (?:confirmed|announced|agreed|approved|launched|unveiled|signed off|green-?lit) (?:a |an |the |its |our )?(?:brand[- ])?new\b|\b(?:courtesy of|brought to you by|paid for by|funded by) (?:the |your |our |NAME |[a-z]+ )?council\b`, 'g'), messageId: 'initiative', needs: ['council'] },
  // Welsh: "mae'r cyngor newydd lansio…" (the council has just launched…).
  { re: /\bcyngor (?:newydd|wedi|yn) (?:lansio|gyhoeddi|cyhoeddi|cyflwyno)\b|\bcynllun newydd (?:y|gan y) cyngor\b/g, messageId: 'initiative', needs: ['cyngor'] },
];

/** "Promoted by J. Osei on behalf of…, 41 Station Road": the digital imprint that election material needs. */
const IMPRINT = /\b(?:promoted|published|printed) (?:and [a-z]+ )?by\b|\b(?:hyrwyddwyd|cyhoeddwyd|argraffwyd) gan\b/;
/** The imprint must give the promoter's postal address (a postcode, or a number and a street), or point to the profile. */
const ADDRESS = new RegExp(
  [
    String.raw`\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b`,
    String.raw`\b\d+[a-z]?,? (?:[a-z'-]+ ){1,4}(?:road|rd|street|st|lane|ln|avenue|ave|way|close|drive|dr|court|crescent|place|square|terrace|row|hill|grove|gardens|parade|walk|rise|mews|green|park|view|yard)\b`,
    String.raw`\b\d+[a-z]?,? (?:heol|stryd|ffordd|lon|rhodfa|teras|sgwar|maes|cae) (?:[a-z'-]+ ){0,3}`,
    String.raw`\bc\/o\b|\bp\.?o\.? box\b|\bfreepost\b|\b(?:address|imprint|promoter'?s? details)(?: is| are)? (?:in|on|see) (?:my |the )?(?:bio|profile|page)\b|\bsee (?:my |the )?(?:bio|profile) for (?:the )?(?:imprint|address)\b`,
  ].join('|'),
);
/** IMPRINT, looked for in the original text, where the promoter's town keeps its capital. */
const RAW_IMPRINT = new RegExp(IMPRINT.source, 'i');
/** "Promoted by A. Lewis for Ashby Labour, Ashby": the promoter's town, capitalised, ends the imprint (short of a street address). */
const PROMOTER_TOWN = /\b(?:on behalf of|for|ar ran) [^.\n]{2,80}?,\s*(?:both )?(?:of |at |in )?\p{Lu}[\p{L}'’-]{2,}(?:[ -]\p{Lu}[\p{L}'’-]+){0,3}\.?\s*$/u;
/** Neutral encouragement to vote, or observing the pre-election rules. */
const NEUTRAL =
  /\b(?:election (?:night|results?)|results (?:will be|are|go)|the count\b|statement of persons nominated|nominations? (?:close|open|papers)|whoever you vote for|vote for whoever|whatever your politics|please (?:do )?vote|remember to vote|don'?t forget to vote|how to vote|where to vote|postal vote|proxy vote|polling station|photo id|register to vote|i'?m not standing)\b/;
/** The author says they are keeping council news back until the election is over: that covers the whole post. */
const QUIET_PERIOD = /\b(?:won'?t be posting about|until after the election|after polling day|wait until after|pre-election (?:period|rules))\b/;
/** A decision already taken and published: reporting it is not announcing it. */
const SOURCED = /\b(?:decision notice|cabinet report|minutes|agreed (?:at|in|last)|decided (?:at|in|last)|voted (?:at|in|last)|URL|\.gov\.uk)\b/;
/** A decision already taken, with its record named anywhere in the post. */
const SOURCED_POST = /\b(?:decision notice|cabinet (?:report|decision|papers|minutes)|(?:the )?minutes (?:are|of)|(?:agreed|decided|voted|approved) (?:at|in) (?:last (?:week|month|night)'?s? )?(?:cabinet|full council|committee)|published decision)\b/;
/** Everyday works that become campaigning only with a campaign or a personal claim around them. */
const ROUTINE_WORKS = /\b(?:resurfacing|cutting|repairing|fixing|gritting|collecting|cleaning|patching)\b/;
const CLAIMING = /\b(?:proud|delighted|thanks to|i'?ve|we'?ve|i got|we got|delivered|promised|my campaign|our campaign|i secured|we secured)\b/;
const CAMPAIGN = /\b(?:campaign|campaigning|leaflets?|election|elections|canvass(?:ing)?|vote|votes|voting|poll|polls|polling|re-?elect|manifesto|candidates?|standing again|hustings|posters?|TAG|support on)\b/;

const ALL_PATTERNS = [...VOTE_SEEKING, ...VOTE_SEEKING_MORE, ...BACKING, ...KEEP_GREEN, ...RESOURCES, ...PREMISES, ...COUNCIL_VOICE, ...NEW_INITIATIVE, ...PARTY_CREDIT, ...PERSONAL_CREDIT];

/** The election in view: a day, polling, the vote. */
/** The vote itself named, not just a weekday. */
const VOTE_NAMED = /\b(?:vote|votes|voting|polling|election|re-?election|ballot|polls)\b|🗳/u;
const ELECTION = /\b(?:thursday|polling day|election day|election|re-?election|vote|votes|voting|ballot|polls?|on \d{1,2}(?:st|nd|rd|th)? may|may \d{1,2}(?:st|nd|rd|th)?|the big day|candidates?|count)\b|🗳/u;
/** Council business in view, for a personal claim of credit. */
const COUNCIL_THING = /\bcouncil\b|\bcyngor\b/;
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
      credit: 'Claiming council achievements for yourself or a party at election time uses council business for campaigning.',
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
    const imprintAt = post.search(IMPRINT);
    const rawImprintAt = context.text.search(RAW_IMPRINT);
    const imprinted =
      (imprintAt >= 0 && ADDRESS.test(post.slice(imprintAt))) ||
      (rawImprintAt >= 0 && PROMOTER_TOWN.test(context.text.slice(rawImprintAt))) ||
      /\b(?:imprint|promoter'?s? details)(?: is| are)? (?:in|on) (?:my |the )?(?:bio|profile)\b/.test(post);
    const election = ELECTION.test(post);
    const campaigning = CAMPAIGN.test(post) || /#vote/i.test(context.text);
    const quiet = QUIET_PERIOD.test(post);
    for (const hit of findPatterns(context, ALL_PATTERNS)) {
      const folded = doc.view.sentence(hit.match.sentence);
      // "Don't forget to vote, and make it count for the Greens": a party named makes the reminder partisan.
      if ((NEUTRAL.test(folded) && !VOTE_SEEKING_MORE.includes(hit.pattern)) || quiet) continue;
      if (hit.pattern.messageId === 'vote' && imprinted) continue;
      if (BACKING.includes(hit.pattern) && !election) continue;
      if (KEEP_GREEN.includes(hit.pattern) && !VOTE_NAMED.test(post)) continue;
      if (PREMISES.includes(hit.pattern)) {
        const sentence = hit.match.sentence;
        const near = doc.view.between(doc.sentences[sentence.index - 1]?.start ?? sentence.start, doc.sentences[sentence.index + 1]?.end ?? sentence.end);
        if (!CAMPAIGN_EVENT.test(near) || !(election || /\b(?:campaign|leafleting|canvass)/.test(post))) continue;
        hits.push({ start: hit.start, end: hit.end, messageId: 'resources' });
        continue;
      }
      if (COUNCIL_VOICE.includes(hit.pattern)) {
        if (!PARTISAN.test(post)) continue;
        hits.push({ start: hit.start, end: hit.end, messageId: 'resources' });
        continue;
      }
      if (PERSONAL_CREDIT.includes(hit.pattern)) {
        if (imprinted || !COUNCIL_THING.test(post)) continue;
        hits.push({ start: hit.start, end: hit.end, messageId: 'credit' });
        continue;
      }
      if (hit.pattern.messageId === 'resources') {
        if (!campaigning) continue;
        const branding = /crest|logo|branding|📷|photo|image|picture|credit/u.test(hit.match.value);
        const before = doc.view.between(hit.match.sentence.start, hit.start);
        // "Contact the council's elections office": pointing to the council is not using it.
        if (/\b(?:contact|call|ring|phone|visit|write to|email|e-mail|tell|ask)\s+(?:the\s+)?$/.test(before)) continue;
        // "Listed on the council website": a pointer to where information is, not use of it.
        if (/website|page/.test(hit.match.value) && /\b(?:on|at|see|check|via|listed on|available on|published on|details on)\s+(?:the\s+)?$/.test(before)) continue;
        // Warning others off council branding is not using it.
        if (/\b(?:report (?:any|it|them|this)|returning officer|not allowed|must not|mustn'?t|shouldn'?t|should not|can'?t use|cannot use|don'?t use|never use|against the rules|breach(?:es)?)\b/.test(folded)) continue;
        const next = doc.sentences[hit.match.sentence.index + 1];
        if (!branding && !CAMPAIGN.test(folded) && !(next && CAMPAIGN.test(doc.view.sentence(next)))) continue;
      }
      if (hit.pattern.messageId === 'initiative') {
        if (/\?|\bwhether\b/.test(folded) || SOURCED.test(folded) || SOURCED_POST.test(post)) continue;
        if (ROUTINE_WORKS.test(hit.match.value) && !campaigning && !CLAIMING.test(folded)) continue;
      }
      hits.push({ start: hit.start, end: hit.end, messageId: hit.pattern.messageId });
    }
    // "Vote Kirby": a capitalised name after "vote".
    for (const match of execAll(VOTE_NAME, context.text)) {
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
