import { registerEnumType } from 'type-graphql';

/** What a lot holds. Each product belongs to one crop of the emission engine's catalogue (LOT_PRODUCTS). */
export enum LotProduct {
  COFFEE_CHERRY = 'COFFEE_CHERRY',
  GREEN_COFFEE = 'GREEN_COFFEE',
  PADDY = 'PADDY',
  MILLED_RICE = 'MILLED_RICE',
  PEPPER = 'PEPPER',
  DURIAN = 'DURIAN',
  SUGARCANE = 'SUGARCANE',
  MAIZE_GRAIN = 'MAIZE_GRAIN',
  CASSAVA_ROOT = 'CASSAVA_ROOT',
}

/** The products as data: the crop each comes from and its Vietnamese name. */
export const LOT_PRODUCTS: Readonly<Record<LotProduct, { crop: string; nameVi: string }>> = {
  [LotProduct.COFFEE_CHERRY]: { crop: 'COFFEE', nameVi: 'Cà phê quả tươi' },
  [LotProduct.GREEN_COFFEE]: { crop: 'COFFEE', nameVi: 'Cà phê nhân' },
  [LotProduct.PADDY]: { crop: 'RICE', nameVi: 'Lúa' },
  [LotProduct.MILLED_RICE]: { crop: 'RICE', nameVi: 'Gạo' },
  [LotProduct.PEPPER]: { crop: 'PEPPER', nameVi: 'Hồ tiêu' },
  [LotProduct.DURIAN]: { crop: 'DURIAN', nameVi: 'Sầu riêng' },
  [LotProduct.SUGARCANE]: { crop: 'SUGARCANE', nameVi: 'Mía' },
  [LotProduct.MAIZE_GRAIN]: { crop: 'MAIZE', nameVi: 'Ngô hạt' },
  [LotProduct.CASSAVA_ROOT]: { crop: 'CASSAVA', nameVi: 'Sắn củ' },
};

/** Steps of the chain of custody. */
export enum LotEventKind {
  HARVESTED = 'HARVESTED',
  RECEIVED = 'RECEIVED',
  PROCESSED = 'PROCESSED',
  STORED = 'STORED',
  SHIPPED = 'SHIPPED',
  SOLD = 'SOLD',
  SPLIT = 'SPLIT',
  MERGED = 'MERGED',
}

/** How a lot came to be. */
export enum LotOrigin {
  HARVEST = 'HARVEST',
  SPLIT = 'SPLIT',
  MERGE = 'MERGE',
}

/** What the lot's intensity divides the linked records' emissions by. */
export enum IntensityBasis {
  RECORD_YIELD = 'RECORD_YIELD',
  LOT_QUANTITY = 'LOT_QUANTITY',
}

registerEnumType(LotProduct, {
  name: 'LotProduct',
  valuesConfig: Object.fromEntries(Object.entries(LOT_PRODUCTS).map(([code, p]) => [code, { description: `${p.nameVi} (crop ${p.crop})` }])),
});
registerEnumType(LotEventKind, {
  name: 'LotEventKind',
  valuesConfig: {
    HARVESTED: { description: 'Harvest recorded (the registration records the first one); holds no more than the lot.' },
    RECEIVED: { description: 'A party of the chain took the lot in; no more than the lot holds.' },
    PROCESSED: { description: 'Processed with a yield ratio in (0, 1]: the processed quantity becomes quantity × ratio.' },
    STORED: { description: 'Put in storage; no more than the lot holds.' },
    SHIPPED: { description: 'Left the chain recorded here: the lot holds that much less.' },
    SOLD: { description: 'Sold: the lot holds that much less.' },
    SPLIT: { description: 'Part of the lot became new lots, each with its own code.' },
    MERGED: { description: 'Several lots became one new lot.' },
  },
});
registerEnumType(LotOrigin, { name: 'LotOrigin' });
registerEnumType(IntensityBasis, {
  name: 'IntensityBasis',
  valuesConfig: {
    RECORD_YIELD: { description: "The records' recorded yields: net emissions ÷ harvested product of the records." },
    LOT_QUANTITY: { description: "A record's yield is unknown: net emissions of the linked records ÷ the lot's quantity." },
  },
});
