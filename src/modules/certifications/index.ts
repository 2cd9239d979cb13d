// The certifications module's public surface: other modules import only this file (or ports.ts).
export { certificationsModule } from './certifications.module';
export { CERTIFICATIONS } from './certification-access';
export { certificationsValidAt } from './certification-list';
export type { ValidCertification } from './certification-list';
export { countOcopProductsWithLabel, labelsGrantedByYear } from './certification-labels';
export type { LabelsGrantedInYear } from './certification-labels';
export { countOcopProductsRated } from './ocop/ocop-counts';
export { Certification } from './certification.entity';
export { CertificationScheme, CertificationStatus } from './certification.enums';
export { OcopProduct } from './ocop/ocop-product.entity';
export type { CertificationsPorts, LotIntensitySource, RecentLot } from './ports';
