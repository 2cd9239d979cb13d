// Shapes produced by the Appendix I parser; the seeders and the GraphQL layer code against these names.

export type AgencyKind = 'PROVINCIAL_DEPARTMENT' | 'MEDIA' | 'MINISTRY' | 'PEOPLES_COMMITTEE' | 'GROUP';

export type TargetPer = 'YEAR' | 'COMMUNE' | 'PHASE' | 'PERIOD';

export interface CatalogueAgency {
  code: string;
  name: string;
  nameEn: string;
  kind: AgencyKind;
  aliases: string[];
  memberKinds?: AgencyKind[];
  note?: string;
}

/** The shape of src/seed/data/agencies.json. */
export interface AgencyCatalogue {
  agencies: CatalogueAgency[];
}

export interface ParsedTarget {
  metric: string;
  description: string;
  unit: string;
  minValue: number | null;
  maxValue: number | null;
  per: TargetPer;
}

export interface ParsedTask {
  code: string;
  position: number;
  title: string;
  leadText: string;
  coordinatingText: string;
  leadAgencyCodes: string[];
  coordinatingAgencyCodes: string[];
  startYear: number;
  endYear: number;
  expectedResult: string | null;
  targets: ParsedTarget[];
}

export interface ParsedSection {
  code: string;
  position: number;
  title: string;
  tasks: ParsedTask[];
}

export interface ParsedPlan {
  title: string;
  sections: ParsedSection[];
}
