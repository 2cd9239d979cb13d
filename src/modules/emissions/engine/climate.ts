// Climate and water-regime classes that select between factors.
import type { ActivityData, ClimateZone, CropDefinition, WaterRegime } from './types';

/** 2019R "wet" class: tropical moist/wet and temperate moist; the *_DRY zones are "dry". */
export function isWetClimate(zone: ClimateZone): boolean {
  return !zone.endsWith('_DRY');
}

/** Rice grown under any flooded regime (all but UPLAND); its N inputs take EF1FR and leach in any climate. */
export function floodedRiceRegime(activity: ActivityData, crop: CropDefinition): Exclude<WaterRegime, 'UPLAND'> | null {
  if (crop.kind !== 'RICE') return null;
  const regime = activity.rice?.waterRegime;
  if (!regime || regime === 'UPLAND') return null;
  return regime;
}
