// The production-zones module's public surface: other modules import only this file (or ports.ts).
export { productionZonesModule } from './production-zones.module';
export { PRODUCTION_ZONES } from './production-zone-access';
export { countEstablishedZones } from './production-zone-list';
export { ProductionZone } from './production-zone.entity';
export { ProductionZoneStatus } from './production-zone.enums';
export { PROVINCE_BOX } from './zone-boundary';
export { zoneReportSheet } from './production-zone-report';
