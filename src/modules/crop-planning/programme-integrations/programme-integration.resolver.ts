import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../../core/context';
import { Agency } from '../../agencies';
import { CriteriaSet } from '../../criteria-sets';
import { RegisterResolver } from '../../field-records';
import { CROP_PLANNING_READERS, CROP_PLANNING_WRITERS } from '../crop-planning-access';
import { ProgrammeIntegration } from './programme-integration.entity';
import { CreateProgrammeIntegrationInput, ProgrammeIntegrationFilter, UpdateProgrammeIntegrationInput } from './programme-integration.inputs';
import { programmeIntegrationService } from './programme-integration.service';

@Resolver(() => ProgrammeIntegration)
export class ProgrammeIntegrationResolver extends RegisterResolver({
  nodeType: ProgrammeIntegration,
  name: 'ProgrammeIntegration',
  listName: 'programmeIntegrations',
  what: 'Provincial programmes and projects with the low-emission criteria integrated into them (task II.3)',
  createInput: CreateProgrammeIntegrationInput,
  updateInput: UpdateProgrammeIntegrationInput,
  filter: ProgrammeIntegrationFilter,
  readers: CROP_PLANNING_READERS,
  writers: CROP_PLANNING_WRITERS,
  service: programmeIntegrationService,
}) {
  @FieldResolver(() => Agency, { description: 'The agency that owns the programme.' })
  async ownerAgency(@Root() record: ProgrammeIntegration, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await ctx.loaders.agencyById.load(record.ownerAgencyId))!;
  }

  @FieldResolver(() => CriteriaSet, { nullable: true, description: 'The adopted low-emission criteria set (III.2) the programme applies, when one is named.' })
  criteriaSet(@Root() record: ProgrammeIntegration, @Ctx() ctx: RequestContext): Promise<CriteriaSet | null> | null {
    return record.criteriaSetId ? ctx.loaders.criteriaSetById.load(record.criteriaSetId) : null;
  }
}
