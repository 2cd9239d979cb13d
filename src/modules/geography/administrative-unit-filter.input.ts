import { Field, InputType } from 'type-graphql';
import { AdministrativeUnitKind } from './administrative-unit.entity';

@InputType({ description: 'All given conditions must hold.' })
export class AdministrativeUnitFilter {
  @Field(() => AdministrativeUnitKind, { nullable: true })
  kind?: AdministrativeUnitKind | null;

  @Field(() => String, { nullable: true, description: 'Only the children of the unit with this code, e.g. "66".' })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Text in the code or name; ignores case and diacritics.' })
  search?: string | null;
}
