import { Field, Float, ObjectType } from 'type-graphql';
import { Column, EntityManager, PrimaryGeneratedColumn } from 'typeorm';
import { NodeEntity } from '../../../core/db/node-entity';
import { GasEnum, LineKindEnum } from '../emission-enums';
import type { Gas, LineKind } from '../engine';
import { InventoryUncertainty } from './inventory-uncertainty.types';
import { kgColumn } from './kg-column';

/** The four totals every inventory (commune or provincial) reports, each the exact sum of its lines. */
// Decorated so that type-graphql copies these fields into the types that extend it.
@ObjectType()
export abstract class InventoryTotalsColumns extends NodeEntity {
  @Field(() => Float, { description: 'Net: emissions plus removals (kg CO2e); grid electricity excluded.' })
  @Column(kgColumn)
  totalCo2eKg: number;

  @Field(() => Float)
  @Column(kgColumn)
  emissionsCo2eKg: number;

  @Field(() => Float, { description: 'Zero or negative.' })
  @Column(kgColumn)
  removalsCo2eKg: number;

  @Field(() => Float, { description: 'Grid electricity (indirect, outside the totals).' })
  @Column(kgColumn)
  indirectEnergyCo2eKg: number;

  @Field(() => InventoryUncertainty, { nullable: true, description: 'Combined uncertainty (Approach 1); null for versions computed before it was assessed.' })
  @Column({ type: 'jsonb', nullable: true })
  uncertainty: InventoryUncertainty | null;
}

/** One IPCC category × gas × kind with its mass and CO2e. */
@ObjectType()
export abstract class InventoryLineColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  inventoryId: string;

  @Column({ type: 'int' })
  lineNo: number;

  @Field()
  @Column({ type: 'text' })
  category: string;

  @Field()
  @Column({ type: 'text' })
  categoryName: string;

  @Field(() => GasEnum)
  @Column({ type: 'text' })
  gas: Gas;

  @Field(() => LineKindEnum)
  @Column({ type: 'text' })
  kind: LineKind;

  @Field(() => Float)
  @Column(kgColumn)
  massKg: number;

  @Field(() => Float)
  @Column(kgColumn)
  co2eKg: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Combined uncertainty (%, 95 %; Approach 1, Eq 3.1 on a commune line, Eq 3.2 over the communes on a provincial line); null when not assessed.',
  })
  @Column({ type: 'double precision', nullable: true })
  uncertaintyPct: number | null;

  @Field(() => Float, { nullable: true, description: 'The same, propagated with the lower half-widths of the factor ranges.' })
  @Column({ type: 'double precision', nullable: true })
  uncertaintyLowerPct: number | null;

  @Field(() => Float, { nullable: true, description: 'The same, propagated with the upper half-widths of the factor ranges.' })
  @Column({ type: 'double precision', nullable: true })
  uncertaintyUpperPct: number | null;
}

/** Sets an inventory's totals to the exact decimal sums (PostgreSQL numeric) of its stored lines. */
export async function totalsFromLines(manager: EntityManager, inventoryTable: string, lineTable: string, inventoryId: string): Promise<void> {
  await manager.query(
    `UPDATE ${inventoryTable} i SET
       emissions_co2e_kg = s.emissions, removals_co2e_kg = s.removals, indirect_energy_co2e_kg = s.indirect,
       total_co2e_kg = s.emissions + s.removals
     FROM (SELECT COALESCE(SUM(co2e_kg) FILTER (WHERE kind = 'EMISSION'), 0) AS emissions,
                  COALESCE(SUM(co2e_kg) FILTER (WHERE kind = 'REMOVAL'), 0) AS removals,
                  COALESCE(SUM(co2e_kg) FILTER (WHERE kind = 'INDIRECT'), 0) AS indirect
             FROM ${lineTable} WHERE inventory_id = $1) s
     WHERE i.id = $1`,
    [inventoryId],
  );
}
