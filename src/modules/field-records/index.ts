// The field-records module's public surface: other modules import only this file (or ports.ts).
export { fieldRecordsModule } from './field-records.module';
export { countCommunicationSessions, countTrainedFarmers } from './counts/field-record-counts.service';
export { PILOT_MODELS } from './pilots/pilot-access';
export { agencyByCode, communeByCode, taskByCode, unitByCode } from './shared/record-references';
export { OrderDirection, SyncedConnectionType, listRecords } from './shared/record-list';
export type { RecordSort, SyncedConnectionResult } from './shared/record-list';
export { countDistinctTrainedFarmers } from './counts/trained-farmers';
export type { DistinctTrainedFarmers } from './counts/trained-farmers';
export { PilotModel } from './pilots/pilot-model.entity';
