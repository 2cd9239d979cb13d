import { registerEnumType } from 'type-graphql';

export enum CarbonStandard {
  VCS_VM0042 = 'VCS_VM0042',
  GOLD_STANDARD = 'GOLD_STANDARD',
  DOMESTIC_VN = 'DOMESTIC_VN',
  OTHER = 'OTHER',
}

registerEnumType(CarbonStandard, {
  name: 'CarbonStandard',
  valuesConfig: {
    VCS_VM0042: { description: 'Verra VCS, methodology VM0042 (improved agricultural land management)' },
    GOLD_STANDARD: { description: 'Gold Standard' },
    DOMESTIC_VN: { description: "Thị trường carbon trong nước / Việt Nam's domestic carbon market" },
    OTHER: { description: 'Another standard; say which in the methodology' },
  },
});

/** A project's life, in order: a project only ever moves one step forward. */
export enum CarbonProjectStatus {
  IDEA = 'IDEA',
  PDD_DRAFTED = 'PDD_DRAFTED',
  VALIDATED = 'VALIDATED',
  REGISTERED = 'REGISTERED',
  MONITORING = 'MONITORING',
  VERIFIED = 'VERIFIED',
  ISSUED = 'ISSUED',
}

export const PROJECT_STATUS_ORDER: readonly CarbonProjectStatus[] = Object.values(CarbonProjectStatus);

/** The one status a project may move to from `status` (null at the end). */
export function nextProjectStatus(status: CarbonProjectStatus): CarbonProjectStatus | null {
  return PROJECT_STATUS_ORDER[PROJECT_STATUS_ORDER.indexOf(status) + 1] ?? null;
}

registerEnumType(CarbonProjectStatus, {
  name: 'CarbonProjectStatus',
  description: 'IDEA → PDD_DRAFTED → VALIDATED → REGISTERED → MONITORING → VERIFIED → ISSUED, one step forward at a time.',
  valuesConfig: {
    IDEA: { description: 'Ý tưởng' },
    PDD_DRAFTED: { description: 'Project design document drafted' },
    VALIDATED: { description: 'Validated by a validation/verification body' },
    REGISTERED: { description: 'Registered with the registry' },
    MONITORING: { description: 'Monitoring reductions' },
    VERIFIED: { description: 'Reductions verified' },
    ISSUED: { description: 'Credits issued' },
  },
});

export enum MonitoringPeriodStatus {
  ESTIMATED = 'ESTIMATED',
  VERIFIED = 'VERIFIED',
}

registerEnumType(MonitoringPeriodStatus, {
  name: 'MonitoringPeriodStatus',
  valuesConfig: {
    ESTIMATED: { description: 'Estimated by the engine from activity records' },
    VERIFIED: { description: 'Verified quantity set by a province officer; locked' },
  },
});
