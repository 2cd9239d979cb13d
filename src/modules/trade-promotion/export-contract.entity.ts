import { Field, Float, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { numericTransformer } from '../../core/db/numeric-transformer';
import { SyncedEntity } from '../../core/db/synced-entity';
import { Node } from '../../core/relay/node.interface';
import { RegisterRecord } from '../field-records';
import { Organisation } from '../organisations';
import { ExportContractStatus } from './trade-promotion.enums';

/** An export contract of one of the province's organisations (task VI.3's "hợp đồng xuất khẩu"). */
@ObjectType({ implements: [Node, SyncedEntity], description: 'An export contract of an organisation of the province (VI.3).' })
@Entity()
@Index(['status', 'signedDate'])
@Check(`"volume_tonnes" > 0 AND "volume_tonnes" <= 10000000`)
@Check(`"value_usd_cents" >= 0 AND "value_usd_cents" <= 1000000000000000`)
@Check(`"buyer_country_code" <> 'VN'`)
@Check(`"status" = 'DRAFT' OR "signed_date" IS NOT NULL`)
export class ExportContract extends RegisterRecord {
  /** The seller; the record's unit is the organisation's commune. */
  @Index()
  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Field(() => String, { nullable: true, description: "The contract's own number or reference." })
  @Column({ type: 'varchar', length: 200, nullable: true })
  reference: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the buyer’s country (not VN).' })
  @Column({ type: 'char', length: 2 })
  buyerCountryCode: string;

  @Field({ description: 'Crop code of the product.' })
  @Column({ type: 'text' })
  productCode: string;

  @Field(() => Float, { description: 'Tonnes of product.' })
  @Column({ type: 'numeric', precision: 14, scale: 3, transformer: numericTransformer })
  volumeTonnes: number;

  /** Exact money: whole US cents (a bigint, read as a string). */
  @Column({ type: 'bigint' })
  valueUsdCents: string;

  @Field(() => [String], {
    description:
      'Product lot codes the low-emission claim rests on. Checked as codes only: the lots register is not linked yet, so these are not verified against lots.',
  })
  @Column({ type: 'text', array: true, default: '{}' })
  claimedLotCodes: string[];

  /** A certification the claim rests on; not a foreign key until the certifications register lands. */
  @Column({ type: 'uuid', nullable: true })
  claimedCertificationId: string | null;

  @Field(() => String, { nullable: true, description: 'Day signed (YYYY-MM-DD); required once not DRAFT.' })
  @Column({ type: 'date', nullable: true })
  signedDate: string | null;

  @Field(() => ExportContractStatus)
  @Column({ type: 'enum', enum: ExportContractStatus, enumName: 'export_contract_status' })
  status: ExportContractStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
