import { NeedleSet } from './needles';

/**
 * The literal strings a regular expression cannot match without: for `/\b(?:tell|ring) (?:him|her)\b/`
 * every match contains "tell " or "ring ". Checking a text for those strings (one Aho–Corasick pass)
 * is far cheaper than running a long alternation at every position, and skipping the expression
 * when none is there changes no result. Derived from the expression itself, so it cannot drift
 * from it; anything the reader does not understand makes it give up (`null`: always run).
 */

/** What a piece of an expression is known to match. */
interface Info {
  /** Every string it can match, when that is a short list. */
  exact: Set<string> | null;
  /** Strings at least one of which is in every match (null: nothing known). */
  required: Set<string> | null;
}

const MAX_EXACT = 64;
const MAX_REQUIRED = 400;
const NOTHING: Info = { exact: null, required: null };
const EMPTY: Info = { exact: new Set(['']), required: null };

class Unsupported extends Error {}

/** The strings, or null when there are none worth checking for (or the flags make case matter). */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('i') || re.flags.includes('v')) return null;
  let info: Info;
  try {
    const parser = new Parser(re.source, re.flags.includes('u'));
    info = parser.parse();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const set = best(asRequired(info));
  if (!set || set.size === 0) return null;
  for (const s of set) if (s.length === 0) return null;
  return [...set];
}

function asRequired(info: Info): Set<string> | null {
  const fromExact = info.exact && !info.exact.has('') ? info.exact : null;
  return pick(fromExact, info.required);
}

/** The more selective of two requirement sets: longer shortest string, then fewer strings. */
function pick(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const sa = score(a);
  const sb = score(b);
  return sa > sb ? a : sb > sa ? b : a.size <= b.size ? a : b;
}

function score(set: Set<string>): number {
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return Math.min(shortest, 6) * 1000 - Math.min(set.size, 999);
}

