/**
 * Every word the popup and the options page show, in one place, so that a Welsh translation
 * (`cy`) can be added beside `en` without touching a component. British English throughout.
 *
 * Not here: the findings' messages and "why" sentences, and the rules' descriptions. Those come
 * from the rule engine (`rules/*.ts` meta), as the in-page card shows them too.
 */
import type { Severity, Strictness } from '../engine/types';
import type { SiteId } from '../settings/types';

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
function listOf(items: readonly string[], max = 3): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  if (items.length <= max) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const RULE_NAMES: Record<string, string> = {
  'personal-attack': 'Personal attack',
  'discriminatory-language': 'Discriminatory language',
  'threat-or-incitement': 'Threat or incitement',
  profanity: 'Swearing',
  'defamation-risk': 'Risk of defamation',
  'speculation-as-fact': 'Speculation as fact',
  'selective-quote': 'Selective quote',
  'unverified-claim': 'Unverified claim',
  'contempt-framing': 'Contemptuous framing',
  'confidential-information': 'Confidential information',
  'personal-data': 'Personal data',
  whereabouts: 'Whereabouts',
  safeguarding: 'Safeguarding',
  predetermination: 'Predetermination',
  'speaking-for-council': 'Speaking for the council',
  'pre-election': 'Pre-election rules',
  shouting: 'Shouting',
  jargon: 'Jargon',
  copyright: 'Copyright',
  'repeated-target': 'Repeatedly targeting someone',
  'unchecked-language': 'Language not checked',
  'rule-failed': 'Check that failed',
};

