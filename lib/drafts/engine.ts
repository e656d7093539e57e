/**
 * What the composer asks of the drafting engine (lint a draft, generate versions), as an async
 * interface: the side panel runs the engine in its own page, the popup asks the background for it.
 */
import type { DraftInputs, GenerateResult } from './generate';
import type { DraftContext, LintFinding } from './lint';

/** A lint finding with its rule's title, why it matters and the fix, so the UI needs no rule table. */
export interface ExplainedFinding extends LintFinding {
  title: string;
  why: string;
  fix: string;
}

export interface ExplainedLintReport {
  /** 0-100: higher = more respectful and more likely to get a yes. */
  score: number;
  findings: ExplainedFinding[];
}

export interface DraftEngine {
  lint(text: string, context: DraftContext): Promise<ExplainedLintReport>;
  generate(inputs: DraftInputs): Promise<GenerateResult>;
}

/** The engine could not answer (the background did not reply, or replied with a wrong shape). */
export class DraftEngineError extends Error {
  constructor(readonly reason: 'no-answer' | 'bad-answer' | 'failed') {
    super(`The drafting engine could not answer (${reason}).`);
    this.name = 'DraftEngineError';
  }
}
