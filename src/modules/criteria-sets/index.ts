// The criteria-sets module's public surface: other modules import only this file (or ports.ts).
export { criteriaSetsModule } from './criteria-sets.module';
export { CRITERIA_SETS } from './criteria-set-access';
export { criteriaSetFiles } from './criteria-set-files';
export { adoptedCriteriaSetsByCrop } from './criteria-set-list';
export type { AdoptedCriteriaByCrop } from './criteria-set-list';
export { CriteriaSet, CriteriaThreshold } from './criteria-set.entity';
export { CriteriaMetric, CriteriaSetStatus } from './criteria-set.enums';
export { criteriaSetReportSheet } from './criteria-set-report';
