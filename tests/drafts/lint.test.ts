// lintDraft's contract as the composer and outside acceptance tests use it: shape, defaults, scoring.
import { describe, expect, it } from 'vitest';
import { type DraftContext, lintDraft, PENALTY, scoreFindings } from '@/lib/drafts/lint';
import { ruleInfo } from '@/lib/drafts/rules/index';

const GOOD =
  "Hi Maya, your talk at QCon on migrating a monolith to event sourcing was the clearest I've seen. I'm a backend engineer moving into my first staff role, and I'm stuck on one thing: how did you get buy-in from product leads? Would you have 15 minutes for a call, or a short written reply? No worries at all if not. Thanks, Sam";

describe('lintDraft', () => {
  it('gives a good request a high score and no findings', () => {
    expect(lintDraft(GOOD, { channel: 'message' })).toEqual({ score: 100, findings: [] });
  });

  it('returns findings with the contract fields only, each severity matching its rule', () => {
    const report = lintDraft('Hi [Name], can I pick your brain over coffee? I attached my CV.', {
      channel: 'email',
    });
    expect(report.findings.length).toBeGreaterThan(3);
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(
        f.start === undefined
          ? ['message', 'rule', 'severity']
          : ['end', 'message', 'rule', 'severity', 'start'],
      );
      expect(f.severity).toBe(ruleInfo(f.rule).severity);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it('lists errors first, then warnings, then infos, each in text order', () => {
    const text =
      "Sorry to bother you. I'm so sorry. Hi [Name], can I pick your brain? I am stuck, I am lost, I need my plan, I want my goal.";
    const { findings } = lintDraft(text, { channel: 'message' });
    const order = { error: 0, warning: 1, info: 2 } as const;
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]!;
      const b = findings[i]!;
      expect(order[a.severity]).toBeLessThanOrEqual(order[b.severity]);
      if (a.severity === b.severity && a.start !== undefined && b.start !== undefined)
        expect(a.start).toBeLessThanOrEqual(b.start);
    }
  });

  it('defaults a connection note to the free 200-character limit', () => {
    const text = `${GOOD.slice(0, 250)}`;
    const rules = (c: DraftContext) => lintDraft(text, c).findings.map((f) => f.rule);
    expect(rules({ channel: 'connection-note' })).toContain('over-limit');
    expect(rules({ channel: 'connection-note', noteLimit: 300 })).not.toContain('over-limit');
  });

  it('accepts a context with only a channel, and empty prospect and me', () => {
    expect(() => lintDraft(GOOD, { channel: 'inmail', prospect: {}, me: {} })).not.toThrow();
    expect(lintDraft(GOOD, { channel: 'inmail', prospect: {}, me: {} }).score).toBe(100);
  });

  it('scores an empty draft 0 without throwing', () => {
    expect(lintDraft('', { channel: 'message' }).score).toBe(0);
    expect(lintDraft('   \n ', { channel: 'connection-note' }).score).toBe(0);
  });

  it('is deterministic', () => {
    const text = 'Can I pick your brain over lunch? No worries if not.';
    expect(lintDraft(text, { channel: 'message' })).toEqual(lintDraft(text, { channel: 'message' }));
  });

  it('reads curly apostrophes and quotes like straight ones', () => {
    const straight = lintDraft("I'm not asking for a job. If you're too busy, no worries.", {
      channel: 'message',
    });
    const curly = lintDraft('I’m not asking for a job. If you’re too busy, no worries.', {
      channel: 'message',
    });
    expect(curly.findings.map((f) => f.rule)).toEqual(straight.findings.map((f) => f.rule));
    expect(curly.findings.map((f) => f.rule)).not.toContain('job-ask');
  });

  it('does not ask a thank-you for an ask, a time box or an easy out', () => {
    const thanks =
      'Hi Grace, thank you for the twenty minutes yesterday. Your advice on picking one internal team first was exactly what I needed. I will send a short update next month. Malik';
    expect(lintDraft(thanks, { channel: 'message', kind: 'thank-you' })).toEqual({
      score: 100,
      findings: [],
    });
    const asRequest = lintDraft(thanks, { channel: 'message' }).findings.map((f) => f.rule);
    expect(asRequest).toContain('no-specific-ask');
  });
});

describe('score', () => {
  it('takes each firing rule off once, by severity', () => {
    expect(scoreFindings([])).toBe(100);
    expect(scoreFindings([{ rule: 'no-easy-out', severity: 'warning' }])).toBe(100 - PENALTY.warning);
    expect(
      scoreFindings([
        { rule: 'flattery', severity: 'warning' },
        { rule: 'flattery', severity: 'warning' },
      ]),
    ).toBe(100 - PENALTY.warning);
    expect(scoreFindings([{ rule: 'self-focus', severity: 'info' }])).toBe(100 - PENALTY.info);
  });

  it('drops a draft below 60 with one error, and keeps it at 75+ with two warnings', () => {
    expect(scoreFindings([{ rule: 'pick-your-brain', severity: 'error' }])).toBeLessThan(60);
    expect(
      scoreFindings([
        { rule: 'no-easy-out', severity: 'warning' },
        { rule: 'no-why-you', severity: 'warning' },
      ]),
    ).toBeGreaterThanOrEqual(75);
  });

  it('never goes below 0', () => {
    expect(
      scoreFindings([
        { rule: 'pick-your-brain', severity: 'error' },
        { rule: 'meal-invite', severity: 'error' },
        { rule: 'job-ask', severity: 'error' },
      ]),
    ).toBe(0);
  });
});
