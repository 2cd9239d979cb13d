import { ApiModule } from '../core/modules/api-module';
import { agenciesModule } from '../modules/agencies';
import { auditModule } from '../modules/audit';
import { carbonCreditsModule, countCarbonProjectsByStatus, sumCreditsIssued } from '../modules/carbon-credits';
import { certificationsModule, countOcopProductsRated, countOcopProductsWithLabel, labelsGrantedByYear } from '../modules/certifications';
import { conversionReportSheet, cropPlanningModule, plannedConvertedReportSheet } from '../modules/crop-planning';
import { adoptedCriteriaSetsByCrop, criteriaSetFiles, criteriaSetReportSheet, criteriaSetsModule } from '../modules/criteria-sets';
import { emissionsModule, nationalSubmissionSource } from '../modules/emissions';
import { fieldRecordsModule, materialFiles } from '../modules/field-records';
import { filesModule } from '../modules/files';
import { geographyModule } from '../modules/geography';
import { identityModule } from '../modules/identity';
import { infrastructureModule, worksReportSheet } from '../modules/infrastructure';
import { organisationsModule } from '../modules/organisations';
import { planModule } from '../modules/plan';
import { countLotsRegistered, lotIntensitySource, productLotFiles, productLotsModule } from '../modules/product-lots';
import { countEstablishedZones, productionZonesModule, zoneReportSheet } from '../modules/production-zones';
import { budgetLineLookup, implementationPlanFiles, progressModule, progressReportFiles } from '../modules/progress';
import { countStudies, researchModule, studyReportSheet } from '../modules/research';
import { syncModule } from '../modules/sync';
import { countExportContractsSigned, countTradeEventsHeld, tradePromotionModule } from '../modules/trade-promotion';
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
  organisationsModule,
  fieldRecordsModule,
  criteriaSetsModule,
  productionZonesModule,
  researchModule,
  progressModule({
    registerCounts: {
      studies: countStudies,
      adoptedCriteriaSets: async (manager, { toYear }) =>
        (await adoptedCriteriaSetsByCrop(manager, toYear)).map(({ crop, adoptedSets }) => ({ crop, sets: adoptedSets })),
      establishedZones: (manager, { toYear }) => countEstablishedZones(manager, toYear),
      lotsRegistered: countLotsRegistered,
      labelsGranted: async (manager, { fromYear, toYear }) =>
        (await labelsGrantedByYear(manager, toYear)).filter((y) => y.year >= fromYear).reduce((sum, y) => sum + y.labels, 0),
      tradeEventsHeld: countTradeEventsHeld,
      exportContractsSigned: countExportContractsSigned,
      carbonProjectsByStatus: countCarbonProjectsByStatus,
      creditsIssued: sumCreditsIssued,
      ocopProductsRated: countOcopProductsRated,
      ocopProductsWithLabel: countOcopProductsWithLabel,
    },
    registerSheets: {
      productionZones: zoneReportSheet,
      cropConversions: conversionReportSheet,
      infrastructureWorks: worksReportSheet,
      criteriaSets: criteriaSetReportSheet,
      researchStudies: studyReportSheet,
      plannedAgainstConverted: plannedConvertedReportSheet,
    },
  }),
  cropPlanningModule,
  infrastructureModule({ budgetLines: budgetLineLookup }),
  syncModule({ submissions: nationalSubmissionSource }),
  filesModule({ references: [materialFiles, progressReportFiles, implementationPlanFiles, criteriaSetFiles, productLotFiles] }),
  webhooksModule,
  certificationsModule({ lotIntensity: lotIntensitySource }),
  tradePromotionModule,
  carbonCreditsModule,
  productLotsModule,
];
