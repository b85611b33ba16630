import type { CouncilSettings } from '../src/config/types';
import { defineRule, type SuggestionInput } from '../src/engine/define-rule';
import { GIVEN_NAMES } from '../src/engine/nlp/given-names';
import type { Token } from '../src/engine/text/tokenise';
import { compileCues, cueText, lastCue, type CueHit } from '../src/engine/detectors/cues';
import { findDates, fullYear } from '../src/engine/detectors/dates';
import {
  findAccountShapes,
  findCardShapes,
  findIbans,
  findNinoShapes,
  findSortCodeShapes,
  findTenDigitNumbers,
  hasCardIssuerPrefix,
  isIssuedNinoPrefix,
  isValidNhsNumber,
  luhnValid,
} from '../src/engine/detectors/identifiers';
import { findPhoneNumbers, normalisePhone } from '../src/engine/detectors/phone';
import { findPostcodes } from '../src/engine/detectors/postcode';
import { addressPatterns, findStreetAddresses } from '../src/engine/detectors/street-address';
import { findRegistrations } from '../src/engine/detectors/vehicle';
import { execAll } from '../src/engine/match/regex';
import {
  ACCOUNT_CUES,
  BIRTH_CUES,
  BUILDING_ADDRESS,
  CARD_CUES,
  COUNTED_NOUNS,
  FLAT_WORDS,
  HOME_CUES,
  IMPRINT_CUES,
  NHS_CUES,
  NI_CUES,
  NOT_HOUSE_NUMBER_CUES,
  ORGANISATION_PHONE_CUES,
  PERSONAL_PHONE_CUES,
  PERSON_TITLE_CUES,
  POSTCODE_AREAS,
  POSTCODE_CUES,
  PREMISES_CUES,
  PUBLIC_ADDRESSES,
  PUBLIC_EMAIL_DOMAINS,
  PUBLIC_RECORD_CUES,
  PUBLIC_ROOM_CUES,
  REFERENCE_CUES,
  ROLE_MAILBOXES,
  SORT_CODE_CUES,
  STREET_TYPES,
  TIME_CUES,
  VEHICLE_CUES,
  WELSH_STREET_TYPES,
  type CueEntry,
} from './data/personal-data';

/* ------------------------------------------------------------------ compiled data */

const HAS_DIGIT_OR_AT = /[0-9@\uff10-\uff19\uff20]/;

const cues = (entries: readonly CueEntry[]) => compileCues(entries.flatMap((entry) => entry.phrases));

