import { lintDraft } from '/work/wt-drafts/lib/drafts/lint';
const drafts = process.argv.slice(2);
for (const d of drafts) {
  const r = lintDraft(d, { channel: 'message' });
  console.log(r.score, JSON.stringify(r.findings.map(f => [f.rule, f.start !== undefined ? d.slice(f.start, f.end) : null])));
}
