// The geography module's public surface: other modules import only this file (or ports.ts).
export { geographyModule } from './geography.module';
export { AdministrativeUnit, AdministrativeUnitKind } from './administrative-unit.entity';
export { parseCommunesCsv } from './communes-csv';
export type { CommuneRow } from './communes-csv';
export { LOCAL_UNIT_KINDS, communesAndWards } from './local-units';
