// The labelled corpus, table-driven: good drafts pass, bad drafts fail, and each finds exactly its rules.
import { describe, expect, it } from 'vitest';
import { lintDraft, type RuleId } from '@/lib/drafts/lint';
import { RULES } from '@/lib/drafts/rules/index';
import { CORPUS } from './corpus';

const rulesFired = (text: string, context: Parameters<typeof lintDraft>[1]) =>
  [...new Set(lintDraft(text, context).findings.map((f) => f.rule))].sort();

describe('labelled draft corpus', () => {
  it('holds at least 60 drafts, good and bad, with unique ids', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((d) => d.id)).size).toBe(CORPUS.length);
    expect(CORPUS.filter((d) => d.label === 'good').length).toBeGreaterThanOrEqual(20);
    expect(CORPUS.filter((d) => d.label === 'bad').length).toBeGreaterThanOrEqual(20);
  });

  it.each(RULES.map((r) => r.id))('has rule %s firing twice and near-missed twice', (id: RuleId) => {
    expect(CORPUS.filter((d) => d.expect.includes(id)).length).toBeGreaterThanOrEqual(2);
    expect(CORPUS.filter((d) => d.tricky?.includes(id)).length).toBeGreaterThanOrEqual(2);
    // A near-miss must not also expect the rule it is a near-miss for.
    for (const d of CORPUS.filter((x) => x.tricky?.includes(id))) expect(d.expect).not.toContain(id);
  });

  describe.each(CORPUS)('$id', (draft) => {
    const report = lintDraft(draft.text, draft.context);

    it('finds exactly the expected rules', () => {
      expect(rulesFired(draft.text, draft.context)).toEqual([...new Set(draft.expect)].sort());
    });

    if (draft.label === 'good') {
      it('scores at least 75 with no error', () => {
        expect(report.score).toBeGreaterThanOrEqual(75);
        expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      });
    } else {
      it('scores under 60', () => {
        expect(report.score).toBeLessThan(60);
      });
    }

    it('highlights only ranges inside the draft', () => {
      for (const f of report.findings) {
        if (f.start === undefined) continue;
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(draft.text.length);
      }
    });
  });

  it('separates good from bad with a margin (figures for the closing note)', () => {
    const scores = CORPUS.map((d) => ({ label: d.label, score: lintDraft(d.text, d.context).score }));
    const minGood = Math.min(...scores.filter((s) => s.label === 'good').map((s) => s.score));
    const maxBad = Math.max(...scores.filter((s) => s.label === 'bad').map((s) => s.score));
    expect(minGood).toBeGreaterThanOrEqual(75);
    expect(maxBad).toBeLessThan(60);
  });
});
