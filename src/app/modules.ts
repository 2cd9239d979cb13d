import { ApiModule } from '../core/modules/api-module';
import { agenciesModule } from '../modules/agencies';
import { auditModule } from '../modules/audit';
import { emissionsModule, nationalSubmissionSource } from '../modules/emissions';
import { fieldRecordsModule } from '../modules/field-records';
import { geographyModule } from '../modules/geography';
import { identityModule } from '../modules/identity';
import { planModule } from '../modules/plan';
import { progressModule } from '../modules/progress';
import { syncModule } from '../modules/sync';
import { webhooksModule } from '../modules/webhooks';

/**
 * Every module of the API: the one list that names them all. Adding a module is one line here.
 * Order matters only for loaders: a module comes after those whose loaders it shares (plan after agencies).
 * A module that takes ports gets them here, from the modules that provide them.
 */
export const API_MODULES: readonly ApiModule[] = [
  geographyModule,
  agenciesModule,
  planModule,
  auditModule,
  identityModule,
  emissionsModule,
  fieldRecordsModule,
  progressModule,
  syncModule({ submissions: nationalSubmissionSource }),
  webhooksModule,
];
