import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { PageFixture } from '../fixtures/catalog';

const require = createRequire(import.meta.url);
const FIXTURE_CSS = readFileSync(fileURLToPath(new URL('../fixtures/fixture.css', import.meta.url)), 'utf8');

const ACCENTS: Record<string, string> = {
  facebook: '#1877f2', x: '#0f1419', twitter: '#1d9bf0', instagram: '#d62976', linkedin: '#0a66c2', nextdoor: '#1b8751',
};

export interface ServedRequest {
  host: string;
  path: string;
  /** Something the fixture pages themselves ask for. */
  expected: boolean;
}

export interface FixtureServer {
  port: number;
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** The fixture pages over HTTPS, each at its site's real hostname (Chromium maps them to this port). */
export async function startFixtureServer(
  pages: readonly PageFixture[],
  bundles: ReadonlyMap<string, string>,
  tls: { key: string; cert: string },
): Promise<FixtureServer> {
  const byHost = new Map<string, PageFixture[]>();
  for (const page of pages) byHost.set(page.host, [...(byHost.get(page.host) ?? []), page]);
  // Pages sharing a host are told apart by path (the longest that fits); a page's own files by the page asking.
  const pageFor = (host: string, path: string) => {
    const candidates = byHost.get(host) ?? [];
    return candidates.filter((p) => path.startsWith(p.path)).sort((a, b) => b.path.length - a.path.length)[0] ?? candidates[0];
  };
  const requests: ServedRequest[] = [];
  const server: Server = createServer(tls, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(request.url ?? '/', 'https://fixture').pathname;
    const referrer = path.startsWith('/__fixture/') && request.headers.referer ? new URL(request.headers.referer).pathname : path;
    const page = pageFor(host, referrer);
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        // Styles and scripts as strict as the sites' (the extension's UI must work under it); any
        // connection allowed, so that only the request check stands between a request and the wire.
        'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src *",
      });
      response.end(body);
    };
    const record = (expected: boolean) => requests.push({ host, path, expected });
    if (!page) {
      record(false);
      return send(421, 'text/plain', 'unknown host');
    }
    if (path === '/favicon.ico') {
      record(true);
      return send(204, 'image/x-icon', '');
    }
    if (path === '/__fixture/page.js') {
      record(true);
      return send(200, 'text/javascript', bundles.get(page.script) ?? '');
    }
    if (path === '/__fixture/fixture.css') {
      record(true);
      return send(200, 'text/css', FIXTURE_CSS);
    }
    const style = /^\/__fixture\/style\/(\d+)\.css$/.exec(path);
    if (style) {
      const file = page.styles[Number(style[1])];
      record(file !== undefined);
      return file ? send(200, 'text/css', readFileSync(require.resolve(file), 'utf8')) : send(404, 'text/plain', '');
    }
    if (path.startsWith('/__fixture/')) {
      record(false);
      return send(404, 'text/plain', '');
    }
    record(true);
    send(200, 'text/html; charset=utf-8', pageHtml(page));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function pageHtml(page: PageFixture): string {
  const accent = ACCENTS[page.id.split('-')[0]!] ?? '#333';
  const styles = page.styles.map((_, index) => `<link rel="stylesheet" href="/__fixture/style/${index}.css">`).join('');
  return `<!doctype html>
<html lang="en" style="--accent: ${accent}">
<head><meta charset="utf-8"><title>${page.title} (Golden Rule fixture)</title>
<link rel="stylesheet" href="/__fixture/fixture.css">${styles}</head>
<body><header>${page.title} <small>fixture</small></header><div id="app"></div>
<script src="/__fixture/page.js"></script></body>
</html>`;
}
