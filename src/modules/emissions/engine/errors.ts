import type { InputIssue } from './types';

/** Input the engine cannot compute with; carries every issue found, not just the first. */
export class EngineInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(
      issues.length === 1
        ? `Invalid emission input: ${issues[0].path}: ${issues[0].message}`
        : `Invalid emission input (${issues.length} issues): ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
    this.name = 'EngineInputError';
  }
}

/** A chunked calculation whose signal fired: it stopped after `activitiesProcessed` of `activities`. */
export class CalculationAbortedError extends Error {
  constructor(
    readonly activitiesProcessed: number,
    readonly activities: number,
    readonly reason: unknown,
  ) {
    super(`Emission calculation stopped after ${activitiesProcessed} of ${activities} activities`);
    this.name = 'CalculationAbortedError';
  }
}
