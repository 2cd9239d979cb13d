import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InventoryUncertainty } from '../inventory/inventory-uncertainty.types';
import { GasEnum, LineKindEnum } from '../emission-enums';
import type { Gas, LineKind } from '../engine';
import { ProvincialInventory } from '../provincial/provincial-inventory.entity';
import { MissingCommuneView } from '../provincial/provincial-inventory.types';
import { UnverifiedReductionUnit, VerifiedReductions } from './reduction-figures.types';

@ObjectType()
export class ReportCategoryRow {
  @Field()
  category: string;

  @Field()
  categoryName: string;

  @Field(() => GasEnum)
  gas: Gas;

  @Field(() => LineKindEnum)
  kind: LineKind;

  @Field(() => Float)
  massKg: number;

  @Field(() => Float)
  co2eKg: number;

  @Field(() => Float, { nullable: true, description: 'Combined uncertainty (%, 95 %, Approach 1).' })
  uncertaintyPct: number | null;

  @Field(() => Float, { nullable: true })
  uncertaintyLowerPct: number | null;

  @Field(() => Float, { nullable: true })
  uncertaintyUpperPct: number | null;
}

@ObjectType()
export class ReportCommuneRow {
  @Field()
  administrativeUnitCode: string;

  @Field()
  name: string;

  @Field(() => Int)
  inventoryVersion: number;

  @Field(() => Float)
  emissionsCo2eKg: number;

  @Field(() => Float)
  removalsCo2eKg: number;

  @Field(() => Float)
  totalCo2eKg: number;

  @Field(() => Float)
  indirectEnergyCo2eKg: number;

  @Field(() => Float, { nullable: true, description: "Uncertainty of the commune's net total (%, 95 %, Approach 1); null when not assessed." })
  uncertaintyPct: number | null;
}

@ObjectType()
export class ReportCropRow {
  @Field()
  cropCode: string;

  @Field(() => Float)
  areaHa: number;

  @Field(() => Float)
  emissionsCo2eKg: number;

  @Field(() => Float)
  removalsCo2eKg: number;

  @Field(() => Float)
  totalCo2eKg: number;

  @Field(() => Float, { nullable: true, description: 'Net kg CO2e per hectare.' })
  co2ePerHa: number | null;

  @Field(() => Float, { nullable: true, description: "Uncertainty of the crop's net total (%, 95 %, Approach 1, shared factors summed across communes)." })
  uncertaintyPct: number | null;
}

@ObjectType({ description: 'The annual emissions and reductions report (plan task V.4), from the verified provincial inventory.' })
export class AnnualEmissionReport {
  @Field(() => Int)
  year: number;

  @Field(() => ProvincialInventory)
  provincialInventory: ProvincialInventory;

  @Field({ description: 'Method, factor set, GWP set and uncertainty approach, as stated on every sheet of the XLSX.' })
  methodStatement: string;

  @Field(() => InventoryUncertainty, { nullable: true, description: 'Uncertainty of the provincial totals (by category, gas, overall).' })
  uncertainty: InventoryUncertainty | null;

  @Field(() => [ReportCategoryRow])
  byCategory: ReportCategoryRow[];

  @Field(() => [ReportCommuneRow])
  byCommune: ReportCommuneRow[];

  @Field(() => [ReportCropRow])
  byCrop: ReportCropRow[];

  @Field(() => [MissingCommuneView])
  missingCommunes: MissingCommuneView[];

  @Field(() => VerifiedReductions, {
    description:
      "Verified reductions: each counted commune's verified BASELINE inventory minus its verified ACTUAL inventory, with this inventory's factor and GWP sets.",
  })
  reductions: VerifiedReductions;

  @Field(() => [UnverifiedReductionUnit], {
    description:
      'Communes counted here or with a baseline for the year but without a verified pair (with the reason); their reductions are not verified and not shown.',
  })
  unverifiedReductionCommunes: UnverifiedReductionUnit[];

  @Field({ description: 'Path of the XLSX download of this report on this server.' })
  xlsxPath: string;
}
