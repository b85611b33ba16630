import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { nextdoor } from './nextdoor';
import type { SiteAdapter } from './types';
import { x } from './x';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [facebook, x, instagram, linkedin, nextdoor];

/** Every page Golden Rule runs on: the manifest's host permissions. */
export const ALL_SITE_MATCHES: readonly string[] = SITE_ADAPTERS.flatMap((adapter) => adapter.matches);
