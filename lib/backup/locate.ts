/**
 * Finds where a value sits in JSON text (line and column), so that an import error can say
 * "line 57" instead of "prospects[3].status". Only runs when something is wrong, but then up to
 * once per listed problem in a file of up to 50 MB: the scan skips strings without decoding them,
 * and remembers where it found keys and array items, so that locating twenty problems near the end
 * of a large file reads the file about once, not twenty times.
 */

export type JsonPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A line count up to some offset, from which a later offset's line is counted on. */
interface LineMark {
  offset: number;
  line: number;
  lineStart: number;
}

/** 1-based line and column of a character offset (counting on from `from` when it lies before). */
function countLines(text: string, offset: number, from?: LineMark): LineMark & Position {
  const end = Math.min(offset, text.length);
  const start = from && from.offset <= end ? from : { offset: 0, line: 1, lineStart: 0 };
  let { line, lineStart } = start;
  for (let i = start.offset; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: end, line, lineStart, column: end - lineStart + 1 };
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): Position {
  const { line, column } = countLines(text, offset);
  return { line, column };
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/** What earlier scans of the same text found: where keys' values and array items start. */
interface Memo {
  /** `<object start>\u0000<key>` → where its value starts, or -1 when the object has no such key. */
  keys: Map<string, number>;
  /** Array start → the furthest item reached so far and where it starts. */
  items: Map<number, { index: number; at: number }>;
}

class Scanner {
  i = 0;
  constructor(
    readonly text: string,
    readonly memo: Memo,
  ) {}

  ws(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  /** Moves past a string token starting at a quote. */
  skipString(): void {
    const t = this.text;
    this.i++;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === BACKSLASH) this.i += 2;
      else if (c === QUOTE) {
        this.i++;
        return;
      } else this.i++;
    }
    throw new Error('unterminated string');
  }

  /** Reads a string token starting at a quote; returns its decoded value. */
  string(): string {
    const start = this.i;
    this.skipString();
    const raw = this.text.slice(start + 1, this.i - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, this.i)) as string) : raw;
  }

  /** Skips one value of any kind. */
  skip(): void {
    this.ws();
    const t = this.text;
    const c = t.charCodeAt(this.i);
    if (c === QUOTE) {
      this.skipString();
      return;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      let depth = 0;
      while (this.i < t.length) {
        const ch = t.charCodeAt(this.i);
        if (ch === QUOTE) {
          this.skipString();
          continue;
        }
        if (ch === OPEN_BRACE || ch === OPEN_BRACKET) depth++;
        else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
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
    while (this.i < t.length) {
      const ch = t.charCodeAt(this.i);
      if (ch === COMMA || ch === CLOSE_BRACE || ch === CLOSE_BRACKET || ch <= 32) break;
      this.i++;
    }
  }

  /** Moves to the value at `key` (object) or `index` (array) inside the value here. */
  enter(step: string | number): boolean {
    this.ws();
    const start = this.i;
    const open = this.text.charCodeAt(start);
    if (open === OPEN_BRACE && typeof step === 'string') {
      const memoKey = `${start}\u0000${step}`;
      const known = this.memo.keys.get(memoKey);
      if (known !== undefined) {
        if (known < 0) return false;
        this.i = known;
        return true;
      }
      this.i++;
      let at = -1;
      // The last duplicate key wins in JSON.parse, so keep scanning to the end of the object.
      for (;;) {
        this.ws();
        if (this.i >= this.text.length || this.text.charCodeAt(this.i) === CLOSE_BRACE) break;
        const keyStart = this.i;
        const key = this.string();
        this.ws();
        this.i++; // ':'
        this.ws();
        if (key === step) at = step === '__proto__' || step === 'constructor' ? keyStart : this.i;
        this.skip();
        this.ws();
        if (this.text.charCodeAt(this.i) === COMMA) this.i++;
      }
      this.memo.keys.set(memoKey, at);
      if (at < 0) return false;
      this.i = at;
      return true;
    }
    if (open === OPEN_BRACKET && typeof step === 'number') {
      const reached = this.memo.items.get(start);
      let index = 0;
      if (reached && reached.index <= step) {
        index = reached.index;
        this.i = reached.at;
      } else this.i++;
      for (; ; index++) {
        this.ws();
        if (this.i >= this.text.length || this.text.charCodeAt(this.i) === CLOSE_BRACKET) return false;
        if (index === step) {
          this.memo.items.set(start, { index, at: this.i });
          return true;
        }
        this.skip();
        this.ws();
        if (this.text.charCodeAt(this.i) === COMMA) this.i++;
      }
    }
    return false;
  }
}

/**
 * A function giving where the value at a path starts in `text` (valid JSON), or the deepest
 * enclosing value that exists; for a key that should not be there, where the key is. Calls share
 * what earlier ones scanned, so locating many paths of one file reads it about once.
 */
export function locator(text: string): (path: JsonPath) => Position {
  const memo: Memo = { keys: new Map(), items: new Map() };
  let mark: LineMark | undefined;
  return (path) => {
    const s = new Scanner(text, memo);
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
    const found = countLines(text, s.i, mark);
    mark = found;
    return { line: found.line, column: found.column };
  };
}

/** Where the value at `path` starts in `text`: `locator(text)(path)` for a single look-up. */
export function locate(text: string, path: JsonPath): Position {
  return locator(text)(path);
}
