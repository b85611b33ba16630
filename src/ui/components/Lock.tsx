import { t } from '../strings';
import { LockIcon } from './icons';

/** Next to a setting the council locked: says who set it. */
export function LockNote({ by, id, short = false }: { by: string; id?: string; short?: boolean }) {
  return (
    <p class="lock" id={id}>
      <LockIcon /> {short ? t.settings.lockedShort(by) : t.settings.locked(by)}
    </p>
  );
}