export const en = {
  /** BCP 47 tag for `<html lang>` and for dates and times. */
  locale: 'en-GB',
  appName: 'Golden Rule',
  /** "Golden Rule for Eastbridge Borough Council". */
  appFor: (council: string) => `Golden Rule · ${council}`,
  optionsTitle: 'Golden Rule settings',
  loading: 'Loading…',
  opensInNewTab: '(opens in a new tab)',
  /** A quoted passage. */
  quote: (text: string) => `“${text}”`,

  /** Names for rule ids; an id not listed here is shown as "Rule id" from its id. */
  ruleName(ruleId: string): string {
    if (RULE_NAMES[ruleId]) return RULE_NAMES[ruleId]!;
    const words = ruleId.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  },
  listOf,

  site: {
    facebook: 'Facebook',
    x: 'X',
    instagram: 'Instagram',
    linkedin: 'LinkedIn',
    nextdoor: 'Nextdoor',
  } satisfies Record<SiteId, string>,

  strictness: {
    relaxed: 'Relaxed',
    standard: 'Standard',
    'pre-election': 'Pre-election',
  } satisfies Record<Strictness, string>,

  /** The same words as the in-page badge and card. */
  severity: {
    error: 'High risk',
    warning: 'Check this',
    info: 'Suggestion',
  } satisfies Record<Severity, string>,
  severityGroup: {
    error: (n: number) => `High risk (${n})`,
    warning: (n: number) => `Check this (${n})`,
    info: (n: number) => `${plural(n, 'Suggestion', 'Suggestions')} (${n})`,
  } satisfies Record<Severity, (n: number) => string>,

  tabs: {
    label: 'Golden Rule',
    findings: 'This post',
    test: 'Golden rule test',
    guidance: 'Guidance',
    settings: 'Settings',
  },

  notices: {
    heading: 'Some of your council’s settings could not be used',
    intro: 'Your IT administrator set these values, but they are not valid, so the council’s defaults apply instead:',
  },

  status: {
    level: (level: string) => `Checking: ${level}`,
    daysToPolling: (days: number) =>
      days === 0 ? 'polling day today' : `${days} ${plural(days, 'day', 'days')} to polling day`,
  },

  findings: {
    heading: 'Your post',
    checking: 'Asking the page for your draft…',
    onSite: (site: string) => `Draft on ${site}`,
    count: (n: number) => (n === 0 ? 'Nothing to check' : `${n} ${plural(n, 'thing', 'things')} to check`),
    clear: 'Nothing in this draft goes against the guidance at this level of checking. Read it once more before you post.',
    passage: 'Passage:',
    why: 'Why it matters:',
    reveal: 'Show in the post',
    readGuidance: 'Read the guidance',
    readGuidanceFor: (rule: string) => `Read the guidance on ${rule.toLowerCase()} (opens in a new tab)`,
    revealFailed: 'That passage is no longer in the draft. Type in the box again to refresh the list.',
    noDraft: (site: string) =>
      `No draft in focus. Click in a post or comment box on ${site} and the findings appear here, or check some text below.`,
    notASite:
      'Golden Rule checks posts as you write them on Facebook, X, Instagram, LinkedIn and Nextdoor. This tab is not one of them, but you can check some text below.',
    reloadSite: (site: string) =>
      `Golden Rule is not running in this ${site} tab yet. Reload the page to start checking, or check some text below.`,
    siteOff: (site: string) => `Checking is off on ${site}.`,
    siteSnoozed: (site: string, until: string) => `Checking on ${site} is snoozed until ${until}.`,
    siteOffByCouncil: (site: string, council: string) => `${council} has turned checking off on ${site}.`,
    turnOnAgain: 'Turn checking back on',
  },

  paste: {
    heading: 'Check some text',
    label: 'Paste or type a post to check',
    hint: 'Checked here in your browser with the same checks and settings. Nothing is saved or sent.',
    button: 'Check',
    clearButton: 'Clear',
    none: 'Nothing found at this level of checking.',
    result: (n: number) => `${n} ${plural(n, 'thing', 'things')} to check in the text you pasted.`,
    selectPassage: 'Select in the text',
  },

  test: {
    heading: 'The golden rule test',
    intro:
      'If you wouldn’t say it in a public meeting, or allow it to be said unchecked in a room you were chairing, don’t publish it — or leave it standing — online.',
    introSource: 'Your council’s guidance, the golden rule',
    privacy: 'Your answers stay in this window. They are not saved or sent anywhere.',
    draft: (site: string) => `Thinking about your draft on ${site}:`,
    progress: (n: number, total: number) => `Question ${n} of ${total}`,
    answers: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
    next: 'Next question',
    back: 'Previous question',
    seeResult: 'See the result',
    startAgain: 'Start again',
    questions: {
      'public-meeting': 'Would you say it in a public meeting?',
      chairing: 'Would you allow it to be said, unchecked, in a room you were chairing?',
      strangers: 'Would you say it face to face to a group of strangers in the street?',
      mislead: 'Could it mislead, through the way it is framed or what it leaves out?',
      sensitive: 'Does it touch on a live or sensitive issue?',
      abuse: 'Could it draw abuse or a pile-on in the comments?',
    },
    advice: {
      'public-meeting': {
        stop: 'Then don’t publish it. Say it as you would in the council chamber, or not at all (the golden rule).',
        unsure: 'If you are not sure, pause and seek advice from the Monitoring Officer before posting.',
      },
      chairing: {
        stop: 'Then don’t publish it — or leave it standing. You would stop it in a meeting you chaired; treat your post and its comments the same way.',
        unsure: 'If you are not sure, pause and seek advice from the Monitoring Officer before posting.',
      },
      strangers: {
        stop: 'Don’t publish on social media something you wouldn’t say face to face. Rewrite it as you would say it in person.',
        unsure: 'If you are not sure, pause and seek advice from the Monitoring Officer before posting.',
      },
      mislead: {
        stop: 'Pause and seek advice from the Monitoring Officer before posting. Check your facts and give the whole picture, not the part that suits the argument.',
        unsure: 'Pause and seek advice from the Monitoring Officer before posting. Check your facts and give the whole picture.',
      },
      sensitive: {
        stop: 'Pause and seek advice from the Monitoring Officer before posting. Early advice is always better than a formal investigation.',
        unsure: 'Pause and seek advice from the Monitoring Officer before posting. Early advice is always better than a formal investigation.',
      },
      abuse: {
        stop: 'Pause and seek advice from the Monitoring Officer before posting. If you do post, pin a message under it that sets out what is acceptable, and be ready to hide or remove abuse.',
        unsure: 'Pause and seek advice from the Monitoring Officer before posting. If you do post, pin a message under it that sets out what is acceptable.',
      },
    },
    source: {
      'public-meeting': 'Golden rule',
      chairing: 'Golden rule',
      strangers: 'Dos and don’ts',
      mislead: 'If in doubt: pause and seek advice',
      sensitive: 'If in doubt: pause and seek advice',
      abuse: 'If in doubt: pause and seek advice',
    },
    outcome: {
      heading: 'Result',
      go: 'It passes the golden rule test. Read it once more, then post it.',
      'seek-advice': 'Pause. Seek advice from the Monitoring Officer before you post.',
      'do-not-publish': 'Don’t publish it as it stands. Rewrite it as you would say it in a public meeting.',
      pauses: (n: number) => `${n} ${plural(n, 'answer gives', 'answers give')} pause:`,
      findingsToo: (n: number) => `The checks also found ${n} ${plural(n, 'thing', 'things')} to look at in this draft.`,
    },
    copyBoundary: 'Copy the message to pin',
  },

  contact: {
    monitoringOfficer: 'Monitoring Officer',
    communications: 'Communications',
    police: 'Police',
    email: (address: string) => `Email ${address}`,
    phone: (number: string) => `Phone ${number}`,
    policeLine: (emergency: string, nonEmergency: string) =>
      `Threats or abuse: call ${emergency} in an emergency, ${nonEmergency} otherwise.`,
    policeWeb: 'Report online to the police',
  },

  guidance: {
    heading: 'Guidance',
    council: (council: string) => `${council}: social media guidance for councillors`,
    codeOfConduct: 'Members’ Code of Conduct',
    lgaSocialMedia: 'LGA: social media guidance for councillors',
    lgaDigitalCitizenship: 'LGA: digital citizenship — rules of engagement for your profile',
    sectionsHeading: 'Your council’s guidance, check by check',
    sectionsSummary: (n: number) => `The section behind each of the ${n} checks`,
    whoToAsk: 'Who to ask',
    boundaryHeading: 'A message to pin under your post',
    boundaryIntro: 'Set out what you expect from people who comment. Copy it and pin it under your post.',
    copy: 'Copy message',
    copied: 'Copied. Paste it as a comment under your post and pin it.',
    copyFailed: 'Could not copy. Select the message and copy it yourself.',
  },

  settings: {
    strictnessHeading: 'How strict',
    strictnessLegend: 'How strict the checking is',
    chosen: 'Your choice',
    councilDefault: 'Your council’s default',
    locked: (by: string) => `Set by ${by}. You cannot change it.`,
    lockedShort: (by: string) => `Locked by ${by}`,
    /** One line per level, made from the rules' own severities. */
    levelLine(
      level: Strictness,
      change: { running: number; total: number; off: string[]; on: string[]; stricter: string[]; softer: string[] },
      isDefault: boolean,
    ): string {
      const parts: string[] = [];
      if (level === 'standard') {
        parts.push(`The usual level: ${change.running} of ${change.total} checks run.`);
      } else {
        if (change.off.length) parts.push(`Turns off ${listOf(change.off).toLowerCase()}.`);
        if (change.on.length) parts.push(`Adds ${listOf(change.on).toLowerCase()}.`);
        if (change.stricter.length) parts.push(`Stricter on ${listOf(change.stricter).toLowerCase()}.`);
        if (change.softer.length) parts.push(`Gentler on ${listOf(change.softer).toLowerCase()}.`);
        if (!parts.length) parts.push('The same checks as standard.');
      }
      if (isDefault) parts.push('Your council’s default.');
      return parts.join(' ');
    },
    periodActive: (name: string, pollingDay: string, days: number) =>
      days === 0
        ? `${name}: pre-election checking is on. Polling day is today; it switches off at the end of the day.`
        : `${name}: pre-election checking is on until the end of polling day, ${pollingDay} — ${days} ${plural(days, 'day', 'days')} to go.`,
    periodUpcoming: (name: string, noticeDate: string, days: number) =>
      `${name}: pre-election checking switches on by itself on ${noticeDate}, in ${days} ${plural(days, 'day', 'days')}.`,
    periodDefaultName: 'Pre-election period',
    periodByYou: 'added by you',
    periodByCouncil: 'from your council',
    periodOverrides: (level: string) => `Your own choice (${level}) applies again the day after polling day.`,
    noPeriods: 'No pre-election period is coming up.',
    addPeriodsInOptions: 'Add election dates',

    siteHeading: (site: string) => `On ${site}`,
    noSite: 'Open Facebook, X, Instagram, LinkedIn or Nextdoor to turn checking on or off for that site.',
    siteSwitch: (site: string) => `Check posts on ${site}`,
    snooze: 'Snooze for an hour',
    snoozed: (until: string) => `Snoozed until ${until}.`,
    resume: 'Resume now',
    siteLockedOn: (by: string) => `Checking on every site is set by ${by}. You cannot turn it off or snooze it.`,
    siteOffByCouncil: (council: string) => `${council} has turned checking off on this site.`,

    offHeading: 'Checks you turned off',
    offNone: 'You have not turned any checks off.',
    offEverywhere: 'Everywhere',
    offOnSite: (site: string) => `On ${site}`,
    turnBackOn: 'Turn back on',
    turnBackOnLabel: (rule: string, where: string) => `Turn ${rule.toLowerCase()} back on (${where.toLowerCase()})`,
    stillCheckedLocked: (by: string) => `Still checked: locked on by ${by}.`,
    moreSettings: 'All settings',
  },

  options: {
    intro: 'Your settings are kept in this browser only and apply in every open tab straight away.',
    nav: 'Sections',
    strictness: 'How strict',
    periods: {
      heading: 'Election dates',
      intro:
        'From the day the notice of election is published to polling day, both included, checking switches to pre-election by itself, and back again the day after polling day. Add dates your council has not set, such as a by-election in your ward.',
      name: 'Name (optional)',
      namePlaceholder: 'Ward by-election',
      noticeDate: 'Notice of election',
      pollingDay: 'Polling day',
      add: 'Add dates',
      remove: 'Remove',
      removeLabel: (name: string) => `Remove ${name}`,
      invalidOrder: 'Polling day must be on or after the notice of election.',
      missing: 'Enter both dates.',
      past: 'That polling day has already passed.',
      added: 'Dates added.',
      removed: 'Dates removed.',
      range: (notice: string, polling: string) => `${notice} to ${polling}`,
    },
    allow: {
      heading: 'Words and names never to flag',
      intro: 'Names of people and places, or words your ward uses, that the checks should leave alone. Your council’s own list also applies.',
      label: 'Word or name',
      add: 'Add',
      remove: 'Remove',
      removeLabel: (word: string) => `Remove ${word}`,
      empty: 'Your list is empty.',
      duplicate: 'That is already on your list.',
      tooLong: 'Keep it under 100 characters.',
      added: (word: string) => `Added ${word}.`,
      removed: (word: string) => `Removed ${word}.`,
      council: (words: string) => `Also never flagged, set by your council: ${words}.`,
    },
    rules: {
      heading: 'Checks',
      intro: 'Turn a check off everywhere. To turn one off on one site only, use “Turn this check off on this site” on the card in the page.',
      column: { check: 'Check', levels: 'Relaxed · Standard · Pre-election', on: 'On' },
      switchLabel: (rule: string) => `Check for ${rule.toLowerCase()}`,
      severityAt: (level: string, severity: string) => `${level}: ${severity}`,
      off: 'off',
      lockedOn: (by: string) => `Locked on by ${by}`,
    },
    sites: {
      heading: 'Sites',
      intro: 'Turn checking on or off for each site, and see the checks you turned off there.',
      snoozedUntil: (until: string) => `Snoozed until ${until}`,
      noRulesOff: 'No checks turned off on this site.',
    },
    backup: {
      heading: 'Back up, move and reset',
      intro: 'Save your settings to a file to keep them or to use them in another browser. A snooze is not saved.',
      export: 'Save settings to a file',
      exported: 'Settings saved to a file.',
      import: 'Load settings from a file',
      importHint: 'A file saved by Golden Rule (.json). Loading replaces your current settings.',
      imported: 'Settings loaded from the file.',
      refused: (file: string) => `“${file}” was not loaded, and nothing was changed:`,
      reset: 'Reset all settings',
      resetConfirm:
        'Reset? This removes your words and names, election dates, the checks you turned off and your choices for each site.',
      resetYes: 'Yes, reset',
      resetNo: 'Cancel',
      resetDone: 'Your settings are back to the council’s defaults.',
    },
  },

  /** Reasons an imported settings file is refused. */
  importErrors: {
    tooBig: 'The file is larger than 1 MB; a settings file is much smaller.',
    notJson: (detail: string) => `It is not a JSON file (${detail}).`,
    notSettings: 'It is not a Golden Rule settings file.',
    version: (found: string) => `It was saved by a newer version of Golden Rule (format ${found}).`,
    at: (path: string, reason: string) => `${path}: ${reason}`,
    unknownRule: 'not a check Golden Rule knows',
    unknownSite: 'not a site Golden Rule knows',
    unknownKey: (keys: string) => `unexpected ${keys}`,
    notDate: 'must be a date written YYYY-MM-DD',
    dateOrder: 'polling day must be on or after the notice of election',
    emptyWord: 'must not be empty',
    notStrictness: 'must be relaxed, standard or pre-election',
    /** zod's `invalid_type`, by the type expected. */
    type: (expected: string) =>
      (
        ({
          array: 'must be a list [ … ]',
          object: 'must be a group of settings { … }',
          boolean: 'must be true or false',
          string: 'must be text in quotation marks',
          number: 'must be a number',
        }) as Record<string, string>
      )[expected] ?? `must be of type ${expected}`,
  },

  dates: {
    time: (date: Date, locale: string) => date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
    day: (iso: string, locale: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      return new Date(y!, m! - 1, d!).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    },
  },
};

export type Strings = typeof en;

/** Add `cy: Strings` here for Welsh. */
export const LOCALES: Readonly<Record<string, Strings>> = { en };

/** The strings for a browser language such as `cy-GB` or `en-US`; English when there is no translation. */
export function stringsFor(language: string | undefined): Strings {
  const base = (language ?? 'en').toLowerCase().split('-')[0]!;
  return LOCALES[base] ?? en;
}

/** The strings in use: the browser's language where there is a translation, else English. */
export const t: Strings = stringsFor(typeof navigator === 'undefined' ? undefined : navigator.language);
