import { useLayoutEffect, useRef } from 'preact/hooks';
import { outcomeOf, pauseOf, QUESTIONS, type Answer, type Answers, type QuestionId } from '../../popup/golden-test';
import { useApp } from '../../popup/state';
import { t } from '../strings';
import { ContactCard, CopyButton } from './Guidance';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const MAX_EXCERPT = 160;

/** The advice for an answer that gives pause, with the Monitoring Officer's contact. */
function Advice({ id, answer }: { id: QuestionId; answer: Answer | undefined }) {
  const { council } = useApp();
  const pause = pauseOf(id, answer);
  if (!pause) return null;
  const config = council.config;
  return (
    <div class={`advice ${pause}`} data-testid={`advice-${id}`}>
      <p class="advice-text">{t.test.advice[id][pause]}</p>
      <p class="advice-source muted small">{t.test.source[id]}</p>
      <ContactCard contact={config.contacts.monitoringOfficer} role={t.contact.monitoringOfficer} compact />
      {id === 'abuse' ? (
        <>
          <blockquote class="boundary-text">{config.boundaryMessage}</blockquote>
          <CopyButton text={config.boundaryMessage} label={t.test.copyBoundary} class="button small" />
        </>
      ) : null}
    </div>
  );
}

export interface TestDraft {
  site: string;
  text: string;
  findings: number;
}

/**
 * The golden-rule test, one question at a time. The answers live in the caller's state (this
 * window's memory): nothing is stored or sent.
 */
export function GoldenRuleTest({
  answers,
  step,
  onAnswer,
  onStep,
  onRestart,
  draft,
}: {
  answers: Answers;
  step: number;
  onAnswer: (id: QuestionId, answer: Answer) => void;
  onStep: (step: number) => void;
  onRestart: () => void;
  draft: TestDraft | null;
}) {
  const { council } = useApp();
  const focusTarget = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useLayoutEffect(() => {
    // Move focus to the new question or the result (before the next paint, so it never rests on
    // a button that changed under it), but not on first showing the test.
    if (first.current) {
      first.current = false;
      return;
    }
    focusTarget.current?.focus();
  }, [step]);

  const total = QUESTIONS.length;
  const outcome = outcomeOf(answers);
  const excerpt = draft && draft.text.trim() ? draft.text.replace(/\s+/g, ' ').trim() : '';

  const intro = (
    <>
      <figure class="golden-rule">
        <blockquote>{t.test.intro}</blockquote>
        <figcaption class="muted small">{t.test.introSource}</figcaption>
      </figure>
      {excerpt ? (
        <div class="test-draft">
          <p class="small muted">{t.test.draft(draft!.site)}</p>
          <p class="test-draft-text">{t.quote(excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT - 1)}…` : excerpt)}</p>
        </div>
      ) : null}
    </>
  );

  if (step >= total) {
    const verdict = outcome.verdict === 'incomplete' ? 'seek-advice' : outcome.verdict;
    return (
      <div class="test">
        <h2 class="sr-only">{t.test.heading}</h2>
        <section class={`outcome ${verdict}`} aria-labelledby="outcome-heading" data-testid="test-outcome" data-verdict={verdict}>
          <h3 id="outcome-heading" tabIndex={-1} ref={focusTarget}>
            {t.test.outcome.heading}
          </h3>
          <p class="outcome-text">{t.test.outcome[verdict]}</p>
          {outcome.pauses.length ? (
            <>
              <p class="small">{t.test.outcome.pauses(outcome.pauses.length)}</p>
              <ul class="pause-list">
                {outcome.pauses.map((id) => (
                  <li key={id}>
                    <span class="pause-question">{t.test.questions[id]}</span>{' '}
                    <span class="pause-answer">{t.test.answers[answers[id]!]}</span>
                    <span class="muted small"> — {t.test.advice[id][pauseOf(id, answers[id])!]}</span>
                  </li>
                ))}
              </ul>
              <ContactCard contact={council.config.contacts.monitoringOfficer} role={t.contact.monitoringOfficer} />
            </>
          ) : null}
          {draft && draft.findings > 0 ? <p class="small">{t.test.outcome.findingsToo(draft.findings)}</p> : null}
        </section>
        <div class="test-nav">
          <button type="button" class="button" key="back" onClick={() => onStep(total - 1)}>
            {t.test.back}
          </button>
          <button type="button" class="button primary" key="restart" onClick={onRestart}>
            {t.test.startAgain}
          </button>
        </div>
        <p class="muted small">{t.test.privacy}</p>
      </div>
    );
  }

  const question = QUESTIONS[step]!;
  const answer = answers[question.id];
  const last = step === total - 1;
  return (
    <div class="test">
      <h2 class="sr-only">{t.test.heading}</h2>
      {step === 0 ? intro : null}
      <div class="progress">
        <span>{t.test.progress(step + 1, total)}</span>
        <span class="progress-bar" aria-hidden="true">
          <span style={{ width: `${((step + (answer ? 1 : 0)) / total) * 100}%` }} />
        </span>
      </div>
      <fieldset class="question" data-testid={`question-${question.id}`}>
        <legend>
          <h3 tabIndex={-1} ref={focusTarget} class="question-text">
            {t.test.questions[question.id]}
          </h3>
        </legend>
        <div class="answers">
          {ANSWERS.map((value) => {
            const id = `answer-${question.id}-${value}`;
            return (
              <div class="answer" key={value}>
                <input
                  type="radio"
                  name={`question-${question.id}`}
                  id={id}
                  value={value}
                  checked={answer === value}
                  onChange={() => onAnswer(question.id, value)}
                />
                <label for={id}>{t.test.answers[value]}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div aria-live="polite">
        <Advice id={question.id} answer={answer} />
      </div>
      <div class="test-nav">
        {step > 0 ? (
          <button type="button" class="button" key="back" onClick={() => onStep(step - 1)}>
            {t.test.back}
          </button>
        ) : (
          <span key="back" />
        )}
        <button type="button" class="button primary" key="next" disabled={!answer} onClick={() => onStep(step + 1)}>
          {last ? t.test.seeResult : t.test.next}
        </button>
      </div>
      <p class="muted small">{t.test.privacy}</p>
    </div>
  );
}
