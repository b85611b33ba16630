import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lint } from '../../engine/lint';
import type { Finding } from '../../engine/types';
import { useApp } from '../../popup/state';
import { disabledRulesFor, effectiveStrictness } from '../../settings/resolve';
import type { SiteId } from '../../settings/types';
import { t } from '../strings';
import { FindingList } from './FindingList';

const DEBOUNCE_MS = 250;

/**
 * "Check pasted text": the same engine as the page, here in the popup, with the strictness in
 * force, the council's configuration, the rules turned off (for the current site, if any) and the
 * councillor's allow-list. The text stays in this window.
 */
export function PasteCheck({ site, headingLevel = 3 }: { site?: SiteId; headingLevel?: 2 | 3 }) {
  const { council, settings, now } = useApp();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  useEffect(() => {
    const timer = setTimeout(() => setChecked(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const strictness = effectiveStrictness(council.config, settings, now).strictness;
  const disabled = disabledRulesFor(council.config, settings, site);
  const findings: Finding[] = useMemo(
    () =>
      checked.trim()
        ? lint(checked, {
            strictness,
            platform: site ?? 'generic',
            mode: 'post',
            council: council.settings,
            disabledRules: disabled,
            allowWords: settings.allowWords,
            now,
          })
        : [],
    // `now` only matters to the date-based rules; a minute-level clock is enough.
    [checked, strictness, site, council.settings, disabled.join(' '), settings.allowWords.join('\n'), Math.floor(now.getTime() / 60_000)],
  );

  const select = (index: number) => {
    const finding = findings[index];
    const box = area.current;
    if (!finding || !box) return;
    box.focus();
    box.setSelectionRange(finding.start, finding.end);
  };

  return (
    <section class="paste" aria-labelledby="paste-heading">
      <Heading id="paste-heading">{t.paste.heading}</Heading>
      <label for="paste-text" class="label">
        {t.paste.label}
      </label>
      <textarea
        id="paste-text"
        ref={area}
        rows={4}
        value={text}
        aria-describedby="paste-hint"
        spellcheck={true}
        onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="paste-bar">
        <p id="paste-hint" class="muted small">
          {t.paste.hint}
        </p>
        {text ? (
          <button
            type="button"
            class="button small"
            onClick={() => {
              setText('');
              setChecked('');
              area.current?.focus();
            }}
          >
            {t.paste.clearButton}
          </button>
        ) : null}
      </div>
      <p class="paste-result" role="status" data-testid="paste-result">
        {checked.trim() && checked === text ? (findings.length ? t.paste.result(findings.length) : t.paste.none) : ''}
      </p>
      {findings.length && checked === text ? (
        <FindingList findings={findings} text={checked} onSelect={select} selectLabel={t.paste.selectPassage} idPrefix="paste" />
      ) : null}
    </section>
  );
}
