import { IsOptional, IsUrl, Length, Matches } from 'class-validator';
import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { Limit, RANGES } from '../../../core/input/input-limits';

@ObjectType('EvidenceLink')
@InputType('EvidenceLinkInput')
export class EvidenceLink {
  @Field()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  url: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, hex.' })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/i, { message: 'sha256 must be 64 hex digits' })
  sha256?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  description?: string | null;
}

@ObjectType('TargetValue')
@InputType('TargetValueInput')
export class TargetValue {
  @Field({ description: 'Target metric of the task, e.g. RESEARCH_STUDIES.' })
  metric: string;

  @Field(() => Float)
  @Limit(RANGES.targetValue)
  value: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000)
  note?: string | null;
}
