import { browser } from 'wxt/browser';
import { GOLDEN_RULE_TEST_PATH, isOpenTestRequest } from '../src/content/background-requests';
import { startRecordKeeping } from '../src/records/background';
import { startManagedPolicy } from '../src/settings/managed';

export default defineBackground(() => {
  // The administrator's policy (storage.managed), validated and shared with every page (issue 5).
  startManagedPolicy();
  // Screenshots and records of comments, and the post history (issue 6).
  startRecordKeeping();
  // The badge's list links to the golden-rule test, which lives in the popup's page.
  browser.runtime.onMessage.addListener((message) => {
    if (!isOpenTestRequest(message)) return undefined;
    const getURL = browser.runtime.getURL as (path: string) => string;
    void browser.tabs.create({ url: getURL(GOLDEN_RULE_TEST_PATH) });
    return undefined;
  });
});
