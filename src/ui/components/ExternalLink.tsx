import type { ComponentChildren } from 'preact';
import { t } from '../strings';
import { ExternalIcon } from './icons';

/** A link that opens in a new tab and says so to screen readers. */
export function ExternalLink({ href, children, label, class: className }: { href: string; children: ComponentChildren; label?: string; class?: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" class={className} aria-label={label}>
      {children}
      <ExternalIcon />
      {label ? null : <span class="sr-only"> {t.opensInNewTab}</span>}
    </a>
  );
}
