import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { EffectiveCouncil } from '../settings/council';
import type { UserSettings } from '../settings/types';
import type { PopupServices } from './services';

/** How often dates are looked at again (countdowns, snoozes, the start and end of a pre-election period). */
export const CLOCK_TICK_MS = 30_000;

export interface AppState {
  services: PopupServices;
  council: EffectiveCouncil;
  settings: UserSettings;
  now: Date;
  /** Saves a change through `updateUserSettings`, so it reaches every open tab. */
  update(change: (settings: UserSettings) => UserSettings): Promise<void>;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppContext');
  return state;
}

/** The council configuration in force, the councillor's settings and the time, kept up to date. */
export function useAppState(services: PopupServices): AppState | null {
  const [council, setCouncil] = useState<EffectiveCouncil | null>(null);
  const [settings, setSettings] = useState<UserSettings | null>(null);
  const [now, setNow] = useState(() => services.now());

  useEffect(() => {
    let live = true;
    void services.loadCouncil().then((c) => live && setCouncil(c));
    void services.loadSettings().then((s) => live && setSettings(s));
    const unwatchCouncil = services.watchCouncil((c) => setCouncil(c));
    const unwatchSettings = services.watchSettings((s) => setSettings(s));
    const timer = setInterval(() => setNow(services.now()), CLOCK_TICK_MS);
    const wake = () => {
      if (document.visibilityState === 'visible') setNow(services.now());
    };
    document.addEventListener('visibilitychange', wake);
    return () => {
      live = false;
      unwatchCouncil();
      unwatchSettings();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', wake);
    };
  }, [services]);

  if (!council || !settings) return null;
  return {
    services,
    council,
    settings,
    now,
    async update(change) {
      const next = await services.updateSettings(change);
      setSettings(next);
      setNow(services.now());
    },
  };
}
