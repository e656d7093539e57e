// The UI kit renders page data; no component may hand a string to the HTML parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'components/ui';
const SINKS =
  /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser|srcdoc/;

describe('the UI kit source', () => {
  const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f));

  it('has components to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s never parses a string as HTML', (file) => {
    const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
    expect(lines.filter((line) => SINKS.test(line))).toEqual([]);
  });
});
