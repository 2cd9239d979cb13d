import { EntityManager } from 'typeorm';
import { AgencyKind } from '../modules/agencies';
import { CommuneRow } from '../modules/geography';
import { AgencyCatalogue } from './appendix/appendix.types';
import { Row, idsByKey, upsertRows } from './upsert';

export const peoplesCommitteeCode = (unitCode: string) => `PC-${unitCode}`;

const PROVINCIAL_KINDS: string[] = [AgencyKind.PROVINCIAL_DEPARTMENT, AgencyKind.MEDIA];

function peoplesCommitteeRow(commune: CommuneRow, unitId: string): Row {
  // "Xã Hòa Phú" -> "Ủy ban nhân dân xã Hòa Phú" / "People's Committee of Hòa Phú commune"
  const [prefix, ...rest] = commune.name.split(' ');
  const placeName = rest.join(' ');
  return {
    code: peoplesCommitteeCode(commune.code),
    name: `Ủy ban nhân dân ${prefix.toLocaleLowerCase('vi')} ${placeName}`,
    name_en: `People's Committee of ${placeName} ${commune.kind === 'WARD' ? 'ward' : 'commune'}`,
    kind: AgencyKind.PEOPLES_COMMITTEE,
    note: null,
    administrative_unit_id: unitId,
  };
}

/** Loads the plan's agencies, one People's Committee per commune/ward, and group memberships. */
export async function loadAgencies(
  manager: EntityManager,
  catalogue: AgencyCatalogue,
  communes: CommuneRow[],
  unitIds: Map<string, string>,
  provinceCode: string,
): Promise<Map<string, string>> {
  const provinceId = unitIds.get(provinceCode) ?? null;
  const rows: Row[] = [
    ...catalogue.agencies.map((a) => ({
      code: a.code,
      name: a.name,
      name_en: a.nameEn,
      kind: a.kind,
      note: a.note ?? null,
      administrative_unit_id: PROVINCIAL_KINDS.includes(a.kind) ? provinceId : null,
    })),
    ...communes.map((c) => peoplesCommitteeRow(c, unitIds.get(c.code)!)),
  ];
  await upsertRows(manager, 'agency', ['code'], rows);
  const ids = await idsByKey(manager, 'agency', 'code');

  const groups = catalogue.agencies.filter((a) => a.kind === 'GROUP');
  const memberships = groups.flatMap((group) =>
    rows
      .filter((row) => group.memberKinds?.includes(row.kind as AgencyKind))
      .map((row) => ({ group_id: ids.get(group.code)!, member_id: ids.get(row.code as string)! })),
  );
  const groupIds = groups.map((g) => ids.get(g.code)!);
  // Drop memberships no longer implied by the catalogue, then add the missing ones.
  await manager.query(
    `DELETE FROM agency_group_member m WHERE m.group_id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS d(group_id uuid, member_id uuid)
                       WHERE d.group_id = m.group_id AND d.member_id = m.member_id)`,
    [groupIds, JSON.stringify(memberships)],
  );
  await upsertRows(manager, 'agency_group_member', ['group_id', 'member_id'], memberships, { timestamps: false });
  return ids;
}
