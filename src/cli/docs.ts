/** npm run docs:rules: rewrites the rules table in README.md from the rules' meta. */
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesTable } from './rules-table';

const path = new URL('../../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const marker = /<!-- rules:start -->\n[\s\S]*?<!-- rules:end -->/;
if (!marker.test(readme)) {
  process.stderr.write('README.md has no <!-- rules:start --> … <!-- rules:end --> section\n');
  process.exit(2);
}
writeFileSync(path, readme.replace(marker, `<!-- rules:start -->\n${rulesTable()}<!-- rules:end -->`));
process.stdout.write('README.md rules table updated\n');
