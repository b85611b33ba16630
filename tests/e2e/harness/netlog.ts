import { readFileSync } from 'node:fs';

export interface LoggedRequest {
  url: string;
  /** The origin that asked (a page or an extension), or null when Chromium itself did (navigations, its own services). */
  initiator: string | null;
}

/**
 * Every URL request Chromium started, from its NetLog (`--log-net-log`): page requests,
 * service-worker and extension requests, and ones that failed to resolve, which page-level
 * request events would miss.
 */
export function requestsInNetLog(path: string): LoggedRequest[] {
  let log: { constants: { logEventTypes: Record<string, number> }; events: Array<{ type: number; params?: Record<string, unknown> }> };
  try {
    const raw = readFileSync(path, 'utf8').trim();
    // A browser that did not shut down cleanly leaves the event list unterminated.
    log = JSON.parse(raw.endsWith('}') ? raw : `${raw.replace(/,\s*$/, '')}]}`);
  } catch {
    return [];
  }
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const requests: LoggedRequest[] = [];
  for (const event of log.events) {
    if (event.type !== startJob || typeof event.params?.url !== 'string') continue;
    const initiator = typeof event.params.initiator === 'string' && /^[a-z-]+:\/\//.test(event.params.initiator) ? event.params.initiator : null;
    requests.push({ url: event.params.url, initiator });
  }
  return requests;
}
