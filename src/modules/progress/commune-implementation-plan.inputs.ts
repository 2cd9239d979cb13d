import { IsIn, IsOptional, IsUrl, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ImplementationPlanStatus } from './commune-implementation-plan.entity';
import { Limit } from '../../core/input/input-limits';
import { MAX_FILES_PER_RECORD } from '../files';

@InputType({ description: 'Creates or replaces the plan of one commune or ward (safe to retry).' })
export class SaveCommuneImplementationPlanInput {
  @Field({ description: 'Official 5-digit code of the commune or ward.' })
  @Matches(/^\d{5}$/, { message: 'administrativeUnitCode must be a 5-digit code' })
  administrativeUnitCode: string;

  @Field()
  @Length(1, 500)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  documentUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/i, { message: 'documentSha256 must be 64 hex digits' })
  documentSha256?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The signed document and annexes, uploaded with POST /files; without documentUrl, the first one is the document.',
  })
  @Limit({ maxItems: MAX_FILES_PER_RECORD })
  fileIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Limit({ format: 'date' })
  adoptedOn?: string | null;

  @Field(() => ImplementationPlanStatus)
  @IsIn(Object.values(ImplementationPlanStatus))
  status: ImplementationPlanStatus;
}

@InputType()
export class CommuneImplementationPlanFilter {
  @Field(() => String, { nullable: true })
  administrativeUnitCode?: string | null;

  @Field(() => ImplementationPlanStatus, { nullable: true })
  status?: ImplementationPlanStatus | null;
}
