import { browser } from 'wxt/browser';
import type { SiteAdapter } from '../sites/types';
import { OPEN_TEST_REQUEST } from './background-requests';
import type { EditorSession } from './session';
import type { SettingsState } from './settings-state';
import { ruleName } from './ui/severity';
import type { CardState, UiDraft } from './ui/types';
import type { CardActions, Ui } from './ui/Ui';

const FIX_REFUSED = 'This box would not take the change. Please edit the text yourself.';

/** What the card's and the list's buttons do. `ui` is read late: the Ui is built with these actions. */
export function cardActions(adapter: SiteAdapter, settings: SettingsState, ui: () => Ui): CardActions {
  /** Focus goes back to the editor only if it was in Golden Rule's controls (keyboard use). */
  const focusIsInUi = () => document.activeElement === ui().element;

  return {
    siteLabel: adapter.label,
    strictness: () => settings.now.strictness,
    canTurnOff: (rule) => settings.canTurnOff(rule),
    lockedBy: () => settings.lockedBy,

    applySuggestion(card, suggestion) {
      const session = sessionOf(card.draft);
      ui().closeCard(false);
      void session.apply(card.finding, suggestion).then((ok) => {
        if (ok) return ui().announce('Golden Rule changed the text.');
        const same = session.findings.find(
          (f) => f.ruleId === card.finding.ruleId && f.start === card.finding.start && f.end === card.finding.end,
        );
        if (!same) return ui().announce(FIX_REFUSED);
        ui().openCard(session, same, { pinned: true, takeFocus: false });
        const reopened = ui().openCardState;
        if (reopened) ui().setCardStatus(reopened, FIX_REFUSED);
      });
    },

    ignore(card: CardState) {
      const returnFocus = focusIsInUi();
      sessionOf(card.draft).ignoreOnce(card.finding);
      ui().closeCard(returnFocus);
    },

    turnOff(card: CardState) {
      const returnFocus = focusIsInUi();
      settings.turnOffOnSite(card.finding.ruleId).then(
        (done) => {
          if (!done) return;
          ui().closeCard(returnFocus);
          ui().announce(`${ruleName(card.finding.ruleId)} is off on ${adapter.label}. Turn it back on in Golden Rule's popup.`);
        },
        () => ui().setCardStatus(card, 'The setting could not be saved.'),
      );
    },

    openTest: () => void browser.runtime.sendMessage({ type: OPEN_TEST_REQUEST }).catch(() => undefined),
  };
}

/** Every draft the Ui shows is an editor session. */
export function sessionOf(draft: UiDraft): EditorSession {
  return draft as EditorSession;
}
