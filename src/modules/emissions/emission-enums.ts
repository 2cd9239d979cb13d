import { registerEnumType } from 'type-graphql';
import { CLIMATE_ZONES, DIESEL_USES, LIME_TYPES, ORGANIC_AMENDMENT_TYPES, PRE_SEASON_REGIMES, SYNTHETIC_FERTILIZER_TYPES, WATER_REGIMES } from './engine';

// The engine owns these value lists; GraphQL exposes them as enums under the names clients use.
const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ClimateZoneEnum = asEnum(CLIMATE_ZONES);
export const SyntheticFertilizerTypeEnum = asEnum(SYNTHETIC_FERTILIZER_TYPES);
export const LimeTypeEnum = asEnum(LIME_TYPES);
export const WaterRegimeEnum = asEnum(WATER_REGIMES);
export const PreSeasonRegimeEnum = asEnum(PRE_SEASON_REGIMES);
export const OrganicAmendmentTypeEnum = asEnum(ORGANIC_AMENDMENT_TYPES);
export const DieselUseEnum = asEnum(DIESEL_USES);
export const GwpSetEnum = asEnum(['AR4', 'AR5', 'AR6'] as const);
export const GasEnum = asEnum(['CO2', 'CH4', 'N2O'] as const);
export const LineKindEnum = asEnum(['EMISSION', 'REMOVAL', 'INDIRECT'] as const);

registerEnumType(ClimateZoneEnum, { name: 'ClimateZone', description: 'IPCC climate zone; Đắk Lắk is TROPICAL_MOIST (2019R "wet" class).' });
registerEnumType(SyntheticFertilizerTypeEnum, { name: 'SyntheticFertilizerType' });
registerEnumType(LimeTypeEnum, { name: 'LimeType' });
registerEnumType(WaterRegimeEnum, { name: 'WaterRegime', description: 'Rice water regime during cultivation (IPCC Table 5.12).' });
registerEnumType(PreSeasonRegimeEnum, { name: 'PreSeasonRegime', description: 'Water regime before the rice season (IPCC Table 5.13).' });
registerEnumType(OrganicAmendmentTypeEnum, { name: 'OrganicAmendmentType', description: 'Straw in dry weight, others in fresh weight (IPCC Table 5.14).' });
registerEnumType(DieselUseEnum, { name: 'DieselUse', description: 'STATIONARY: pumps (1.A.4.c.i); OFF_ROAD: tractors and machinery (1.A.4.c.ii).' });
registerEnumType(GwpSetEnum, {
  name: 'GwpSet',
  description: 'IPCC global warming potentials over 100 years: AR4 (2007), AR5 (2013, used for Paris Agreement reporting), AR6 (2021).',
});
registerEnumType(GasEnum, { name: 'Gas' });
registerEnumType(LineKindEnum, {
  name: 'EmissionLineKind',
  valuesConfig: {
    EMISSION: { description: 'Counted in emissions.' },
    REMOVAL: { description: 'Carbon taken up (negative); reported apart from emissions.' },
    INDIRECT: { description: 'Grid electricity: indirect, kept out of the totals.' },
  },
});
