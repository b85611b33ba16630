/** Requests from content scripts to the background (the popup contract is `src/messaging.ts`). */
export const OPEN_TEST_REQUEST = 'golden-rule/open-test';

export interface OpenTestRequest {
  type: typeof OPEN_TEST_REQUEST;
}

/** Where the popup offers the golden-rule test, opened in a tab of its own. */
export const GOLDEN_RULE_TEST_PATH = '/popup.html#golden-rule-test';

export function isOpenTestRequest(message: unknown): message is OpenTestRequest {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === OPEN_TEST_REQUEST;
}
