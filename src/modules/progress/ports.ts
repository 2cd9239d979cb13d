import { EntityManager } from 'typeorm';
import { AccessRule } from '../../core/auth/access';

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
  /** VI.2: live lots registered from a harvest (not split or merged) in the window's years, Vietnam time. */
  lotsRegistered?(manager: EntityManager, window: CountWindow): Promise<number>;
  /** VI.2: low-emission labels first granted in the window's years, deleted ones left out. */
  labelsGranted?(manager: EntityManager, window: CountWindow): Promise<number>;
  /** VI.3: live trade promotion events that ended in the window's years and by `today` (YYYY-MM-DD). */
  tradeEventsHeld?(manager: EntityManager, window: CountWindow, today: string): Promise<number>;
  /** VI.3: live export contracts signed in the window's years and not cancelled (nor drafts). */
  exportContractsSigned?(manager: EntityManager, window: CountWindow): Promise<number>;
  /** VI.4: live carbon projects by their current status, every status listed. */
  carbonProjectsByStatus?(manager: EntityManager): Promise<{ status: string; count: number }[]>;
  /** VI.4: credits (t CO2e) issued in the window's years, live issuances only. */
  creditsIssued?(manager: EntityManager, window: CountWindow): Promise<number>;
  /** VI.5: live OCOP products rated in the window's years. */
  ocopProductsRated?(manager: EntityManager, window: CountWindow): Promise<number>;
  /** VI.5: live OCOP products whose organisation holds a low-emission label valid on `day` (YYYY-MM-DD). */
  ocopProductsWithLabel?(manager: EntityManager, day: string): Promise<number>;
}

/**
 * A register's side of the plan reports (one sheet each): who may read it, and its records for the
 * years of the report in one statement, whatever their number. Dates are YYYY-MM-DD, ids global IDs.
 */
export interface RegisterSheet<Row> {
  readers: AccessRule;
  rows(manager: EntityManager, period: CountWindow): Promise<Row[]>;
}

/** VI.1: zones alive in the period (not dissolved before it, forming by its end) and those still only planned. */
export interface ZoneReportRow {
  id: string;
  code: string;
  name: string;
  crop: string;
  communeCodes: string[];
  areaHa: number;
  households: number;
  status: string;
  formingOn: string | null;
  establishedOn: string | null;
  dissolvedOn: string | null;
  /** The criteria set it produces to, e.g. "COFFEE v2". */
  criteriaSet: string | null;
  /** Names of the member organisations. */
  memberOrganisations: string[];
  /** "buyer: contract reference", one per enterprise link. */
  buyerContracts: string[];
  /** Established by the end of the period and not dissolved then: what target PRODUCTION_ZONES counts. */
  establishedAtEnd: boolean;
}

/** II.2: conversions of the years of the period. */
export interface ConversionReportRow {
  id: string;
  year: number;
  unitCode: string;
  unitName: string;
  fromCrop: string;
  toCrop: string;
  toCropPerennial: boolean;
  /** PLANNED or DONE. */
  status: string;
  areaHa: number;
  note: string | null;
}

/** III.1: works completed in the period, and works not completed yet. */
export interface WorkReportRow {
  id: string;
  unitCode: string;
  unitName: string;
  kind: string;
  name: string;
  status: string;
  completedOn: string | null;
  areaServedHa: number;
  enablesAlternateWettingDrying: boolean;
  investmentVnd: number;
  budgetLineId: string | null;
}

/** III.2: sets adopted by a decision dated by the end of the period (what the target counts); never drafts. */
export interface CriteriaSetReportRow {
  id: string;
  crop: string;
  setVersion: number;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  decisionBody: string;
  /** ADOPTED (in force) or SUPERSEDED at the end of the period. */
  statusAtEnd: string;
  supersededOn: string | null;
  requiredPractices: string[];
  /** "metric ≤ value unit", one per threshold. */
  thresholds: string[];
}

/** III.3, III.4: studies running in some year of the period, whatever their status. */
export interface StudyReportRow {
  id: string;
  kind: string;
  title: string;
  leadAgencyCode: string;
  startYear: number;
  endYear: number;
  status: string;
  /** Approved, in progress or completed: what targets RESEARCH_STUDIES and SCIENCE_TECHNOLOGY_TASKS count. */
  counted: boolean;
  budgetVnd: number | null;
  documents: number;
}

/** II.2 over a phase, per crop: planned area (crop plans) against the area converted to the crop. */
export interface PlannedConvertedRow {
  crop: string;
  plannedAreaHa: number;
  plans: number;
  convertedDoneHa: number;
  convertedPlannedHa: number;
  conversions: number;
}

/** The registers the plan reports list, a sheet each; a member left out has no sheet. */
export interface RegisterSheets {
  productionZones?: RegisterSheet<ZoneReportRow>;
  cropConversions?: RegisterSheet<ConversionReportRow>;
  infrastructureWorks?: RegisterSheet<WorkReportRow>;
  criteriaSets?: RegisterSheet<CriteriaSetReportRow>;
  researchStudies?: RegisterSheet<StudyReportRow>;
  /** The phase review's comparison sheet. */
  plannedAgainstConverted?: RegisterSheet<PlannedConvertedRow>;
}

/** What the progress module takes from the rest of the API. */
export interface ProgressPorts {
  registerCounts: RegisterCounts;
  registerSheets?: RegisterSheets;
}
