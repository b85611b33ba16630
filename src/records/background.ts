import { browser, type Browser } from 'wxt/browser';
import { addHistoryEntry } from '../history/store';
import { isHistoryAddRequest } from '../history/messages';
import { loadUserSettings } from '../settings/store';
import { isOpenRecordsRequest, isSaveRecordRequest, RECORDS_CHANGED, RECORDS_PATH } from './messages';
import { saveRecordFromTab } from './save';

type Sender = Browser.runtime.MessageSender;

/**
 * The background's part in issue 6: it takes the screenshot and keeps records (content scripts
 * cannot), opens the records page, and adds to the post history when the councillor agreed.
 * Only this extension's own content scripts are answered.
 */
export function startRecordKeeping(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isSaveRecordRequest(message)) {
      if (!sender.tab) return undefined;
      void saveRecordFromTab(message.record, sender.tab.windowId).then((result) => {
        sendResponse(result);
        if (result.ok) void browser.runtime.sendMessage({ type: RECORDS_CHANGED }).catch(() => undefined);
      });
      return true;
    }
    if (isOpenRecordsRequest(message)) {
      void browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(RECORDS_PATH) });
      return undefined;
    }
    if (isHistoryAddRequest(message)) {
      void loadUserSettings().then((settings) => (settings.keepHistory ? addHistoryEntry(message.entry) : undefined));
      return undefined;
    }
    return undefined;
  });
}
