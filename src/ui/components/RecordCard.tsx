import { useEffect, useState } from 'preact/hooks';
import { getScreenshot } from '../../records/db';
import { postedText, when } from '../../records/report';
import type { SavedRecord } from '../../records/types';
import { t } from '../strings';

const R = t.records;
function Screenshot({ record, what }: { record: SavedRecord; what: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!record.screenshot) return;
    let objectUrl: string | null = null;
    let live = true;
    void getScreenshot(record.id).then((blob) => {
      if (!blob || !live) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [record.id, record.screenshot]);
  if (!record.screenshot) {
    return <p class="muted small no-shot">{record.noScreenshot === 'not-allowed' ? R.savedNoShot : R.noScreenshot}</p>;
  }
  if (!url) return null;
  return (
    <a class="shot" href={url} target="_blank" rel="noopener" aria-label={R.openScreenshot}>
      <img src={url} alt={R.screenshotAlt(what)} loading="lazy" />
    </a>
  );
}

/** One record: what was said, by whom, where and when, the checks it raised, and its screenshot. */
export function RecordCard({ record, selected, onSelect }: { record: SavedRecord; selected: boolean; onSelect: (on: boolean) => void }) {
  const F = R.fields;
  const author = record.author || t.comments.unknownAuthor;
  const what = `${R.kind[record.kind].toLowerCase()} ${R.by(author)}`;
  const id = `record-${record.id}`;
  return (
    <li class={`record-card${selected ? ' selected' : ''}`} data-testid="record" data-record-id={record.id}>
      <div class="record-head">
        <input type="checkbox" id={`${id}-select`} checked={selected} onChange={(e) => onSelect((e.currentTarget as HTMLInputElement).checked)} />
        <label for={`${id}-select`}>
          <span class="sr-only">{R.selectLabel(what)}: </span>
          <strong>
            {R.kind[record.kind]} {R.by(author)}
          </strong>{' '}
          <span class="muted">
            · {t.site[record.site]} · {when(record.seenAt)}
          </span>
        </label>
      </div>
      <blockquote class="record-text">{record.text}</blockquote>
      <div class="record-body">
        <dl class="record-details">
          <dt>{F.permalink}</dt>
          <dd>
            {record.permalink ? (
              <a href={record.permalink} target="_blank" rel="noopener noreferrer">
                {record.permalink}
              </a>
            ) : (
              <span class="muted">{R.noLink}</span>
            )}
          </dd>
          <dt>{F.page}</dt>
          <dd>
            <a href={record.pageUrl} target="_blank" rel="noopener noreferrer">
              {record.pageTitle || record.pageUrl}
            </a>
          </dd>
          {record.postedAt ? (
            <>
              <dt>{F.posted}</dt>
              <dd>{postedText(record.postedAt)}</dd>
            </>
          ) : null}
          <dt>{F.saved}</dt>
          <dd>{when(record.savedAt)}</dd>
          {record.findings.length ? (
            <>
              <dt>{F.checks}</dt>
              <dd>{t.listOf([...new Set(record.findings.map((f) => t.ruleName(f.ruleId)))], 5)}</dd>
            </>
          ) : null}
        </dl>
        <Screenshot record={record} what={what} />
      </div>
    </li>
  );
}
