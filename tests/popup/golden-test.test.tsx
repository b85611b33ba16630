// @vitest-environment happy-dom
import { byText, click, councilWith, fakeServices, mount, unmount } from './helpers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../entrypoints/popup/App';
import { outcomeOf, pauseOf, QUESTIONS, type Answers } from '../../src/popup/golden-test';

beforeEach(() => {
  location.hash = '#golden-rule-test';
});
afterEach(() => unmount());

async function answer(root: HTMLElement, label: 'Yes' | 'No' | 'Not sure'): Promise<void> {
  await click(byText(root, 'label', label));
}
async function next(root: HTMLElement): Promise<void> {
  await click(byText(root, 'button', /^(Next question|See the result)$/));
}

describe('the golden-rule test', () => {
  it('asks the six questions in order; a pausing answer shows the matching advice with the Monitoring Officer’s contact', async () => {
    const root = await mount(<PopupApp services={fakeServices()} />);
    expect(root.textContent).toContain('If you wouldn’t say it in a public meeting');
    const asked: string[] = [];
    for (let i = 0; i < QUESTIONS.length; i++) {
      asked.push(root.querySelector('.question-text')!.textContent!);
      expect(root.querySelector('.progress')!.textContent).toContain(`Question ${i + 1} of 6`);
      // Next waits for an answer.
      expect(byText<HTMLButtonElement>(root, 'button', /^(Next question|See the result)$/).disabled).toBe(true);
      await answer(root, i === 4 ? 'Not sure' : i < 3 ? 'Yes' : 'No');
      if (i === 4) {
        const advice = root.querySelector('[data-testid="advice-sensitive"]')!;
        expect(advice.textContent).toContain('Pause and seek advice from the Monitoring Officer before posting.');
        expect(advice.textContent).toContain('Jo Stanton, Monitoring Officer');
        expect(advice.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).toBe('mailto:monitoring.officer@eastbridge.gov.uk');
        expect(advice.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).toBe('tel:01632960001');
      } else {
        expect(root.querySelector('.advice')).toBeNull();
      }
      await next(root);
    }
    expect(asked).toEqual([
      'Would you say it in a public meeting?',
      'Would you allow it to be said, unchecked, in a room you were chairing?',
      'Would you say it face to face to a group of strangers in the street?',
      'Could it mislead, through the way it is framed or what it leaves out?',
      'Does it touch on a live or sensitive issue?',
      'Could it draw abuse or a pile-on in the comments?',
    ]);
    const outcome = root.querySelector('[data-testid="test-outcome"]')!;
    expect(outcome.getAttribute('data-verdict')).toBe('seek-advice');
    expect(outcome.textContent).toContain('1 answer gives pause:');
    expect(outcome.textContent).toContain('Does it touch on a live or sensitive issue? Not sure');
    // Focus moves to the result for screen-reader and keyboard users.
    expect(document.activeElement?.id).toBe('outcome-heading');
  });

  it('“No” to a golden-rule question says don’t publish it; the abuse question offers the boundary message', async () => {
    const services = fakeServices();
    const root = await mount(<PopupApp services={services} />);
    await answer(root, 'No');
    expect(root.querySelector('[data-testid="advice-public-meeting"]')!.textContent).toMatch(/^Then don’t publish it\./);
    for (let i = 0; i < 5; i++) {
      await next(root);
      await answer(root, 'Yes');
    }
    const abuse = root.querySelector('[data-testid="advice-abuse"]')!;
    expect(abuse.textContent).toContain('Debate is welcome here; abuse or threats are not.');
    await click(byText(abuse, 'button', 'Copy the message to pin'));
    expect(services.copy).toHaveBeenCalledWith('Debate is welcome here; abuse or threats are not. Abusive comments will be removed.');
    await next(root);
    expect(root.querySelector('[data-testid="test-outcome"]')!.getAttribute('data-verdict')).toBe('do-not-publish');
    await click(byText(root, 'button', 'Start again'));
    expect(root.querySelector('[data-testid="question-public-meeting"] input:checked')).toBeNull();
  });

  it('all clear: it passes; the outcome is shown but never stored', async () => {
    const root = await mount(<PopupApp services={fakeServices()} />);
    for (const label of ['Yes', 'Yes', 'Yes', 'No', 'No', 'No'] as const) {
      await answer(root, label);
      await next(root);
    }
    expect(root.querySelector('[data-testid="test-outcome"]')!.getAttribute('data-verdict')).toBe('go');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(root.textContent).toContain('They are not saved or sent anywhere.');
  });

  it('uses the configured Monitoring Officer', async () => {
    const council = councilWith((c) => ({ ...c, contacts: { ...c.contacts, monitoringOfficer: { name: 'Sam Patel', phone: '020 7946 0000' } } }));
    const root = await mount(<PopupApp services={fakeServices({ council })} />);
    await answer(root, 'Not sure');
    const advice = root.querySelector('[data-testid="advice-public-meeting"]')!;
    expect(advice.textContent).toContain('Monitoring Officer: Sam Patel');
    expect(advice.querySelector('a[href^="mailto:"]')).toBeNull();
  });
});

describe('the outcome, as data', () => {
  it('“not sure” always gives pause; “no” fails the golden rule; “yes” to a risk gives pause', () => {
    expect(pauseOf('public-meeting', 'no')).toBe('stop');
    expect(pauseOf('public-meeting', 'yes')).toBeNull();
    expect(pauseOf('abuse', 'yes')).toBe('stop');
    expect(pauseOf('abuse', 'no')).toBeNull();
    for (const q of QUESTIONS) expect(pauseOf(q.id, 'unsure')).toBe('unsure');
    const all = (a: Answers['abuse']): Answers => Object.fromEntries(QUESTIONS.map((q) => [q.id, a]));
    expect(outcomeOf({}).verdict).toBe('incomplete');
    expect(outcomeOf({ chairing: 'no' }).verdict).toBe('do-not-publish');
    expect(outcomeOf(all('unsure'))).toMatchObject({ verdict: 'seek-advice', answered: 6, pauses: QUESTIONS.map((q) => q.id) });
    expect(outcomeOf({ ...all('no'), 'public-meeting': 'yes', chairing: 'yes', strangers: 'yes' }).verdict).toBe('go');
  });
});
