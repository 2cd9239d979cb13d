import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GasEnum, LineKindEnum } from '../emission-enums';
import type { Gas, LineKind } from '../engine';
import { ProvincialInventory } from '../provincial/provincial-inventory.entity';
import { MissingCommuneView } from '../provincial/provincial-inventory.types';

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
}

@ObjectType({ description: 'The annual emissions report (plan task V.4), from the verified provincial inventory.' })
export class AnnualEmissionReport {
  @Field(() => Int)
  year: number;

  @Field(() => ProvincialInventory)
  provincialInventory: ProvincialInventory;

  @Field({ description: 'Method, factor set and GWP set, as stated on every sheet of the XLSX.' })
  methodStatement: string;

  @Field(() => [ReportCategoryRow])
  byCategory: ReportCategoryRow[];

  @Field(() => [ReportCommuneRow])
  byCommune: ReportCommuneRow[];

  @Field(() => [ReportCropRow])
  byCrop: ReportCropRow[];

  @Field(() => [MissingCommuneView])
  missingCommunes: MissingCommuneView[];

  @Field({ description: 'Path of the XLSX download of this report on this server.' })
  xlsxPath: string;
}
