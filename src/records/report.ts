import { t } from '../ui/strings';
import type { SavedRecord } from './types';

export interface ReportMeta {
  council: string;
  exportedAt: Date;
}

/** Screenshots as `data:` addresses, by record id: the report and the JSON carry them inside. */
export type Screenshots = ReadonlyMap<string, string>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** An ISO date-time as the records page and report write it. */
export const when = (iso: string) => t.dates.dateTime(new Date(iso), t.locale);

/** A posted time as the page gave it: a date-time is written out, words ("2h") are kept. */
export function postedText(postedAt: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(postedAt) && Number.isFinite(Date.parse(postedAt)) ? when(postedAt) : postedAt;
}

function link(url: string | null): string {
  if (!url) return `<span class="muted">${escapeHtml(t.records.noLink)}</span>`;
  // Only web addresses become links; anything else is shown as text.
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

function row(label: string, value: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`;
}

function recordSection(record: SavedRecord, index: number, screenshots: Screenshots): string {
  const F = t.records.fields;
  const what = `${t.records.kind[record.kind].toLowerCase()} ${t.records.by(record.author || t.comments.unknownAuthor)}`;
  const shot = screenshots.get(record.id);
  const checks = record.findings.length
    ? `<ul>${record.findings.map((f) => `<li>${escapeHtml(t.ruleName(f.ruleId))}: ${escapeHtml(f.message)} <span class="muted">${escapeHtml(t.quote(f.passage))}</span></li>`).join('')}</ul>`
    : '—';
  return `
<section class="record" id="record-${escapeHtml(record.id)}">
  <h2>${index + 1}. ${escapeHtml(t.records.kind[record.kind])} ${escapeHtml(t.records.by(record.author || t.comments.unknownAuthor))} · ${escapeHtml(t.site[record.site])}</h2>
  <blockquote>${escapeHtml(record.text).replace(/\n/g, '<br>')}</blockquote>
  <table>
    ${row(F.author, escapeHtml(record.author || '—'))}
    ${row(F.site, escapeHtml(t.site[record.site]))}
    ${row(F.permalink, link(record.permalink))}
    ${row(F.page, `${link(record.pageUrl)}${record.pageTitle ? `<br><span class="muted">${escapeHtml(record.pageTitle)}</span>` : ''}`)}
    ${record.postedAt ? row(F.posted, escapeHtml(postedText(record.postedAt))) : ''}
    ${row(F.seen, escapeHtml(when(record.seenAt)))}
    ${row(F.saved, escapeHtml(when(record.savedAt)))}
    ${row(F.checks, checks)}
    ${record.screenshot ? row(F.sha256, `<code>${escapeHtml(record.screenshot.sha256)}</code>`) : ''}
  </table>
  ${
    shot && /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(shot)
      ? `<figure><img src="${shot}" alt="${escapeHtml(t.records.screenshotAlt(what))}"><figcaption>${escapeHtml(F.screenshot)}, ${escapeHtml(when(record.savedAt))}</figcaption></figure>`
      : `<p class="muted">${escapeHtml(t.records.noScreenshot)}</p>`
  }
</section>`;
}

/**
 * One HTML file with everything in it (screenshots as `data:` images), that opens in any browser
 * and prints to PDF, one record to a page. Its own content policy lets it load nothing at all.
 */
export function reportHtml(records: readonly SavedRecord[], screenshots: Screenshots, meta: ReportMeta): string {
  const title = t.records.reportTitle(meta.council);
  return `<!doctype html>
<html lang="${escapeHtml(t.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; max-width: 900px; margin: 24px auto; padding: 0 16px; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 17px; margin: 0 0 8px; }
  .muted { color: #57606a; }
  .record { border-top: 2px solid #d0d7de; padding: 16px 0; }
  blockquote { margin: 0 0 12px; padding: 8px 12px; border-left: 4px solid #b3261e; background: #f6f8fa; white-space: normal; }
  table { border-collapse: collapse; width: 100%; margin: 0 0 12px; font-size: 14px; }
  th, td { text-align: left; vertical-align: top; padding: 4px 8px 4px 0; border-bottom: 1px solid #eaeef2; }
  th { width: 11em; font-weight: 600; }
  td { word-break: break-word; }
  ul { margin: 0; padding-left: 18px; }
  figure { margin: 0; }
  img { max-width: 100%; border: 1px solid #d0d7de; }
  figcaption { font-size: 13px; color: #57606a; }
  code { font-size: 12px; }
  @media print { body { margin: 0; max-width: none; } .record { break-before: page; border-top: 0; } a { color: inherit; } }
</style>
</head>
<body>
<header>
  <h1>${escapeHtml(title)}</h1>
  <p class="muted">${escapeHtml(t.records.reportIntro(records.length, when(meta.exportedAt.toISOString())))} ${escapeHtml(t.records.reportTimes)}</p>
</header>
${records.map((record, index) => recordSection(record, index, screenshots)).join('\n')}
</body>
</html>
`;
}

/** The same records as data: every field, and each screenshot as a `data:` address. */
export function recordsJson(records: readonly SavedRecord[], screenshots: Screenshots, meta: ReportMeta): string {
  const body = {
    format: 'golden-rule-records',
    version: 1,
    council: meta.council,
    exportedAt: meta.exportedAt.toISOString(),
    records: records.map((record) => ({ ...record, screenshotDataUrl: screenshots.get(record.id) ?? null })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return `data:${blob.type || 'image/png'};base64,${btoa(binary)}`;
}
