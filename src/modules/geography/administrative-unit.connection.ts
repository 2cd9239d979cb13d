import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/relay/connection';
import { AdministrativeUnit } from './administrative-unit.entity';

@ObjectType({ description: 'A page of administrative units.' })
export class AdministrativeUnitConnection extends ConnectionType(AdministrativeUnit, 'AdministrativeUnit') {}
