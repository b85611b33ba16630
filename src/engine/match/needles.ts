/**
 * Aho–Corasick over a fixed set of words: one pass over a text finds every occurrence of
 * every word. Rules use it to skip the regular expressions whose words are not in a sentence.
 */
export class NeedleSet {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly output: number[][] = [[]];
  readonly words: readonly string[];

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((w) => w.length > 0);
    this.words.forEach((word, id) => this.insert(word, id));
    this.link();
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

  /** Calls `found(wordId, endIndex)` for every occurrence (end index exclusive). */
  scan(text: string, found: (wordId: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let to = this.next[state]!.get(code);
      while (to === undefined && state !== 0) {
        state = this.fail[state]!;
        to = this.next[state]!.get(code);
      }
      state = to ?? 0;
      const out = this.output[state]!;
      for (let k = 0; k < out.length; k++) found(out[k]!, i + 1);
    }
  }
}
