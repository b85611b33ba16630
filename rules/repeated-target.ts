import { defineRule } from '../src/engine/define-rule';
import { peopleView, PERSON_ROLES } from '../src/engine/nlp/context';
import { findPeople, type PersonMention } from '../src/engine/nlp/people';
import type { TextDocument } from '../src/engine/text/document';
import type { HistoryEntry } from '../src/engine/types';
import type { CouncilSettings } from '../src/config/types';

/** A post criticising someone already criticised in this many recent posts is part of a pattern. */
export const HISTORY_THRESHOLD = 3;
/** …within this many days. */
export const HISTORY_DAYS = 60;

/** Words that make a sentence about a person critical. */
export const CRITICAL =
  /\b(?:fail(?:s|ed|ure|ures|ing)?|blunders?|gaffes?|howlers?|ignor(?:e|es|ed|ing)|missed|never once|broken promises?|hasn'?t (?:answered|replied|responded|bothered)|still (?:hasn'?t|waiting|no answer)|won'?t answer|dodg(?:e|es|ed|ing)|refus(?:e|es|ed|ing) to|incompeten(?:t|ce)|useless|clueless|hopeless|disgrace(?:ful)?|shame(?:ful)?|out of (?:his|her|their) depth|resign(?:s|ed|ation)?|should go|must go|excuses?|mess|misled|lie[ds]?|lying|liar|silen(?:ce|t)|absent|no-?show|where (?:was|is|were)|specials?|embarrass(?:ing|ment)|pathetic|joke|clown|asleep|do (?:his|her|their) job|no (?:answers?|reply|response)|(?:still|hasn'?t|has not|won'?t|never|refuses to|failed to) (?:not )?(?:answered|answer|explained|explain|replied|reply|responded|respond)|not (?:answered|explained)|accountab(?:le|ility)|track record|methiant|methu|anwybyddu|gwarth|gwarthus|cywilydd|ymddiswyddo|celwydd|celwyddau|anobeithiol|di-glem|heb ateb|dim ateb)\b|[😂🤣🙄🤡🤦]/u;

const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|umpteenth|nth|another)`;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** A post that says it is one of a series. */
const SERIES = new RegExp(
  [
    String.raw`\bday \d+ of\b`,
    String.raw`\bweek \d+\b`,
    String.raw`\bparts? \d+\b`,
    String.raw`\bmy (?:series|thread|campaign) (?:on|about)\b`,
    String.raw`\banother (?:week|day|month|meeting|cabinet|council meeting),? another\b`,
    String.raw`\b(?:that'?s|the|for the) (?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth) (?:time|week|day|month)\b`,
    String.raw`\b${ORDINAL} time (?:of asking|i'?ve asked|asking|i'?ve (?:posted|written|said|raised))\b`,
    String.raw`\b${ORDINAL} (?:post|update|reminder|instal+ment|episode|thread) (?:in a row|this (?:week|month|year)|on|about)\b`,
    String.raw`\bthat'?s (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) (?:this|in a|so far this) (?:week|month|year)\b`,
    String.raw`\bmy (?:earlier|previous|other|past) posts\b|\bmy last (?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several) posts\b|\bcatch up on (?:the )?(?:earlier|previous|other|past)? ?(?:parts|posts|episodes)\b`,
    String.raw`\b(?:as )?i'?ve (?:said|posted|pointed out|asked|written|raised)(?: (?:this|it|about (?:this|it|him|her|them)))? (?:in my last|before|many times|again and again|repeatedly|time and again|every (?:single )?(?:day|week|month)|since (?:${MONTHS}|last [a-z]+)|for (?:weeks|months))\b`,
    String.raw`\b(?:the|my) list,? (?:which )?(?:is )?now (?:at|up to)? ?\d+\b|\badding (?:it|this|that) to the list\b`,
    String.raw`\blost count of (?:how many|the)\b`,
    String.raw`\bkeep (?:counting|posting|naming|asking|tagging|calling (?:him|her|them|NAME) out|reminding|highlighting|exposing|going on about)\b[^.!?]{0,50}\buntil\b`,
    String.raw`\bi'?m not (?:stopping|going to stop|letting (?:this|it) go|giving up)\b`,
    String.raw`\bevery (?:single )?day until\b|\b(?:weekly|daily|monthly) reminder\b`,
    String.raw`\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:week|day|month|time) running\b`,
    String.raw`\b(?:ask|post|raise) (?:it )?again tomorrow\b|\bsame question tomorrow\b|\basking again\b`,
    String.raw`\bonce again NAME|\byet another NAME|\bagain and again\b`,
    String.raw`\b(?:number|no\.?) \d+ (?:from|by|of) NAME|\b(?:broken promise|promise|failure|fail|gaffe|blunder|u-turn|excuse|mistake) (?:number|no\.?|#) ?\d+\b`,
  ].join('|'),
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
    // A series in praise of someone ("day 3 of Cllr Ahmed's charity walk") is not a campaign against them.
    const praise = !tagged && !CRITICAL.test(view.folded) && !CRITICAL.test(context.text) && PRAISE.test(view.folded);
    for (const sentence of praise ? [] : doc.wordSentences) {
      if (!SERIES.test(view.sentence(sentence)) && !(tagged && /TAG/.test(view.sentence(sentence)))) continue;
      if (tagged) {
        context.report({ messageId: 'series', start: sentence.start, end: sentence.end });
        return;
      }
      const paragraph = doc.paragraphs[sentence.paragraph]!;
      const target =
        people.find((p) => p.start >= sentence.start && p.end <= sentence.end) ??
        people.find((p) => p.start >= paragraph.start && p.end <= paragraph.end) ??
        (ROLE_TARGET.test(doc.view.between(paragraph.start, paragraph.end)) ? sentence : undefined) ??
        people[0];
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