const PERSONAL = cues(PERSONAL_PHONE_CUES);
const ORGANISATION = cues(ORGANISATION_PHONE_CUES);
const REFERENCE = cues(REFERENCE_CUES);
const HOME = cues(HOME_CUES);
const PREMISES = cues(PREMISES_CUES);
const PUBLIC_RECORD = cues(PUBLIC_RECORD_CUES);
/** A planning application reference: "24/00871/FUL". */
const PLANNING_REF = /(?<![\p{L}\p{N}])\d{2}\/\d{3,6}\/[A-Z]{2,6}(?![\p{L}\p{N}])/u;
const IMPRINT = compileCues(IMPRINT_CUES.flatMap((entry) => entry.phrases), { ignoreCase: true });
const BIRTH = cues(BIRTH_CUES);
const NI = cues(NI_CUES);
const NHS = cues(NHS_CUES);
const SORT_CODE = cues(SORT_CODE_CUES);
const ACCOUNT = cues(ACCOUNT_CUES);
const CARD = cues(CARD_CUES);
const VEHICLE = cues(VEHICLE_CUES);
const POSTCODE_CUE = cues(POSTCODE_CUES);
const NOT_HOUSE_NUMBER = new RegExp(`(?:${cues(NOT_HOUSE_NUMBER_CUES).source})\\s*$`, 'u');
const TIME_BEFORE = new RegExp(`(?:${cues(TIME_CUES).source})\\s*$`, 'u');
const COUNTED = new RegExp(`^\\s+(?:${cues(COUNTED_NOUNS).source})`, 'u');
/** "call me", "my number": the councillor's own contact, for which the council's number is offered. */
const OWN = /(?<![\p{L}\p{N}])(?:me|my|mine|i'm|i am|fi|fy)(?![\p{L}\p{N}])/u;

const ADDRESS_PATTERNS = addressPatterns(
  STREET_TYPES.flatMap((type) => [type.name, ...(type.forms ?? [])]),
  WELSH_STREET_TYPES.flatMap((type) => [type.name, ...(type.forms ?? [])]),
  FLAT_WORDS,
  STREET_TYPES.filter((type) => type.lowerCase).flatMap((type) => [type.name, ...(type.forms ?? [])]),
  BUILDING_ADDRESS,
);
const PUBLIC_ROOM = new RegExp(`(?:${cues(PUBLIC_ROOM_CUES).source})\\s*$`, 'u');
const AREAS: ReadonlySet<string> = new Set(POSTCODE_AREAS.map((entry) => entry.area));
const PUBLIC_ADDRESS_SET = new Set(PUBLIC_ADDRESSES.map((entry) => entry.address.toLowerCase()));
const PUBLIC_DOMAINS = PUBLIC_EMAIL_DOMAINS.map((entry) => entry.domain);
const PERSON_TITLES = new Set(PERSON_TITLE_CUES.flatMap((entry) => entry.phrases));
const ROLES = new Set(ROLE_MAILBOXES.map((entry) => entry.name));

/** Only glue between a label and the data it labels: "is", "on", ":", "(". */
const GLUE = /^[\s:.,#(\-\u2013\u2014]*(?:(?:is|are|was|on|at|the|of|:|no|number|num)\.?[\s:.,#(\-\u2013\u2014]*){0,3}$/u;
/** Between an organisation's name and its address: glue, capitalised names, a house number. */
const PREMISES_GAP = /^(?:[\s,:(\-\u2013\u2014]|(?:is|are|now|based|located|at|on|in|of|the|and)(?![\p{L}])|\p{Lu}[\p{L}'\u2019.-]*|\d{1,4}[A-Za-z]?)*$/u;
/** Between a birth cue and the date: "Born 14/06/1975", "date of birth: …", "DOB 3.4.81". */
const BIRTH_GAP = /^[\s:.,(\-\u2013]*(?:(?:is|was|on|the|of|in|:)\.?[\s:.,(\-\u2013]*){0,3}$/u;
/** After "born" a few words may come first: "born at Northdale General on 14/06/1975". */
const BORN_GAP = /^\s+(?:[\p{L}'\u2019-]+\s+){1,4}on\s+(?:the\s+)?$/u;
const BORN = /^(?:born|ganwyd|geboren|urodz|nacid|nat[oa]|n\u00e9)/u;
/** A clause break inside a sentence. */
const CLAUSE = /[,;:()\u2014\u2013|]|\s-\s/;

/** A room used for a meeting or an event, not a home: "We meet in Room 3, Kite House". */
const ROOM_BOOKING = /\b(?:meet|meets|meeting|meetings|session|sessions|class|classes|event|surgery|drop-in|booked|book|hire|held|venue|workshop|talk|training|interview|exam|exams|conference)\b/i;

/** "example", "e.g.": a number given to show the format, not someone's. */
const EXAMPLE = /\b(?:example|examples|e\.g\.|for instance|format|such as|looks like|template|dummy|fake|specimen|sample|made[- ]up)\b/i;

/** A dot or an "at" written as a word to dodge scrapers. */
const DOT = String.raw`(?:\s*(?:\.|\(dot\)|\[dot\]|\{dot\})\s*|\s+dot\s+)`;
const AT = String.raw`(?:\s*(?:@|\(at\)|\[at\]|\{at\})\s*|\s+at\s+)`;
const OBFUSCATION_HINT = /\bdot\b|[([{]\s*at\s*[)\]}]|\sat\s+[a-z0-9-]+\s*\.\s*(?:com|net|org|co\.uk|org\.uk|ie|io|me|info)\b/i;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._@'\u2019-])([a-z0-9][a-z0-9_+-]*(?:${DOT}[a-z0-9_+-]+){0,3})${AT}([a-z0-9][a-z0-9-]*(?:${DOT}[a-z0-9-]+){0,3}${DOT}(?:com|net|org|uk|ie|io|me|info|wales|cymru|scot|biz|eu))(?![\p{L}\p{N}])`,
  'giu',
);

/** Free personal mail services: an address there is a person's. */
const MAIL_PROVIDER = /^(?:gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|me|aol|btinternet|btopenworld|sky|virginmedia|talktalk|protonmail|proton|msn|gmx|tiscali|ntlworld|blueyonder|mail)\./;

/** "gwyn dot lloyd70" → "gwyn.lloyd70". */
function unobfuscate(value: string): string {
  return value.replace(/\s*(?:\(dot\)|\[dot\]|\{dot\}|\.)\s*|\s+dot\s+/gi, '.');
}

/* ------------------------------------------------------------------ helpers */

interface Span {
  start: number;
  end: number;
}

/**
 * Spans already read as one kind of data, so no other detector reads part of them again.
 * Each detector adds its spans in order, into its own sorted list (`begin`), so adding is
 * constant time and a look-up is a binary search per detector, however long the text.
 */
class Claims {
  private readonly groups: Span[][] = [];

  begin(): void {
    this.groups.push([]);
  }

  add(span: Span): void {
    if (this.groups.length === 0) this.begin();
    const group = this.groups[this.groups.length - 1]!;
    const last = group[group.length - 1];
    const item = { start: span.start, end: span.end };
    if (!last || last.start <= span.start) group.push(item);
    else group.splice(firstEndingAfter(group, span.start), 0, item);
  }

  overlaps(span: Span): boolean {
    return this.groups.some((group) => insideAny(group, span));
  }

  /** The end of the last claimed span that ends at or before `offset`. */
  lastEndBefore(offset: number): number {
    let best = 0;
    for (const group of this.groups) {
      const i = firstEndingAfter(group, offset) - 1;
      const span = group[i];
      if (span && span.end > best) best = span.end;
    }
    return best;
  }
}

/** Index of the first span (in a list sorted by position) that ends after `offset`. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the last span in a sorted list that ends at or before `offset`, or -1. */
function lastEndAtOrBefore(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? ends[lo - 1]! : -1;
}

/** Does the span overlap any span of a list sorted by position (and not overlapping each other)? */
function insideAny(spans: readonly Span[], span: Span): boolean {
  const candidate = spans[firstEndingAfter(spans, span.start)];
  return candidate !== undefined && candidate.start < span.end;
}

interface Allowed {
  phones: ReadonlySet<string>;
  domains: readonly string[];
  addresses: ReadonlySet<string>;
}

const allowCache = new WeakMap<CouncilSettings, Allowed>();

function allowedFor(council: CouncilSettings): Allowed {
  let allowed = allowCache.get(council);
  if (!allowed) {
    allowed = {
      phones: new Set(council.allow.phoneNumbers.map(normalisePhone).filter((n): n is string => n !== null)),
      domains: council.allow.emailDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean),
      addresses: new Set(council.allow.emailAddresses.map((a) => a.trim().toLowerCase())),
    };
    allowCache.set(council, allowed);
  }
  return allowed;
}

function domainIn(domain: string, list: readonly string[]): boolean {
  return list.some((entry) => domain === entry || domain.endsWith(`.${entry}`));
}

/** "info@", "press.office@", "no-reply@": a mailbox named after a role, not a person. */
function isRoleMailbox(local: string): boolean {
  const parts = local.toLowerCase().split(/[._+-]+/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => ROLES.has(part));
}

/** Words that only link a label to its number ("… on", "… is", "tel:"). */
const LINK_WORDS = new Set(['on', 'is', 'at', 'are', 'was', 'the', 'via', 'to', 'or', 'and', 'tel', 'phone', 'call', 'ring', 'contact', 'number', 'no', 'yw', 'ar']);

/**
 * The last clause of a window that says something about what follows, and at most its last
 * eight words: "call me on" in "Thanks, call me on"; "parish clerk) on" in "Sarah Jones
 * (Parish Clerk) on".
 */
function lastClause(window: string): string {
  const parts = window.split(CLAUSE);
  let clause = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    clause = `${parts[i]!} ${clause}`;
    const words = clause.split(/[^\p{L}\p{N}'&/-]+/u).filter(Boolean);
    if (words.some((word) => !LINK_WORDS.has(word))) return clause.split(/\s+/).filter(Boolean).slice(-8).join(' ') + ' ';
  }
  return clause;
}

type Label = 'personal' | 'organisation' | undefined;

/** The nearer of a personal and an organisation cue; at the same place the longer wins, then personal. */
function nearer(personal: CueHit | undefined, organisation: CueHit | undefined): Label {
  if (!personal && !organisation) return undefined;
  if (!organisation) return 'personal';
  if (!personal) return 'organisation';
  if (personal.end !== organisation.end) return personal.end > organisation.end ? 'personal' : 'organisation';
  return organisation.end - organisation.start > personal.end - personal.start ? 'organisation' : 'personal';
}

/* ------------------------------------------------------------------ the rule */

export default defineRule({
  meta: {
    id: 'personal-data',
    description:
      'Phone numbers, e-mail and home addresses, postcodes, dates of birth, National Insurance and NHS numbers, vehicle registrations and bank details.',
    sources: ['CG \u00a711.2', 'CG \u00a712.3', 'LGA2 intro'],
    section: { ref: 'CG \u00a712.3', anchor: '#confidentiality-data-protection-and-safeguarding' },
    why: "Sections 11.2 and 12.3 of the council's guidance say personal data must be handled under data protection law and councillors should not share personal details such as phone numbers, dates of birth or home addresses.",
    severity: { relaxed: 'error', standard: 'error', 'pre-election': 'error' },
    scope: 'all',
    checksComments: true,
    messages: {
      phone: 'This looks like a personal phone number; posting it publicly can expose you or them to unwanted contact.',
      email: 'This looks like a personal e-mail address; posting it publicly can expose you or them to spam, scams and unwanted contact.',
      address: 'This looks like a home address; posting it publicly can put you or the people who live there at risk.',
      postcode: 'A full postcode points to a handful of homes; posting it can put you or the people who live there at risk.',
      'date-of-birth': "This looks like a date of birth, which fraudsters use to steal identities; keep yours and other people's private.",
      'ni-number': 'This looks like a National Insurance number; posting it exposes you or them to identity fraud.',
      'nhs-number': "This looks like an NHS number, which opens a person's health records; never post yours or anyone else's.",
      'vehicle-registration': 'This looks like a vehicle registration; it can be used to identify and find you or the owner.',
      'bank-details': 'This looks like a bank {{what}}; posting it can expose you or the account holder to fraud.',
      'card-number': 'This looks like a payment card number; posting it can expose you or the cardholder to fraud.',
    },
    examples: {
      valid: [
        "Flooding on Meadow Lane: the council's emergency line is 01632 960500. If anyone is in danger, call 999.",
        'You can email me at my council address, cllr.amara.obi@northdale.gov.uk.',
        'Planning ref 24/00871/FUL goes to committee on 9 July. Residents in the NG5 7 postcode sector have had letters.',
        'Promoted by J. Osei on behalf of Priya Nair (Labour), both c/o Northdale Labour Party, 41 Station Road, Northdale NG5 2AB.',
      ],
      invalid: [
        "Text me on 07700 900664 if it's urgent.",
        "If you want to discuss it, I'm at 8 Heron Close, NG5 6PW.",
        'Happy 50th to me! Born 14/06/1975 at Northdale General.',
        'Mrs Evans (NHS no. 485 777 3456) has been waiting 11 weeks.',
      ],
    },
  },

  check(context) {
    const { text, doc, council } = context;
    // Every kind of personal data here has a digit in it, or an "@"
    // (or an address written out as "jo dot smith at gmail dot com").
    if (!HAS_DIGIT_OR_AT.test(text) && !OBFUSCATION_HINT.test(text)) return;
    const claims = new Claims();
    // Links, @handles and #hashtags: nothing inside them is read (a number in a URL is not a phone number).
    const blocked: Span[] = [];
    const emails: Token[] = [];
    for (const token of doc.tokens) {
      if (token.kind === 'email') emails.push(token);
      else if (token.kind === 'url' || token.kind === 'handle' || token.kind === 'hashtag') blocked.push(token);
    }
    const allowed = allowedFor(council);

    const free = (span: Span) => !insideAny(blocked, span) && !claims.overlaps(span);
    const sentenceStart = (offset: number) => {
      const sentence = doc.sentenceAt(offset);
      if (sentence) return sentence.start;
      return text.lastIndexOf('\n', offset - 1) + 1;
    };
    const sentenceEnd = (offset: number) => {
      const sentence = doc.sentenceAt(offset);
      if (sentence) return sentence.end;
      const newline = text.indexOf('\n', offset);
      return newline === -1 ? text.length : newline;
    };
    /** The lower-case text before `offset` in its sentence, at most `max` characters. */
    const before = (offset: number, max: number, from = 0) =>
      cueText(text.slice(Math.max(sentenceStart(offset), offset - max, from), offset));
    /** The lower-case text after `offset` in its sentence, at most `max` characters. */
    const after = (offset: number, max: number) => cueText(text.slice(offset, Math.min(sentenceEnd(offset), offset + max)));
    /** A cue in the window, with only glue between it and the data. */
    const labelledBy = (pattern: RegExp, window: string, gap: RegExp = GLUE) => {
      const cue = lastCue(pattern, window);
      return cue !== undefined && gap.test(window.slice(cue.end));
    };
    /** Is the offset after an imprint cue ("Promoted by …") in the same paragraph? */
    let imprints: number[] | undefined;
    const inImprint = (offset: number) => {
      if (!imprints) {
        imprints = [];
        IMPRINT.lastIndex = 0;
        for (let m = IMPRINT.exec(text); m !== null; m = IMPRINT.exec(text)) imprints.push(m.index);
        IMPRINT.lastIndex = 0;
      }
      const cue = lastEndAtOrBefore(imprints, offset);
      return cue >= 0 && paragraphIndex(cue) === paragraphIndex(offset);
    };
    const paragraphIndex = (offset: number) => {
      let lo = 0;
      let hi = doc.paragraphs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (doc.paragraphs[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    /**
     * How far before `offset` an organisation's premises are named, with only names and glue
     * between ("Brookside Library, 12 High Street", "Unit 3 Station Yard", "The Crown, 12
     * Market Street"); -1 when they are not.
     */
    const premisesBefore = (offset: number): { distance: number; named: boolean } => {
      const from = Math.max(sentenceStart(offset), offset - 80);
      const raw = text.slice(from, offset);
      const window = cueText(raw);
      let distance = -1;
      PREMISES.lastIndex = 0;
      for (let m = PREMISES.exec(window); m !== null; m = PREMISES.exec(window)) {
        const cueEnd = m.index + m[0].length;
        if (m[0] === 'party' && !/\p{Lu}[\p{L}-]*\s+Party$/u.test(raw.slice(0, cueEnd))) continue;
        const gap = raw.slice(cueEnd);
        if (gap.length <= 60 && PREMISES_GAP.test(gap) && (gap.match(/\p{Lu}/gu)?.length ?? 0) <= 4) distance = gap.length;
      }
      PREMISES.lastIndex = 0;
      if (distance >= 0) return { distance, named: false };
      return { distance: organisationNamedBefore(raw, true, ADDRESS_LINK) ? 0 : -1, named: true };
    };
    /** How far before `offset` a home cue ends ("my house, …", "lives at …"); -1 when there is none. */
    const homeBefore = (offset: number): number => {
      const window = before(offset, 80);
      const cue = lastCue(HOME, window);
      return cue ? window.length - cue.end : -1;
    };
    /** An organisation's address: its premises are named nearer than any home cue. */
    const organisationAddress = (offset: number): boolean => {
      const premises = premisesBefore(offset);
      if (premises.distance < 0) return false;
      const home = homeBefore(offset);
      // A premises word nearer than the home cue wins ("I'm at the Civic Centre, NG5 1AA");
      // a bare name never beats a home cue ("Party at ours, 22 Kestrel Way").
      return home < 0 || (!premises.named && premises.distance < home);
    };
    const report = (messageId: string, span: Span, suggestions: SuggestionInput[], data?: Record<string, string>) => {
      claims.add(span);
      context.report({ messageId, start: span.start, end: span.end, suggestions, data });
    };

    // E-mail addresses (already found by the tokeniser, so links and handles never count).
    claims.begin();
    for (const token of emails) {
      claims.add(token);
      const at = token.raw.lastIndexOf('@');
      const local = token.raw.slice(0, at);
      const domain = token.raw.slice(at + 1).toLowerCase();
      if (allowed.addresses.has(token.raw.toLowerCase())) continue;
      if (domainIn(domain, allowed.domains) || domainIn(domain, PUBLIC_DOMAINS) || isRoleMailbox(local)) continue;
      const own = OWN.test(lastClause(before(token.start, 80)));
      const suggestions: SuggestionInput[] = [];
      const official = council.allow.emailAddresses[0];
      if (own && official && context.mode === 'post') suggestions.push({ text: official, label: `Use your council address (${official})` });
      suggestions.push({ text: '[email removed]', label: 'Remove the e-mail address' });
      report('email', token, suggestions);
    }

    // E-mail addresses written out to dodge scrapers: "gwyn dot lloyd70 at gmail dot com", "jo.smith[at]hotmail.co.uk".
    claims.begin();
    if (OBFUSCATION_HINT.test(text)) {
      for (const m of execAll(OBFUSCATED_EMAIL, text)) {
        const span = { start: m.index, end: m.index + m[0].length };
        // "dot" or "(at)" written out is a sign of an address in itself.
        const spelledOut = /\bdot\b|[([{]\s*at\s*[)\]}]/i.test(m[0]);
        // The tokeniser may have read "outlook.com" in "priya(at)outlook.com" as a link; the whole is still an address.
        if (claims.overlaps(span) || (!spelledOut && !/\sat\s/i.test(m[0]))) continue;
        const local = unobfuscate(m[1]!);
        const domain = unobfuscate(m[2]!).toLowerCase();
        // A plain "at" before a written domain ("look at Amazon.com") is only an address with a mail provider or a
        // mailbox-like name ("jsmith1 at gmail.com").
        if (!spelledOut && !MAIL_PROVIDER.test(domain) && !/[\d._]/.test(local)) continue;
        // "…refreshments. Details at example.org/lgbt": a sentence ends inside the "name", and the domain goes on as a link.
        if (!spelledOut && (/\.\s+\p{Lu}/u.test(m[1]!) || text[span.end] === '/')) continue;
        const address = `${local}@${domain}`.toLowerCase();
        claims.add(span);
        if (allowed.addresses.has(address)) continue;
        if (domainIn(domain, allowed.domains) || domainIn(domain, PUBLIC_DOMAINS) || isRoleMailbox(local)) continue;
        report('email', span, [{ text: '[email removed]', label: 'Remove the e-mail address' }]);
      }
    }

    // IBANs and payment cards: check digits make these near certain.
    claims.begin();
    for (const iban of findIbans(text)) {
      if (!free(iban)) continue;
      report('bank-details', iban, [{ text: '[bank details removed]', label: 'Remove the bank details' }], { what: 'account number (IBAN)' });
    }
    claims.begin();
    for (const card of findCardShapes(text)) {
      if (!free(card) || !luhnValid(card.value) || !hasCardIssuerPrefix(card.value)) continue;
      if (!card.grouped && !has(CARD, before(card.start, 40))) continue;
      report('card-number', card, [{ text: '[card number removed]', label: 'Remove the card number' }]);
    }

    // Phone numbers.
    claims.begin();
    /** Lines already judged an organisation's: another number from the same block of a thousand is theirs too. */
    const organisationBlocks = new Set<string>();
    const blockOf = (number: string) => number.replace(/\D/g, '').slice(0, -3);
    const organisationLine = (number: string) => void organisationBlocks.add(blockOf(number));
    for (const phone of findPhoneNumbers(text)) {
      if (!free(phone)) continue;
      claims.add(phone);
      // 03, 08 and 09 numbers are organisations' lines; short codes (999, 111, 101) are never read.
      if (phone.kind === 'non-geographic') continue;
      if (allowed.phones.has(phone.number)) {
        organisationLine(phone.number);
        continue;
      }
      const window = before(phone.start, 100, claims.lastEndBefore(phone.start));
      if (labelledBy(REFERENCE, window)) continue;
      const following = after(phone.end, 60);
      const label = phoneLabel(window, following);
      if (label === 'organisation') {
        organisationLine(phone.number);
        continue;
      }
      // "Age UK Northdale can help on 01632 960202": a landline given under an organisation's name.
      if (label === undefined && phone.kind === 'geographic') {
        const raw = text.slice(Math.max(sentenceStart(phone.start), phone.start - 80, claims.lastEndBefore(phone.start)), phone.start);
        if (organisationNamedBefore(raw, false, PHONE_LINK)) {
          organisationLine(phone.number);
          continue;
        }
      }
      // "Contact centre: 01632 960100 … out of hours: 01632 960999": the same switchboard's block.
      if (label !== 'personal' && phone.kind === 'geographic' && organisationBlocks.has(blockOf(phone.number))) continue;
      const suggestions: SuggestionInput[] = [];
      const published = council.allow.phoneNumbers[0];
      const own = OWN.test(lastClause(window)) || OWN.test(following.split(/[,;:.!?]/)[0] ?? '');
      // The council's number stands in for the councillor's own, not for a commenter's.
      if (label === 'personal' && published && own && context.mode === 'post') {
        suggestions.push({ text: published, label: `Use the council's number (${published})` });
      }
      suggestions.push({ text: '[number removed]', label: 'Remove the number' });
      context.report({ messageId: 'phone', start: phone.start, end: phone.end, suggestions });
    }

    // National Insurance numbers: HMRC's prefix rules, or any prefix next to a cue.
    claims.begin();
    for (const nino of findNinoShapes(text)) {
      if (!free(nino)) continue;
      const cued = has(NI, before(nino.start, 80)) || has(NI, after(nino.end, 30));
      const written = text.slice(nino.start, nino.end);
      // Written out in full in HMRC's spacing ("QQ 58 21 04 B"), any prefix reads as a real number, unless the post says it is an example.
      const spacedInFull = /^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(written) && !EXAMPLE.test(text.slice(sentenceStart(nino.start), sentenceEnd(nino.start)));
      const ok = cued
        ? nino.upperCase || !/\s/.test(written)
        : nino.upperCase && nino.suffix !== '' && (isIssuedNinoPrefix(nino.prefix) || spacedInFull);
      if (!ok) continue;
      report('ni-number', nino, [{ text: '[NI number removed]', label: 'Remove the National Insurance number' }]);
    }

    // NHS numbers: a valid check digit, or any ten digits right after "NHS no.".
    claims.begin();
    for (const nhs of findTenDigitNumbers(text)) {
      if (!free(nhs)) continue;
      const cued = labelledBy(NHS, before(nhs.start, 30));
      if (!cued && !(nhs.grouped && nhs.value[0] !== '0' && isValidNhsNumber(nhs.value))) continue;
      report('nhs-number', nhs, [{ text: '[NHS number removed]', label: 'Remove the NHS number' }]);
    }

    // Sort codes and account numbers, next to their cue or to each other.
    claims.begin();
    const sortCodeEnds: number[] = [];
    const accounts = findAccountShapes(text);
    let nextIndex = 0;
    for (const code of findSortCodeShapes(text)) {
      if (!free(code)) continue;
      const cued = labelledBy(SORT_CODE, before(code.start, 30));
      while (nextIndex < accounts.length && accounts[nextIndex]!.start < code.end) nextIndex++;
      const nextAccount = accounts[nextIndex];
      const pairedWithAccount =
        nextAccount !== undefined &&
        nextAccount.start - code.end <= 25 &&
        /^[\s,;:(]*(?:(?:account|acc|acct|a\/c)(?:\s*(?:no|number|num))?\.?[\s:]*)?$/i.test(text.slice(code.end, nextAccount.start));
      if (!cued && !pairedWithAccount) continue;
      sortCodeEnds.push(code.end);
      report('bank-details', code, [{ text: '[sort code removed]', label: 'Remove the sort code' }], { what: 'sort code' });
    }
    claims.begin();
    for (const account of accounts) {
      if (!free(account)) continue;
      const window = before(account.start, 30);
      const cued = labelledBy(ACCOUNT, window);
      const sortCodeEnd = lastEndAtOrBefore(sortCodeEnds, account.start);
      const afterSortCode = sortCodeEnd >= 0 && account.start - sortCodeEnd <= 25;
      if (!cued && !afterSortCode) continue;
      report('bank-details', account, [{ text: '[account number removed]', label: 'Remove the account number' }], { what: 'account number' });
    }

    // Dates of birth: a full date right after a birth cue ("Born 14/06/1975", "DOB 3.4.81").
    claims.begin();
    for (const date of findDates(text)) {
      if (!free(date) || !birthDate(before(date.start, 60))) continue;
      const year = String(fullYear(date.year, date.shortYear, context.now));
      report('date-of-birth', date, [{ text: year, label: `Keep only the year (${year})` }]);
    }

    // Street addresses, unless they are an organisation's or in an imprint.
    claims.begin();
    const publicAddressEnds: number[] = [];
    const homeAddressEnds: number[] = [];
    for (const address of findStreetAddresses(text, ADDRESS_PATTERNS, { lowerCase: true })) {
      if (!free(address)) continue;
      // "lives at 14 beech avenue": lower case only counts after a home cue.
      if (address.lowerCase && !has(HOME, before(address.start, 80))) continue;
      claims.add(address);
      if (NOT_HOUSE_NUMBER.test(before(address.start, 20))) continue;
      // "Committee Room 2, Kite House": a room in a public building.
      if (
        /^room\b/i.test(text.slice(address.start, address.numberEnd)) &&
        (address.houseNumber === '101' ||
          PUBLIC_ROOM.test(before(address.start, 30)) ||
          ROOM_BOOKING.test(text.slice(sentenceStart(address.start), sentenceEnd(address.start))))
      ) {
        continue;
      }
      // "1-15 Mill Lane", "numbers 2 to 20 Oak Road": a stretch of a street, not one home.
      if (isStretch(address.houseNumber) || /\d{1,4}[a-z]?\s*(?:to|-|\u2013)\s*$/.test(before(address.start, 12))) continue;
      if (COUNTED.test(cueText(text.slice(address.end, address.end + 20)))) continue;
      // "Meet at 10 Market Place": a time, then a place.
      if (Number.parseInt(address.houseNumber, 10) <= 12 && TIME_BEFORE.test(before(address.numberEnd - address.houseNumber.length, 25))) continue;
      const written = text.slice(address.start, address.end);
      const window = before(address.start, 120);
      const home = homeBefore(address.start) >= 0;
      const publicRecord = !home && (has(PUBLIC_RECORD, window) || PLANNING_REF.test(
            text.slice(Math.max(sentenceStart(address.start), address.start - 150), Math.min(sentenceEnd(address.start), address.end + 150)),
          ));
      if (
        PUBLIC_ADDRESS_SET.has(written.toLowerCase()) ||
        inImprint(address.start) ||
        publicRecord ||
        organisationAddress(address.start)
      ) {
        publicAddressEnds.push(address.end);
        continue;
      }
      homeAddressEnds.push(address.end);
      context.report({
        messageId: 'address',
        start: address.start,
        end: address.end,
        suggestions: [
          { text: address.street, label: 'Remove the house number' },
          { text: '[address removed]', label: 'Remove the address' },
        ],
      });
    }

    // Full postcodes (a sector such as "NG5 7" is not one).
    claims.begin();
    for (const postcode of findPostcodes(text, AREAS, { lowerCase: true })) {
      if (!free(postcode)) continue;
      claims.add(postcode);
      if (!postcode.upperCase && !has(POSTCODE_CUE, before(postcode.start, 40))) continue;
      const publicEnd = lastEndAtOrBefore(publicAddressEnds, postcode.start);
      const afterPublic = publicEnd >= 0 && postcode.start - publicEnd <= 40 && !/[.!?\n]/.test(text.slice(publicEnd, postcode.start));
      // "Room 12, Oakleigh House, Bellfield Avenue, DE55 3JS": the postcode of a home just flagged.
      const homeEnd = lastEndAtOrBefore(homeAddressEnds, postcode.start);
      const afterHome = homeEnd >= 0 && homeEnd > publicEnd && postcode.start - homeEnd <= 60 && !/[.!?\n]/.test(text.slice(homeEnd, postcode.start));
      if (inImprint(postcode.start) || (!afterHome && (afterPublic || organisationAddress(postcode.start)))) continue;
      const outward = text.slice(postcode.start, postcode.start + postcode.outward.length);
      context.report({
        messageId: 'postcode',
        start: postcode.start,
        end: postcode.end,
        suggestions: [{ text: outward, label: `Keep only the area (${outward})` }],
      });
    }

    // Vehicle registrations: the current format anywhere, older formats next to a cue.
    claims.begin();
    for (const reg of findRegistrations(text, context.now)) {
      if (!free(reg)) continue;
      // Part of a run of capitals ("A6 CAR PARK"), not a number plate.
      if (/^\s+\p{Lu}{2,}(?![\p{Ll}])/u.test(text.slice(reg.end, reg.end + 12))) continue;
      const cued = has(VEHICLE, before(reg.start, 50)) || has(VEHICLE, after(reg.end, 30));
      if (reg.format === 'current' ? !(reg.upperCase || cued) : !(reg.upperCase && cued)) continue;
      report('vehicle-registration', reg, [{ text: '[registration removed]', label: 'Remove the registration' }]);
    }
  },
});

/** Between a name and the landline given for it: "Age UK Northdale can help on", "The Crown:". */
const PHONE_LINK = /^(?:\s*[:,(\-\u2013]\s*|\s+(?:\p{Ll}+\s+){0,3})(?:on\s+|:\s*)?$/u;
/** Between a name and its address: "The Crown, 12 Market Street", "Tesco Express (3 High Street)". */
const ADDRESS_LINK = /^\s*(?:[,(\u2013\u2014-]|is at|at|on)\s*$/u;
/** Capitalised words, "of", "and", "&" and "the" inside a name. */
const NAME_RUN = /(?:\p{Lu}[\p{L}\p{N}'\u2019.&-]*|&)(?:\s+(?:\p{Lu}[\p{L}\p{N}'\u2019.&-]*|&|and|of|for|the|upon))*$/u;
/** Words that start a sentence before a name without being part of it. */
const NOT_IN_NAME = new Set(['call', 'ring', 'phone', 'contact', 'text', 'try', 'ask', 'email', 'message', 'please', 'and', 'or', 'thanks', 'thank']);
/** Capitalised words that are never (the start of) an organisation's name. */
const NOT_A_NAME = /^(?:i|i'm|i've|i'll|i'd|we|we're|we've|you|you're|he|he's|she|she's|they|they're|it|it's|my|our|your|his|her|their|this|that|there|here|today|tonight|yesterday|tomorrow)$/u;
/** A one-word name that can only be an organisation's: an acronym ("RSPCA"), "Co-op", "M&S", "McColl's". */
const ORGANISATION_WORD = /^(?:\p{Lu}{2,}|\p{Lu}\p{L}*[-&]\p{L}+|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$/u;

/**
 * Does the raw text before a number or address end with the name of an organisation
 * ("Age UK Northdale", "The Crown", "Tesco Express") rather than a person? A name is a
 * person's when it starts with a title ("Mrs Evans", "Cllr Obi") or a given name ("Dean
 * Corrigan"), or is a family ("The Smiths"). One-word names count only when `single` is
 * set, and `link` is what may stand between the name and the data.
 */
function organisationNamedBefore(raw: string, single: boolean, link: RegExp): boolean {
  // Peel off the link ("can help on", ", ") to find where the name ends.
  for (let cut = raw.length; cut >= Math.max(0, raw.length - 30); cut--) {
    if (cut < raw.length && !/[\s,:(\u2013\u2014-]/u.test(raw[cut]!)) continue;
    if (!link.test(raw.slice(cut))) continue;
    const head = raw.slice(0, cut).trimEnd();
    const run = NAME_RUN.exec(head);
    if (!run) continue;
    const words = run[0].split(/\s+/).filter(Boolean);
    while (words.length > 0 && NOT_IN_NAME.has(words[0]!.toLowerCase())) words.shift();
    if (words.length === 0 || words.some((word) => NOT_A_NAME.test(cueText(word)))) return false;
    if (words.length === 1 && !(single && ORGANISATION_WORD.test(words[0]!.replace(/['\u2019]s$/u, '')))) return false;
    const first = words[0]!.toLowerCase().replace(/[.'\u2019]s?$/u, '');
    if (PERSON_TITLES.has(first) || GIVEN_NAMES.has(first)) return false;
    if (words.length === 2 && first === 'the' && /\p{Ll}s$/u.test(words[1]!)) return false;
    return true;
  }
  return false;
}

/** Does a window end with a birth cue, so that the date after it is a date of birth? */
function birthDate(window: string): boolean {
  const cue = lastCue(BIRTH, window);
  if (!cue) return false;
  const gap = window.slice(cue.end);
  return BIRTH_GAP.test(gap) || (BORN.test(cue.value) && BORN_GAP.test(gap));
}

/** A range of house numbers wider than a pair of semis ("1-15"). */
function isStretch(houseNumber: string): boolean {
  const range = /^(\d+)[a-z]?\s?[-\u2013]\s?(\d+)/i.exec(houseNumber);
  return range !== null && Math.abs(Number(range[2]) - Number(range[1])) > 2;
}

/** Whether a global cue pattern occurs in the text (leaving the pattern reset). */
function has(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(value);
  pattern.lastIndex = 0;
  return found;
}

/**
 * Whose line a phone number is: a label in brackets right after it wins ("(home)",
 * "(council line, 24/7)"); then the nearest cue in the clause before it ("call me on", "the
 * council's emergency line is"); then a cue in the clause after it ("… is my mobile").
 */
function phoneLabel(window: string, following: string): Label {
  const bracket = /^\s*\(([^()]{1,40})\)/.exec(following);
  if (bracket) {
    const inside = bracket[1]!;
    const label = nearer(lastCue(PERSONAL, inside), lastCue(ORGANISATION, inside));
    if (label) return label;
  }
  const clause = lastClause(window);
  const label = nearer(lastCue(PERSONAL, clause), lastCue(ORGANISATION, clause));
  if (label) return label;
  const next = following.replace(/^\s*\([^()]*\)/, '').split(/[,;:.!?()]/)[0] ?? '';
  return nearer(lastCue(PERSONAL, next), lastCue(ORGANISATION, next));
}
