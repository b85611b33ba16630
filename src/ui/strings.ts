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

  /** Comments under the councillor's posts: the marks, the card, the nudge (in the page) and the popup's section. */
  comments: {
    heading: 'Comments under this post',
    intro: 'Check the comments on this page for abuse, threats and personal details. Golden Rule marks what it finds; it never hides, deletes or reports anything itself.',
    check: 'Check comments',
    checkAgain: 'Check comments again',
    checking: 'Checking the comments…',
    /** The in-page list's link (next to the golden-rule test). */
    checkOnPage: 'Check comments on this page',
    summary: (checked: number, flagged: number) =>
      checked === 0
        ? 'No comments found on this page. Open the post’s comments, then check again.'
        : flagged === 0
          ? `${checked} ${plural(checked, 'comment', 'comments')} checked: none needs your attention.`
          : `${checked} ${plural(checked, 'comment', 'comments')} checked: ${flagged} ${plural(flagged, 'needs', 'need')} your attention.`,
    noPage: 'Open a post’s comments on Facebook, X, Instagram, LinkedIn or Nextdoor to check them.',
    notRunning: 'Golden Rule is not running in this tab yet. Reload the page, then check again.',
    show: 'Show',
    showLabel: (author: string) => `Show the comment by ${author} on the page`,
    next: 'Next',
    clearMarks: 'Clear marks',
    closeSummary: 'Close',
    unknownAuthor: 'someone',
    /** The mark's accessible name. */
    markLabel: (author: string, rules: string) => `Comment by ${author}: ${rules}. Show why and what you can do.`,
    cardTitle: (author: string) => `Comment by ${author}`,
    why: 'Why it’s marked',
    whatToDo: 'What you can do, in the order the guidance gives',
    neverItself: 'Golden Rule never hides, deletes or reports anything itself.',
    readGuidance: 'Read the guidance',
    /** Steps, in the order of the council's guidance (CG §10.2). */
    steps: {
      record: 'Save a record first',
      recordWhy: 'Keep a copy before you hide or delete it (guidance §16; the LGA says to take a screen grab first).',
      hide: 'Hide or delete it',
      boundary: 'Post the boundary-setting message',
      boundaryIntro: 'Reply under your post (not to the comment) with your council’s message:',
      report: (site: string) => `Report it to ${site}`,
      escalate: 'Tell the Monitoring Officer and the police',
      escalateHate: 'Consider telling the Monitoring Officer and the police',
      escalateSafeguarding: 'Tell the Monitoring Officer',
      escalateIntro: 'Threats should be escalated through the council and the police (guidance §10.2). Save a record first.',
      emergency: (number: string) => `If anyone is in immediate danger, call ${number}.`,
      nonEmergency: (number: string) => `Police non-emergency: ${number}`,
      policeOnline: 'Report it to the police online',
      emailMonitoringOfficer: (name: string) => `Email ${name}`,
      callMonitoringOfficer: (phone: string) => `Call ${phone}`,
    },
    copyBoundary: 'Copy the message',
    copied: 'Copied. Paste it as a reply under your post.',
    copyFailed: 'Could not copy. Select the message and copy it yourself.',
    /** Per site: how to hide or delete someone else's comment, and how to report it. */
    hideHow: {
      facebook:
        'Click ⋯ beside the comment and choose Hide comment (the writer and their friends still see it; nobody else does) or Delete. The same menu can block the person.',
      x: 'X does not let you delete someone else’s reply. Click ⋯ on the reply and choose Hide reply: it moves behind “View hidden replies”. The same menu mutes or blocks the account.',
      instagram:
        'Hover over the comment, click ⋯ and choose Delete. To hide this person’s future comments from everyone but them, restrict their account (⋯ on their profile).',
      linkedin: 'Click ⋯ on the comment and choose Delete: you can remove comments on your own posts. You can block the person from their profile.',
      nextdoor:
        'Click ⋯ on the comment: depending on your role you can remove or report it. To stop further replies, close the discussion from ⋯ on your post.',
    } satisfies Record<SiteId, string>,
    reportHow: {
      facebook: 'Click ⋯ beside the comment and choose Report comment.',
      x: 'Click ⋯ on the reply and choose Report post.',
      instagram: 'Hover over the comment, click ⋯ and choose Report.',
      linkedin: 'Click ⋯ on the comment and choose Report.',
      nextdoor: 'Click ⋯ on the comment and choose Report.',
    } satisfies Record<SiteId, string>,
    /** The e-mail to the Monitoring Officer, opened in the councillor's own mail program. */
    email: {
      subject: (site: string) => `Threatening comment on ${site}`,
      body: (details: { author: string; site: string; text: string; link: string; page: string; seen: string }) =>
        [
          `A comment under my post on ${details.site} may be a threat. Details below; I have saved a record with a screenshot.`,
          '',
          `Author (as shown): ${details.author}`,
          `Comment: “${details.text}”`,
          `Link: ${details.link}`,
          `Page: ${details.page}`,
          `Seen: ${details.seen}`,
        ].join('\n'),
    },
    /** "Don't feed the trolls". */
    nudge: {
      title: 'Replying to a marked comment?',
      body: (rules: string) =>
        `This comment was marked for ${rules}. The guidance says not to feed the trolls: a reply often rewards abuse. Hiding or deleting it, or posting your boundary message under the post, usually works better.`,
      actions: 'What I can do',
      dismiss: 'Dismiss',
    },
  },

  /** Saving records of comments and posts, and the records page. */
  records: {
    save: 'Save record',
    savePost: 'Save a record of this post',
    saving: 'Saving…',
    saved: 'Saved with a screenshot.',
    savedNoShot:
      'Saved, without a screenshot: your browser lets Golden Rule take one only after you click its button in the toolbar on this tab. Click it, then save again.',
    savedShotFailed: 'Saved, but the screenshot could not be taken. Take one yourself and keep it with the record.',
    full: 'Not saved: there is no room left for records on this device. Download this record instead, then delete old records you have exported.',
    failed: (reason: string) => `Not saved: ${reason}`,
    download: 'Download this record',
    open: 'Open records',
    lowSpace: (free: string) => `Storage for records is nearly full (${free} left). Export and delete old records soon.`,
    noPost: 'No post found on this page to record.',
    /** The records page. */
    pageTitle: 'Golden Rule records',
    intro:
      'Records of comments and posts you saved. They are kept only in this browser and never sent anywhere by Golden Rule. Export them as a report for the Monitoring Officer or the police.',
    empty: 'No records yet. Use “Save record” on a marked comment, or “Save a record of this post” in Golden Rule’s toolbar popup.',
    count: (n: number) => `${n} ${plural(n, 'record', 'records')}`,
    selected: (n: number) => `${n} selected`,
    selectAll: 'Select all',
    selectNone: 'Select none',
    selectLabel: (what: string) => `Select ${what}`,
    exportHtml: 'Export report (HTML)',
    exportJson: 'Export data (JSON)',
    exportHint: 'The report opens in any browser and prints to PDF. Exports include the screenshots.',
    exported: (n: number, kind: string) => `Exported ${n} ${plural(n, 'record', 'records')} as ${kind}.`,
    nothingSelected: 'Select the records to export or delete first.',
    delete: 'Delete',
    deleteConfirm: (n: number) => `Delete ${n} ${plural(n, 'record', 'records')}? This cannot be undone. Export them first if you may need them.`,
    deleteYes: 'Yes, delete',
    deleteNo: 'Cancel',
    deleted: (n: number) => `Deleted ${n} ${plural(n, 'record', 'records')}.`,
    kind: { comment: 'Comment', post: 'Post' },
    by: (author: string) => `by ${author}`,
    fields: {
      author: 'Author (as shown)',
      text: 'Text',
      site: 'Site',
      permalink: 'Link',
      page: 'Page',
      posted: 'Posted',
      seen: 'Seen',
      saved: 'Saved',
      checks: 'Checks raised',
      screenshot: 'Screenshot',
      sha256: 'Screenshot SHA-256',
    },
    noLink: 'none on the page',
    noScreenshot: 'No screenshot',
    screenshotAlt: (what: string) => `Screenshot of the page when the record of ${what} was saved`,
    openScreenshot: 'Open the screenshot full size',
    storage: (used: string, free: string) => `Records use ${used}; ${free} free on this device.`,
    storageLow: (free: string) => `Storage is nearly full: ${free} left. Export and delete records you no longer need here, or new records cannot be saved.`,
    storageUnknown: 'This browser does not say how much room is left.',
    loadFailed: 'The records could not be read. Close other Golden Rule pages and reload this one.',
    reportTitle: (council: string) => `Record of online comments — ${council}`,
    reportIntro: (n: number, date: string) =>
      `${n} ${plural(n, 'record', 'records')}, exported ${date}. Each was saved by the councillor’s browser with Golden Rule: the text and author as shown on the page, its link, when it was seen and a screenshot of the browser tab at that moment.`,
    reportTimes: 'Times are the councillor’s device clock.',
  },

  /** The options page's section on the local post history (repeated targeting). */
  history: {
    heading: 'Your posts: repeated criticism of one person',
    intro:
      'With your consent, Golden Rule keeps a private list in this browser of the people your own posts criticised and the checks each post raised — never the text — so it can warn you when you criticise the same person again and again (guidance for members 5.4). It is off until you turn it on.',
    switchLabel: 'Keep a history of my posts on this device',
    how:
      'A post counts when you send it: after Post, Reply, Comment or Enter the box empties or closes. Drafts you delete are not kept. Posts made elsewhere, or edited later, are not seen.',
    offDeletes: 'Turning this off deletes the history.',
    count: (n: number) => (n === 0 ? 'No posts kept yet.' : `${n} ${plural(n, 'post', 'posts')} kept, the last two months used.`),
    export: 'Export history (JSON)',
    clear: 'Clear history',
    clearConfirm: (n: number) => `Delete all ${n} ${plural(n, 'entry', 'entries')}?`,
    clearYes: 'Yes, clear',
    clearNo: 'Cancel',
    cleared: 'History cleared.',
    exported: 'History saved to a file.',
    turnedOn: 'History is on. Your next posts will be kept.',
    turnedOff: 'History is off, and what was kept is deleted.',
    recordsHeading: 'Records of comments and posts',
    recordsIntro: 'Records you saved of abusive or threatening comments, with screenshots, kept only in this browser.',
    openRecords: 'Open records',
  },

  dates: {
    time: (date: Date, locale: string) => date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
    day: (iso: string, locale: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      return new Date(y!, m! - 1, d!).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    },
    /** "2 Nov 2026, 10:04:31": records say when to the second. */
    dateTime: (date: Date, locale: string) => date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
    /** 1536 → "1.5 kB", 73400320 → "70 MB". */
    bytes: (bytes: number) => {
      const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
      let value = Math.max(0, bytes);
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
      }
      return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
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