function best(set: Set<string> | null): Set<string> | null {
  return set && set.size <= MAX_REQUIRED ? set : null;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function nonEmpty(set: Set<string>): Set<string> | null {
  return set.has('') ? null : set;
}

function alternate(options: Info[]): Info {
  let exact: Set<string> | null = new Set();
  let required: Set<string> | null = new Set();
  for (const option of options) {
    if (exact && option.exact && exact.size + option.exact.size <= MAX_EXACT) for (const s of option.exact) exact.add(s);
    else exact = null;
    const r = asRequired(option);
    if (required && r) for (const s of r) required.add(s);
    else required = null;
  }
  return { exact, required: best(required) };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 0) return info.exact && max === 1 ? { exact: new Set([...info.exact, '']), required: null } : NOTHING;
  if (min === 1 && max === 1) return info;
  // "x{2}": each way of writing it, while there are few.
  if (min === max && info.exact && min <= 3) {
    let exact: Set<string> | null = info.exact;
    for (let i = 1; i < min && exact; i++) exact = cross(exact, info.exact);
    if (exact) return { exact, required: null };
  }
  return { exact: null, required: asRequired(info) };
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported();
    return info;
  }

  private alternation(): Info {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : alternate(options);
  }

  /** Runs of exactly-known pieces are joined ("day " + digits + " of" keeps "day " and " of"), then the most selective requirement wins. */
  private sequence(): Info {
    let run: Set<string> = new Set(['']);
    let whole = true;
    let required: Set<string> | null = null;
    const flush = () => {
      required = pick(required, nonEmpty(run));
      run = new Set(['']);
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified();
      if (item.exact) {
        const joined = cross(run, item.exact);
        if (joined) run = joined;
        else {
          whole = false;
          flush();
          run = item.exact;
        }
        continue;
      }
      whole = false;
      flush();
      required = pick(required, asRequired(item));
    }
    if (whole) return { exact: run, required: null };
    flush();
    return { exact: null, required: best(required) };
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    return q ? repeat(atom, q[0], q[1]) : atom;
  }

  private quantifier(): [number, number] | null {
    const c = this.src[this.i];
    let q: [number, number] | null = null;
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return null;
      this.i += m[0].length - 1;
      q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (!q) return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        this.i++;
        return EMPTY;
      case '.':
        this.i++;
        return NOTHING;
      default:
        if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']' || c === ')') {
          if (this.unicode || c !== '}' && c !== ']') throw new Unsupported();
        }
        return this.literal(this.codePoint());
    }
  }

  private codePoint(): string {
    const cp = this.src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return ch;
  }

  private literal(ch: string): Info {
    return { exact: new Set([ch]), required: null };
  }

  private group(): Info {
    this.i++;
    let zeroWidth = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 4);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.i += 2;
        zeroWidth = true;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        this.i += 3;
        zeroWidth = true;
      } else if (rest.startsWith('?<')) {
        const end = this.src.indexOf('>', this.i);
        if (end < 0) throw new Unsupported();
        this.i = end + 1;
      } else throw new Unsupported();
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported();
    this.i++;
    return zeroWidth ? EMPTY : inner;
  }

  /** A small class of single characters is a choice of literals ("[''’]"); anything else matches unknown text. */
  private characterClass(): Info {
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let simple = !negated;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const c = this.src[this.i]!;
      if (c === '\\') {
        const next = this.src[this.i + 1];
        if (next === undefined) throw new Unsupported();
        if (next === 'u' || next === 'x' || next === 'c') {
          this.escape();
          simple = false;
          continue;
        }
        if (/[dDwWsSpPbB0-9]/.test(next)) {
          simple = false;
          this.i += 2;
          if ((next === 'p' || next === 'P') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
          continue;
        }
        chars.add(next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next === 'f' ? '\f' : next === 'v' ? '\v' : next);
        this.i += 2;
        continue;
      }
      if (c === '-' && chars.size > 0 && this.src[this.i + 1] !== ']') simple = false;
      // Without the u flag a class holds UTF-16 units, so "[🔪🔫]" is four halves, not two emoji.
      if (this.unicode) chars.add(this.codePoint());
      else chars.add(this.src[this.i++]!);
    }
    if (this.src[this.i] !== ']') throw new Unsupported();
    this.i++;
    if (!simple || chars.size === 0 || chars.size > 4) return NOTHING;
    return { exact: chars, required: null };
  }

  private escape(): Info {
    const next = this.src[this.i + 1];
    if (next === undefined) throw new Unsupported();
    this.i += 2;
    switch (next) {
      case 'b':
      case 'B':
        return EMPTY;
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return NOTHING;
      case 'p':
      case 'P':
        if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
        return NOTHING;
      case 'k': {
        if (this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
        return NOTHING;
      }
      case 'n':
        return this.literal('\n');
      case 't':
        return this.literal('\t');
      case 'r':
        return this.literal('\r');
      case 'f':
        return this.literal('\f');
      case 'v':
        return this.literal('\v');
      case 'x': {
        const hex = this.src.slice(this.i, this.i + 2);
        this.i += 2;
        return this.literal(String.fromCharCode(parseInt(hex, 16)));
      }
      case 'u': {
        if (this.src[this.i] === '{') {
          const end = this.src.indexOf('}', this.i);
          const cp = parseInt(this.src.slice(this.i + 1, end), 16);
          this.i = end + 1;
          return this.literal(String.fromCodePoint(cp));
        }
        const hex = this.src.slice(this.i, this.i + 4);
        this.i += 4;
        const code = parseInt(hex, 16);
        // A surrogate half on its own stands for part of a character: no literal.
        return code >= 0xd800 && code <= 0xdfff ? NOTHING : this.literal(String.fromCharCode(code));
      }
      case 'c':
        this.i++;
        return NOTHING;
      default:
        if (/[0-9]/.test(next)) {
          while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
          return NOTHING;
        }
        return this.literal(next);
    }
  }
}

/** A check for a set of strings: a few are looked for one by one, more with one Aho–Corasick pass. */
type Gate = ((text: string) => boolean) | null;

/** An expression's required strings, and the check for them once it has been asked for. */
interface Needs {
  literals: readonly string[] | null;
  gate?: Gate;
}

/** By source and flags: rules build some expressions afresh on each call, and their strings are the same. */
const needsBySource = new Map<string, Needs>();
const MAX_EXPRESSIONS = 5_000;
const needsOf = new WeakMap<RegExp, Needs>();

function needsFor(re: RegExp): Needs {
  let needs = needsOf.get(re);
  if (needs) return needs;
  const key = `${re.flags}/${re.source}`;
  needs = needsBySource.get(key);
  if (!needs) {
    needs = { literals: requiredLiterals(re) };
    if (needsBySource.size >= MAX_EXPRESSIONS) needsBySource.clear();
    needsBySource.set(key, needs);
  }
  needsOf.set(re, needs);
  return needs;
}

function gateOf(literals: readonly string[] | null): Gate {
  if (!literals) return null;
  if (literals.length <= 4) return (text) => literals.some((literal) => text.includes(literal));
  const needles = new NeedleSet(literals, { anywhere: true });
  return (text) => needles.has(text);
}

/** `requiredLiterals`, worked out once per expression (and shared with `mayMatch`). */
export function cachedRequiredLiterals(re: RegExp): readonly string[] | null {
  return needsFor(re).literals;
}

/**
 * False when `re` certainly does not match `text` (none of its required strings is there);
 * true when it might. A cheap test to run before the expression.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  const needs = needsFor(re);
  if (needs.gate === undefined) needs.gate = gateOf(needs.literals);
  return needs.gate === null || needs.gate(text);
}
