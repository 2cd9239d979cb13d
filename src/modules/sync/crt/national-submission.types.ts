import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

// The typed @2 document (crt/submission-v2.ts) for GraphQL: the same members, no JSON scalar. Numbers
// are exact decimal strings, as in the JSON document.

export enum NotationKeyEnum {
  NO = 'NO',
  NE = 'NE',
  NA = 'NA',
  IE = 'IE',
}
registerEnumType(NotationKeyEnum, {
  name: 'NotationKey',
  description: 'UNFCCC notation keys, where a table has no number.',
  valuesConfig: {
    NO: { description: 'Not occurring' },
    NE: { description: 'Not estimated' },
    NA: { description: 'Not applicable' },
    IE: { description: 'Included elsewhere' },
  },
});

@ObjectType({ description: 'A decimal quantity: an activity datum or an implied factor.' })
export class DecimalQuantityType {
  @Field({ description: 'What it measures, e.g. areaHarvested, cultivationPeriod, nitrogenApplied, impliedEmissionFactor.' })
  parameter: string;
  @Field({ description: 'Exact decimal, e.g. "12.5".' })
  value: string;
  @Field({ description: 'e.g. ha, days, kg N, t dm, kg CH4/ha.' })
  unit: string;
}

@ObjectType({ description: 'One gas of a reporting-table row.' })
export class GasEmissionType {
  @Field()
  gas: string;
  @Field({ description: 'EMISSION or REMOVAL.' })
  kind: string;
  @Field({ description: 'kg of the gas (exact decimal; removals negative).' })
  massKg: string;
  @Field({ description: 'kg CO2e with the submission’s GWP set (exact decimal).' })
  co2eKg: string;
  @Field(() => DecimalQuantityType, { nullable: true, description: 'Emissions ÷ the row’s first activity datum; null when that is zero.' })
  impliedFactor: DecimalQuantityType | null;
}

@ObjectType({ description: 'A notation key with its explanation.' })
export class NotationType {
  @Field(() => NotationKeyEnum)
  key: NotationKeyEnum;
  @Field()
  explanation: string;
}

@ObjectType({ description: 'Combined uncertainty (%, 95 %; IPCC 2006 Vol 1 Ch 3 Approach 1) of a row, a table total or a table.' })
export class RowUncertaintyType {
  @Field(() => String, { nullable: true, description: 'Percent, 2 decimals (exact decimal string); null where there is none (see notation).' })
  pct: string | null;
  @Field(() => String, { nullable: true, description: 'Below the value (%), only where the factor ranges are asymmetric.' })
  lowerPct: string | null;
  @Field(() => String, { nullable: true, description: 'Above the value (%), only where the factor ranges are asymmetric.' })
  upperPct: string | null;
  @Field(() => NotationType, { nullable: true, description: 'Why there is no percentage (NE, with the reason; NA for a table without lines).' })
  notation: NotationType | null;
}

@ObjectType({ description: 'A row of a reporting table: one IPCC 2006 category and item (water regime, N source, crop, lime type).' })
export class CrtRowType {
  @Field({ description: 'CRT category, e.g. 3.D.' })
  crtCategory: string;
  @Field({ description: 'IPCC 2006 category of the inventory lines, e.g. 3.C.4.' })
  ipccCategory: string;
  @Field()
  item: string;
  @Field(() => [DecimalQuantityType])
  activityData: DecimalQuantityType[];
  @Field(() => [GasEmissionType])
  emissions: GasEmissionType[];
  @Field()
  co2eKg: string;
  @Field(() => RowUncertaintyType)
  uncertainty: RowUncertaintyType;
}

@ObjectType({ description: 'Where a table has no number, and why.' })
export class TableNotationType extends NotationType {
  @Field()
  ipccCategory: string;
  @Field({ description: 'A gas, or ALL.' })
  gas: string;
  @Field({ description: 'An item, or ALL.' })
  item: string;
}

@ObjectType({ description: 'A total of a table by gas, from the inventory lines.' })
export class CrtTotalType {
  @Field()
  gas: string;
  @Field()
  kind: string;
  @Field()
  massKg: string;
  @Field()
  co2eKg: string;
  @Field(() => RowUncertaintyType)
  uncertainty: RowUncertaintyType;
}

@ObjectType({ description: 'A reporting table (CRT) of the submission.' })
export class CrtTableType {
  @Field()
  crtCategory: string;
  @Field()
  crtName: string;
  @Field()
  crtTable: string;
  @Field(() => [String])
  ipccCategories: string[];
  @Field(() => [CrtRowType])
  rows: CrtRowType[];
  @Field(() => [TableNotationType])
  notationKeys: TableNotationType[];
  @Field(() => [CrtTotalType])
  totals: CrtTotalType[];
  @Field()
  co2eKg: string;
  @Field(() => RowUncertaintyType, { description: 'Of all the table’s lines together.' })
  uncertainty: RowUncertaintyType;
}

@ObjectType()
export class SubmissionInventoryRef {
  @Field()
  id: string;
  @Field(() => Int)
  version: number;
  @Field(() => Int, { nullable: true })
  replacesVersion: number | null;
  @Field()
  verifiedAt: string;
  @Field(() => String, { nullable: true })
  verifiedBy: string | null;
  @Field()
  inputHash: string;
}

@ObjectType()
export class SubmissionProvince {
  @Field()
  code: string;
  @Field()
  name: string;
}

@ObjectType()
export class SubmissionCommunes {
  @Field(() => [String])
  covered: string[];
  @Field(() => [String])
  missing: string[];
}

@ObjectType()
export class SubmissionProvenance {
  @Field()
  method: string;
  @Field()
  factorSet: string;
  @Field(() => [String])
  factorSetChain: string[];
  @Field()
  gwpSet: string;
  @Field(() => SubmissionCommunes)
  communes: SubmissionCommunes;
  @Field()
  crtMappingSource: string;
  @Field()
  uncertaintyMethod: string;
  @Field(() => [String], { description: 'Factors the lines use whose set gives no range: counted as exact, so the figures understate.' })
  factorsWithoutRange: string[];
}

@ObjectType({ description: 'A line of the inventory (IPCC 2006 category × gas × kind), as in format @1.' })
export class SubmissionLineType {
  @Field()
  category: string;
  @Field()
  categoryName: string;
  @Field()
  gas: string;
  @Field()
  kind: string;
  @Field()
  massKg: number;
  @Field()
  co2eKg: number;
}

@ObjectType()
export class SubmissionTotals {
  @Field()
  totalCo2eKg: number;
  @Field()
  emissionsCo2eKg: number;
  @Field()
  removalsCo2eKg: number;
  @Field()
  indirectEnergyCo2eKg: number;
}

@ObjectType({ description: 'A verified provincial inventory in the shape of the UNFCCC reporting tables (document format …@2).' })
export class NationalSubmission {
  @Field({ description: 'daklak-lowemission/ghg-inventory-submission@2' })
  format: string;
  @Field(() => SubmissionInventoryRef)
  inventory: SubmissionInventoryRef;
  @Field(() => SubmissionProvince)
  province: SubmissionProvince;
  @Field(() => Int)
  year: number;
  @Field(() => [CrtTableType])
  tables: CrtTableType[];
  @Field(() => [SubmissionLineType])
  lines: SubmissionLineType[];
  @Field(() => SubmissionTotals)
  totals: SubmissionTotals;
  @Field(() => SubmissionProvenance)
  provenance: SubmissionProvenance;
  @Field({ description: 'SHA-256 (hex) of the canonical JSON of the document without this member.' })
  documentSha256: string;
}
