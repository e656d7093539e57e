/**
 * Finds where a value sits in JSON text (line and column), so that an import error can say
 * "line 57" instead of "prospects[3].status". Only runs when something is wrong.
 */

export type JsonPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  ws(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  /** Reads a string token starting at a quote; returns its decoded value. */
  string(): string {
    const start = this.i;
    const t = this.text;
    this.i++;
    while (this.i < t.length) {
      const c = t[this.i];
      if (c === '\\') this.i += 2;
      else if (c === '"') {
        this.i++;
        return JSON.parse(t.slice(start, this.i)) as string;
      } else this.i++;
    }
    throw new Error('unterminated string');
  }

  /** Skips one value of any kind. */
  skip(): void {
    this.ws();
    const c = this.text[this.i];
    if (c === '"') {
      this.string();
      return;
    }
    if (c === '{' || c === '[') {
      let depth = 0;
      while (this.i < this.text.length) {
        const ch = this.text[this.i];
        if (ch === '"') {
          this.string();
          continue;
        }
        if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') {
          depth--;
          if (depth === 0) {
            this.i++;
            return;
          }
        }
        this.i++;
      }
      return;
    }
    while (this.i < this.text.length && !/[\s,\]}]/.test(this.text[this.i] ?? '')) this.i++;
  }

  /** Moves to the value at `key` (object) or `index` (array) inside the value here. */
  enter(step: string | number): boolean {
    this.ws();
    const open = this.text[this.i];
    if (open === '{' && typeof step === 'string') {
      this.i++;
      let found = false;
      let at = -1;
      // The last duplicate key wins in JSON.parse, so keep scanning to the end of the object.
      for (;;) {
        this.ws();
        if (this.text[this.i] === '}' || this.i >= this.text.length) break;
        const keyStart = this.i;
        const key = this.string();
        this.ws();
        this.i++; // ':'
        this.ws();
        if (key === step) {
          found = true;
          at = this.i;
          if (step === '__proto__' || step === 'constructor') at = keyStart;
        }
        this.skip();
        this.ws();
        if (this.text[this.i] === ',') this.i++;
      }
      if (found) this.i = at;
      return found;
    }
    if (open === '[' && typeof step === 'number') {
      this.i++;
      for (let index = 0; ; index++) {
        this.ws();
        if (this.text[this.i] === ']' || this.i >= this.text.length) return false;
        if (index === step) return true;
        this.skip();
        this.ws();
        if (this.text[this.i] === ',') this.i++;
      }
    }
    return false;
  }
}

/**
 * Where the value at `path` starts in `text` (valid JSON), or the deepest enclosing value that
 * exists. For a key that should not be there, where the key is.
 */
export function locate(text: string, path: JsonPath): Position {
  const s = new Scanner(text);
  try {
    for (const step of path) {
      const before = s.i;
      if (!s.enter(step)) {
        s.i = before;
        break;
      }
    }
    s.ws();
  } catch {
    // Not valid JSON here: fall back to where the scan got to.
  }
  return positionAt(text, s.i);
}
