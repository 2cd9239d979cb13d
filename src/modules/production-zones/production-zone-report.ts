import { EntityManager } from 'typeorm';
import { toGlobalId } from '../../core/relay/global-id';
import { ZONE_READERS } from './production-zone-access';
import type { ZoneReportRow } from '../progress/ports';

/**
 * Zones alive in the years: not dissolved before the first, forming by the end of the last, and
 * zones still only planned (no dates yet). One statement, communes and criteria set joined in.
 */
async function zoneRows(manager: EntityManager, period: { fromYear: number; toYear: number }): Promise<ZoneReportRow[]> {
  const rows = await manager.query<(Omit<ZoneReportRow, 'id' | 'areaHa'> & { id: string; areaHa: string })[]>(
    `SELECT z.id, z.code, z.name, z.crop, z.area_ha::text AS "areaHa", z.households, z.status::text AS status,
            to_char(z.forming_on, 'YYYY-MM-DD') AS "formingOn", to_char(z.established_on, 'YYYY-MM-DD') AS "establishedOn",
            to_char(z.dissolved_on, 'YYYY-MM-DD') AS "dissolvedOn",
            ARRAY(SELECT u.code FROM administrative_unit u WHERE u.id = ANY(z.administrative_unit_ids) ORDER BY u.code) AS "communeCodes",
            CASE WHEN c.id IS NULL THEN NULL ELSE c.crop || ' v' || c.set_version END AS "criteriaSet",
            ARRAY(SELECT o.name FROM organisation o WHERE o.id = ANY(z.member_organisation_ids) ORDER BY o.name) AS "memberOrganisations",
            ARRAY(SELECT coalesce(o.name, l->>'buyerOrganisationId') || ': ' || (l->>'contractReference')
                    FROM jsonb_array_elements(z.enterprise_links) WITH ORDINALITY AS e(l, n)
                    LEFT JOIN organisation o ON o.id::text = l->>'buyerOrganisationId' ORDER BY e.n) AS "buyerContracts",
            (z.established_on <= make_date($2, 12, 31) AND (z.dissolved_on IS NULL OR z.dissolved_on > make_date($2, 12, 31))) IS TRUE AS "establishedAtEnd"
       FROM production_zone z LEFT JOIN criteria_set c ON c.id = z.criteria_set_id
      WHERE z.deleted_at IS NULL AND (z.dissolved_on IS NULL OR z.dissolved_on >= make_date($1, 1, 1))
        AND (z.forming_on IS NULL OR z.forming_on <= make_date($2, 12, 31))
      ORDER BY z.code`,
    [period.fromYear, period.toYear],
  );
  return rows.map((r) => ({ ...r, id: toGlobalId('ProductionZone', r.id), areaHa: Number(r.areaHa) }));
}

/** The production zones' sheet of the plan reports (wired into the progress module by src/app). */
export const zoneReportSheet = { readers: ZONE_READERS, rows: zoneRows };
