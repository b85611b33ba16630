import { readFileSync } from 'node:fs';

/** ADMIN.md, whose marked examples the unit and end-to-end tests use. */
export const ADMIN = readFileSync(new URL('../../ADMIN.md', import.meta.url), 'utf8');

/** The fenced block after `<!-- example: NAME -->`. */
export function adminExample(name: string, text = ADMIN): string {
  const marker = text.indexOf(`<!-- example: ${name} -->`);
  if (marker === -1) throw new Error(`ADMIN.md has no example "${name}"`);
  const match = /```[a-z]*\n([\s\S]*?)\n\s*```/.exec(text.slice(marker));
  if (!match) throw new Error(`ADMIN.md: no code block after the "${name}" marker`);
  // Blocks inside list items are indented: take the block's own indentation off.
  const lines = match[1]!.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

