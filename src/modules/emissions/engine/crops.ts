// Crops the engine knows. Codes are stable (activity records and GraphQL enums rely on them); names are data.
import cropData from './data/crops.json';
import type { CropDefinition, CropKind } from './types';

const KINDS: readonly CropKind[] = ['ANNUAL', 'PERENNIAL', 'RICE'];

function loadCrops(raw: readonly Record<string, unknown>[]): readonly CropDefinition[] {
  return Object.freeze(
    raw.map((c) => {
      if (typeof c.code !== 'string' || !KINDS.includes(c.kind as CropKind) || typeof c.residueCombustionFactorKey !== 'string') {
        throw new Error(`crops.json: malformed crop ${JSON.stringify(c)}`);
      }
      return Object.freeze({
        code: c.code,
        nameVi: String(c.nameVi),
        nameEn: String(c.nameEn),
        kind: c.kind as CropKind,
        residueCombustionFactorKey: c.residueCombustionFactorKey,
      });
    }),
  );
}

export const CROPS: readonly CropDefinition[] = loadCrops(cropData);

const BY_CODE = new Map(CROPS.map((c) => [c.code, c]));

export function findCrop(code: string): CropDefinition | null {
  return BY_CODE.get(code) ?? null;
}
