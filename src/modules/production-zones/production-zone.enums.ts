import { registerEnumType } from 'type-graphql';

export enum ProductionZoneStatus {
  PLANNED = 'PLANNED',
  FORMING = 'FORMING',
  ESTABLISHED = 'ESTABLISHED',
  DISSOLVED = 'DISSOLVED',
}

/** The moves a zone's status may make: forward one step at a time, or dissolution from any live status. */
export const ZONE_TRANSITIONS: Record<ProductionZoneStatus, readonly ProductionZoneStatus[]> = {
  PLANNED: [ProductionZoneStatus.FORMING, ProductionZoneStatus.DISSOLVED],
  FORMING: [ProductionZoneStatus.ESTABLISHED, ProductionZoneStatus.DISSOLVED],
  ESTABLISHED: [ProductionZoneStatus.DISSOLVED],
  DISSOLVED: [],
};

registerEnumType(ProductionZoneStatus, {
  name: 'ProductionZoneStatus',
  valuesConfig: {
    PLANNED: { description: 'Dự kiến / planned' },
    FORMING: { description: 'Đang hình thành / forming (formingOn)' },
    ESTABLISHED: { description: 'Đã hình thành / established (establishedOn); counted by target PRODUCTION_ZONES' },
    DISSOLVED: { description: 'Giải thể / dissolved (dissolvedOn)' },
  },
});
