import { readFileSync } from 'node:fs';
import { STRICTNESS_LEVELS, type Strictness } from '../engine/types';

export interface LabelledPost {
  id: string;
  text: string;
  strictness: Strictness;
  platform?: string;
  expect: string[];
  note?: string;
}

export interface LabelledTweet {
  id: string;
  text: string;
  label: string;
}

/** Reads a corpus in the format of `../shared/corpus/dev.jsonl`. Throws with the line number on a bad line. */
export function readLabelledPosts(path: string): LabelledPost[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const posts: LabelledPost[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`${path}:${index + 1}: not valid JSON`);
    }
    if (typeof row.text !== 'string') throw new Error(`${path}:${index + 1}: "text" must be a string`);
    const strictness = (row.strictness ?? 'standard') as Strictness;
    if (!STRICTNESS_LEVELS.includes(strictness)) throw new Error(`${path}:${index + 1}: unknown strictness "${String(row.strictness)}"`);
    posts.push({
      id: String(row.id ?? index + 1),
      text: row.text,
      strictness,
      platform: typeof row.platform === 'string' ? row.platform : undefined,
      expect: Array.isArray(row.expect) ? row.expect.map(String) : [],
      note: typeof row.note === 'string' ? row.note : undefined,
    });
  });
  return posts;
}

/** Reads the Davidson CSV (id,text,label), decoding the HTML entities the tweets were stored with. */
export function readLabelledTweets(path: string): LabelledTweet[] {
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows.shift() ?? [];
  const col = (name: string) => header.indexOf(name);
  const [idCol, textCol, labelCol] = [col('id'), col('text'), col('label')];
  if (textCol < 0 || labelCol < 0) throw new Error(`${path}: needs "text" and "label" columns`);
  return rows
    .filter((row) => row.length > Math.max(textCol, labelCol))
    .map((row, i) => ({ id: idCol >= 0 ? row[idCol]! : String(i + 1), text: decodeEntities(row[textCol]!), label: row[labelCol]! }));
}

/** RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
