import { DataSource, EntityManager, In } from 'typeorm';
import { AdministrativeUnit, AdministrativeUnitKind } from './administrative-unit.entity';

/** The local units the plan counts "per commune": communes and wards. */
export const LOCAL_UNIT_KINDS = [AdministrativeUnitKind.COMMUNE, AdministrativeUnitKind.WARD];

/** Every commune and ward, by official code. */
export function communesAndWards(db: DataSource | EntityManager): Promise<AdministrativeUnit[]> {
  return db.getRepository(AdministrativeUnit).find({ where: { kind: In(LOCAL_UNIT_KINDS) }, order: { code: 'ASC' } });
}
