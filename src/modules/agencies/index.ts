// The agencies module's public surface: other modules import only this file (or ports.ts).
export { agenciesModule } from './agencies.module';
export { Agency, AgencyKind } from './agency.entity';
