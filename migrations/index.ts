import { PlanFoundation1795934843857 } from './1795934843857-PlanFoundation';
import { IdentityAndAccess1795936221239 } from './1795936221239-IdentityAndAccess';
import { EmissionInventories1795943958034 } from './1795943958034-EmissionInventories';
import { NationalSync1795944032531 } from './1795944032531-NationalSync';
import { ProgressReports1795944405781 } from './1795944405781-ProgressReports';
import { FieldRecords1795944483488 } from './1795944483488-FieldRecords';
import { BudgetAndInspections1795944515958 } from './1795944515958-BudgetAndInspections';
import { ActivityRecordWithdrawal1795946754165 } from './1795946754165-ActivityRecordWithdrawal';
import { InputUpperBounds1796099225668 } from './1796099225668-InputUpperBounds';
import { CropPlanningAndInfrastructure1796121050957 } from './1796121050957-CropPlanningAndInfrastructure';
import { StoredFiles1796120927906 } from './1796120927906-StoredFiles';
import { Organisations1796120648535 } from './1796120648535-Organisations';
import { HostOrganisations1796120821714 } from './1796120821714-HostOrganisations';
import { CriteriaSets1796121164323 } from './1796121164323-CriteriaSets';
import { ProductionZones1796121601723 } from './1796121601723-ProductionZones';
import { PlanReportApprovals1796120806127 } from './1796120806127-PlanReportApprovals';
import { ResearchStudies1796122082124 } from './1796122082124-ResearchStudies';
import { StudyLeadOrganisationAndProgrammeCriteriaSet1796124074115 } from './1796124074115-StudyLeadOrganisationAndProgrammeCriteriaSet';
import { EmissionUncertainty1796123819658 } from './1796123819658-EmissionUncertainty';
import { InventoryScenario1796130872922 } from './1796130872922-InventoryScenario';
import { InventoryRecalculated1796124072231 } from './1796124072231-InventoryRecalculated';
import { TrainingEventStartDateIndex1796132646684 } from './1796132646684-TrainingEventStartDateIndex';
import { ChangeFeedIndexes1796141035989 } from './1796141035989-ChangeFeedIndexes';
import { TrainedPersonIdentity1796143152002 } from './1796143152002-TrainedPersonIdentity';
import { TrainingEventChangeFeedIndex1796145876667 } from './1796145876667-TrainingEventChangeFeedIndex';
import { WebhookSubscriptions1796120921984 } from './1796120921984-WebhookSubscriptions';
import { CertificationsAndOcop1796123530619 } from './1796123530619-CertificationsAndOcop';
import { TradePromotionAndCarbonCredits1796123640749 } from './1796123640749-TradePromotionAndCarbonCredits';
import { ProductLots1796123642749 } from './1796123642749-ProductLots';
import { CertificationBodyOfficerRole1796131542284 } from './1796131542284-CertificationBodyOfficerRole';
import { OrganisationBoundKeysAndCertificationBodyOfficers1796131542285 } from './1796131542285-OrganisationBoundKeysAndCertificationBodyOfficers';

// Every migration, oldest first. Generated with `npm run migration:generate -- <Name>`, then read and
// corrected by hand; a committed migration is never edited.
export const migrations: Function[] = [
  PlanFoundation1795934843857,
  IdentityAndAccess1795936221239,
  EmissionInventories1795943958034,
  NationalSync1795944032531,
  ProgressReports1795944405781,
  FieldRecords1795944483488,
  BudgetAndInspections1795944515958,
  ActivityRecordWithdrawal1795946754165,
  InputUpperBounds1796099225668,
  CropPlanningAndInfrastructure1796121050957,
  StoredFiles1796120927906,
  Organisations1796120648535,
  HostOrganisations1796120821714,
  CriteriaSets1796121164323,
  ProductionZones1796121601723,
  PlanReportApprovals1796120806127,
  ResearchStudies1796122082124,
  WebhookSubscriptions1796120921984,
  CertificationsAndOcop1796123530619,
  StudyLeadOrganisationAndProgrammeCriteriaSet1796124074115,
  TradePromotionAndCarbonCredits1796123640749,
  EmissionUncertainty1796123819658,
  InventoryRecalculated1796124072231,
  ProductLots1796123642749,
  InventoryScenario1796130872922,
  CertificationBodyOfficerRole1796131542284,
  OrganisationBoundKeysAndCertificationBodyOfficers1796131542285,
  TrainingEventStartDateIndex1796132646684,
  ChangeFeedIndexes1796141035989,
  TrainedPersonIdentity1796143152002,
  TrainingEventChangeFeedIndex1796145876667,
];
