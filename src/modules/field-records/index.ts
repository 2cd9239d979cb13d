// The field-records module's public surface: other modules import only this file (or ports.ts).
export { fieldRecordsModule } from './field-records.module';
export { countCommunicationSessions, countTrainedFarmers } from './counts/field-record-counts.service';
export { PILOT_MODELS } from './pilots/pilot-access';
export { agencyByCode, communeByCode, provinceUnit, taskByCode, unitByCode } from './shared/record-references';
// What registers of other modules share with the field records: crops, the change feed, the write and list scaffolding.
export { CROP_DESCRIPTION, FIELD_RECORD_CROPS, cropCode } from './shared/crops';
export { assertLeadAgency, createRegisterRecord, deleteRegisterRecord, registerRule, updateRegisterRecord } from './shared/register-writes';
export type { RegisterFields, RegisterSpec } from './shared/register-writes';
export { listRegister } from './shared/register-list';
export { RegisterRecord } from './shared/register-record';
export type { RegisterListFilter } from './shared/register-list';
export { RegisterPayloadType, RegisterResolver } from './shared/register-resolver';
export type { RegisterService } from './shared/register-resolver';
export { materialFiles } from './materials/material-files';
export { LowEmissionPractice } from './pilots/pilot-model.enums';
export { countDistinctTrainedFarmers } from './counts/trained-farmers';
export type { DistinctTrainedFarmers } from './counts/trained-farmers';
export { PilotModel } from './pilots/pilot-model.entity';
