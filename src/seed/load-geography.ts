import { EntityManager } from 'typeorm';
import { AdministrativeUnitKind, CommuneRow } from '../modules/geography';
import { idsByKey, upsertRows } from './upsert';

/** Loads the province and its communes/wards; returns unit ids by official code. */
export async function loadGeography(manager: EntityManager, province: { code: string; name: string }, communes: CommuneRow[]): Promise<Map<string, string>> {
  await upsertRows(
    manager,
    'administrative_unit',
    ['code'],
    [{ code: province.code, name: province.name, kind: AdministrativeUnitKind.PROVINCE, parent_id: null }],
  );
  const provinceId = (await idsByKey(manager, 'administrative_unit', 'code', 'code = $1', [province.code])).get(province.code)!;
  await upsertRows(
    manager,
    'administrative_unit',
    ['code'],
    communes.map((c) => ({ code: c.code, name: c.name, kind: c.kind, parent_id: provinceId })),
  );
  return idsByKey(manager, 'administrative_unit', 'code');
}
