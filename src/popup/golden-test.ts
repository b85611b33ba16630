/**
 * The golden-rule test (the council guidance's golden rule, its "if in doubt" questions and the
 * dos and don'ts' face-to-face test) as data. The answers live in the popup's memory only: they
 * are never stored or sent.
 */
export const QUESTION_IDS = ['public-meeting', 'chairing', 'strangers', 'mislead', 'sensitive', 'abuse'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export type Answer = 'yes' | 'no' | 'unsure';
export type Answers = Partial<Record<QuestionId, Answer>>;

/**
 * `would`: "would you say it…?" — a "no" means don't publish it.
 * `risk`: "could it…?" — a "yes" means pause and seek advice.
 * "Not sure" gives pause on every question (the guidance: if you are unsure, pause and seek advice).
 */
export const QUESTIONS: ReadonlyArray<{ id: QuestionId; kind: 'would' | 'risk' }> = [
  { id: 'public-meeting', kind: 'would' },
  { id: 'chairing', kind: 'would' },
  { id: 'strangers', kind: 'would' },
  { id: 'mislead', kind: 'risk' },
  { id: 'sensitive', kind: 'risk' },
  { id: 'abuse', kind: 'risk' },
];

/** `stop`: the answer that fails the question outright; `unsure`: "not sure"; null: no pause. */
export function pauseOf(id: QuestionId, answer: Answer | undefined): 'stop' | 'unsure' | null {
  if (answer === undefined) return null;
  if (answer === 'unsure') return 'unsure';
  const kind = QUESTIONS.find((q) => q.id === id)!.kind;
  if (kind === 'would') return answer === 'no' ? 'stop' : null;
  return answer === 'yes' ? 'stop' : null;
}

export type Verdict = 'incomplete' | 'go' | 'seek-advice' | 'do-not-publish';

export interface Outcome {
  answered: number;
  total: number;
  /** Questions whose answer gives pause, in order. */
  pauses: QuestionId[];
  verdict: Verdict;
}

export function outcomeOf(answers: Answers): Outcome {
  const answered = QUESTIONS.filter((q) => answers[q.id] !== undefined).length;
  const pauses = QUESTIONS.filter((q) => pauseOf(q.id, answers[q.id]) !== null).map((q) => q.id);
  const fails = QUESTIONS.some((q) => q.kind === 'would' && pauseOf(q.id, answers[q.id]) === 'stop');
  let verdict: Verdict;
  if (fails) verdict = 'do-not-publish';
  else if (answered < QUESTIONS.length) verdict = 'incomplete';
  else verdict = pauses.length ? 'seek-advice' : 'go';
  return { answered, total: QUESTIONS.length, pauses, verdict };
}
