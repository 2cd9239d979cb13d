import { Resolver } from 'type-graphql';
import { RegisterResolver } from '../../field-records';
import { INFRASTRUCTURE_READERS, INFRASTRUCTURE_WRITERS } from '../infrastructure-access';
import { InfrastructureWork } from './infrastructure-work.entity';
import { CreateInfrastructureWorkInput, InfrastructureWorkFilter, UpdateInfrastructureWorkInput } from './infrastructure-work.inputs';
import { infrastructureWorkService } from './infrastructure-work.service';

@Resolver(() => InfrastructureWork)
export class InfrastructureWorkResolver extends RegisterResolver({
  nodeType: InfrastructureWork,
  name: 'InfrastructureWork',
  listName: 'infrastructureWorks',
  what: 'Infrastructure works (task III.1): irrigation, on-farm canals, roads, drying yards, storage',
  createInput: CreateInfrastructureWorkInput,
  updateInput: UpdateInfrastructureWorkInput,
  filter: InfrastructureWorkFilter,
  readers: INFRASTRUCTURE_READERS,
  writers: INFRASTRUCTURE_WRITERS,
  service: infrastructureWorkService,
}) {}
