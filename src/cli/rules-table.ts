import { RULES } from '../../rules/index';

/** The README's table of rules, generated from each rule's meta so the two cannot drift. */
export function rulesTable(): string {
  const rows = RULES.map(({ meta }) => {
    const s = meta.severity;
    return `| \`${meta.id}\` | ${meta.description} | ${meta.sources.join(', ')} | ${s.relaxed} | ${s.standard} | ${s['pre-election']} |`;
  });
  return ['| rule | what it catches | guidance | relaxed | standard | pre-election |', '|---|---|---|---|---|---|', ...rows, ''].join('\n');
}
