import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/relay/connection';
import { Agency } from './agency.entity';

@ObjectType({ description: 'A page of agencies.' })
export class AgencyConnection extends ConnectionType(Agency, 'Agency') {}
