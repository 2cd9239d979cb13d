import { EntityManager } from 'typeorm';

/**
 * What the progress module counts in registers other modules own, handed in by the composition root
 * (src/app/modules.ts): progress never imports those modules. A member left out means the register does
 * not exist yet, and its target is read from approved progress reports until it does.
 */

/** The years whose records count (inclusive). */
export interface CountWindow {
  fromYear: number;
  toYear: number;
}

/** Kinds of research record (task III.3 and III.4). */
export type StudyKind = 'STUDY' | 'SCIENCE_TECHNOLOGY_TASK' | 'EXPERIMENTAL_MODEL' | 'TECHNOLOGY_APPLICATION';

export interface RegisterCounts {
  /** III.2: per crop, the criteria sets ADOPTED by the end of `toYear` (superseded ones still count as adopted). */
  adoptedCriteriaSets?(manager: EntityManager, window: CountWindow): Promise<{ crop: string; sets: number }[]>;
  /** VI.1: production zones ESTABLISHED by the end of `toYear`, not dissolved. */
  establishedZones?(manager: EntityManager, window: CountWindow): Promise<number>;
  /** III.3, III.4: studies of these kinds running in some year of the window, not cancelled. */
  studies?(manager: EntityManager, kinds: readonly StudyKind[], window: CountWindow): Promise<number>;
}

/** What the progress module takes from the rest of the API. */
export interface ProgressPorts {
  registerCounts: RegisterCounts;
}
