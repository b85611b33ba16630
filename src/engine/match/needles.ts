/**
 * Aho–Corasick over a fixed set of words: one pass over a text finds every occurrence of
 * every word. Rules use it to skip the regular expressions whose words are not in a sentence.
 */
export class NeedleSet {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly output: number[][] = [[]];
  readonly words: readonly string[];
  /** Whether each word must start at the start of a word in the text. */
  private readonly wordStart: boolean[];

  /** `anywhere`: words count wherever they occur, also inside longer words. */
  constructor(words: Iterable<string>, { anywhere = false }: { anywhere?: boolean } = {}) {
    this.words = [...new Set(words)].filter((w) => w.length > 0);
    this.wordStart = this.words.map((w) => !anywhere && isWordCode(w.charCodeAt(0)));
    this.words.forEach((word, id) => this.insert(word, id));
    this.link();
    this.buildTable();
  }

  private insert(word: string, id: number): void {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let to = this.next[state]!.get(code);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.output.push([]);
        this.next[state]!.set(code, to);
      }
      state = to;
    }
    this.output[state]!.push(id);
  }

  /**
   * Transitions on ASCII characters as one flat table, state × column, where only the ASCII
   * characters the words use have a column (the others lead back to the start): a few columns,
   * not 128. The failure links are folded in, so an ASCII character is always one lookup.
   */
  private table = new Int32Array(0);
  private readonly column = new Uint8Array(128);
  private columns = 1;

  private buildTable(): void {
    for (const word of this.words) {
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (code < 128 && this.column[code] === 0) this.column[code] = this.columns++;
      }
    }
    const width = this.columns;
    const table = new Int32Array(this.next.length * width);
    // Breadth first, so a state's failure state is filled in before the state itself.
    const order = [0];
    for (let head = 0; head < order.length; head++) {
      const state = order[head]!;
      const fail = this.fail[state]!;
      for (let column = 1; column < width; column++) table[state * width + column] = state === 0 ? 0 : table[fail * width + column]!;
      for (const [code, to] of this.next[state]!) {
        if (code < 128) table[state * width + this.column[code]!] = to;
        order.push(to);
      }
    }
    this.table = table;
  }

  /** A transition on a character outside ASCII, following failure links. */
  private stepWide(state: number, code: number): number {
    for (;;) {
      const to = this.next[state]!.get(code);
      if (to !== undefined) return to;
      if (state === 0) return 0;
      state = this.fail[state]!;
    }
  }

  private link(): void {
    const queue: number[] = [];
    for (const to of this.next[0]!.values()) queue.push(to);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, to] of this.next[state]!) {
        queue.push(to);
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = this.next[f]!.get(code);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.output[to]!.push(...this.output[this.fail[to]!]!);
      }
    }
  }

  /** Whether any word occurs in `text` (stops at the first). */
  has(text: string): boolean {
    let found = false;
    this.scan(text, () => (found = true));
    return found;
  }

  /**
   * Calls `found(wordId, endIndex)` for every occurrence (end index exclusive). A word that
   * starts with a letter or digit only counts at the start of a word: "ring" is not found in
   * "during", nor "hang" in "change". Returning true from `found` stops the scan.
   */
  scan(text: string, found: (wordId: number, end: number) => boolean | void): void {
    const { table, column, output, words, wordStart } = this;
    const width = this.columns;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = code < 128 ? table[state * width + column[code]!]! : this.stepWide(state, code);
      const out = output[state]!;
      if (out.length === 0) continue;
      for (let k = 0; k < out.length; k++) {
        const id = out[k]!;
        const start = i + 1 - words[id]!.length;
        if (wordStart[id] && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        if (found(id, i + 1) === true) return;
      }
    }
  }
}

/** Letters and digits (ASCII fast path; other scripts by their letter-ness). */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}
