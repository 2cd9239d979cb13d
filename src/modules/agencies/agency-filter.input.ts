import { Field, InputType } from 'type-graphql';
import { AgencyKind } from './agency.entity';

@InputType({ description: 'All given conditions must hold.' })
export class AgencyFilter {
  @Field(() => AgencyKind, { nullable: true })
  kind?: AgencyKind | null;

  @Field(() => String, { nullable: true, description: 'Official code of the administrative unit the agency belongs to.' })
  administrativeUnitCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Text in the code or either name; ignores case and diacritics.' })
  search?: string | null;
}
