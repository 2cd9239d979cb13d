// The product-lots module's public surface: other modules import only this file (or ports.ts).
export { productLotsModule } from './product-lots.module';
export { PRODUCT_LOTS } from './lot-access';
export { productLotFiles } from './lot-files';
export { ProductLot } from './product-lot.entity';
export { IntensityBasis, LOT_PRODUCTS, LotProduct } from './product-lot.enums';
// For certifications and labels: a holder's lots with their intensity, crop and dates.
export { lotsOfHolder } from './lots-of-holder';
export type { HolderLot } from './lots-of-holder';
export { lotIntensitySource } from './lot-intensity-source';
export { countLotsRegistered } from './lot-counts';
