import { Field, Int, ObjectType } from 'type-graphql';
import { RequestContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors/app-errors';
import { CarbonProject } from './carbon-project.entity';
import { countCarbonProjectsByStatus } from './carbon-project.service';
import { CarbonProjectStatus } from './carbon.enums';
import { CreditIssuance } from './credit-issuance.entity';

@ObjectType({ simpleResolvers: true })
export class CarbonProjectStatusCount {
  @Field(() => CarbonProjectStatus)
  status: CarbonProjectStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "VI.4's report for a year: the projects, what was issued that year, and projects by status now." })
export class CarbonCreditReport {
  @Field(() => Int)
  year: number;

  @Field(() => [CarbonProject], { description: 'Live projects whose crediting period overlaps the year, or that got credits issued in it.' })
  projects: CarbonProject[];

  @Field(() => [CreditIssuance], { description: 'Issuances dated in the year, oldest first.' })
  issuances: CreditIssuance[];

  @Field(() => Int, { description: 'Credits issued in the year.' })
  issuedTco2e: number;

  @Field(() => [CarbonProjectStatusCount], { description: 'Live projects by status (every status, zeros included).' })
  projectsByStatus: CarbonProjectStatusCount[];
}

export async function carbonCreditReport(ctx: RequestContext, year: number): Promise<CarbonCreditReport> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadUserInputError('year must be from 2000 to 2100', 'year', 'OUT_OF_RANGE');
  const manager = ctx.dataSource.manager;
  const issuances = await manager
    .getRepository(CreditIssuance)
    .createQueryBuilder('i')
    .where('i.deleted_at IS NULL')
    .andWhere('EXTRACT(YEAR FROM i.issued_on) = :year', { year })
    .orderBy('i.issued_on')
    .addOrderBy('i.created_at')
    .getMany();
  const projects = await manager
    .getRepository(CarbonProject)
    .createQueryBuilder('p')
    .where('p.deleted_at IS NULL')
    .andWhere(`((EXTRACT(YEAR FROM p.crediting_from) <= :year AND EXTRACT(YEAR FROM p.crediting_to) >= :year) OR p.id = ANY(:issued))`, {
      year,
      issued: [...new Set(issuances.map((i) => i.projectId))],
    })
    .orderBy('p.name')
    .getMany();
  return {
    year,
    projects,
    issuances,
    issuedTco2e: issuances.reduce((sum, i) => sum + i.quantity, 0),
    projectsByStatus: await countCarbonProjectsByStatus(manager),
  };
}
