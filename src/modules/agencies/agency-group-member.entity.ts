import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from './agency.entity';

/** Membership of an agency in a GROUP agency, so "UBND các xã, phường" covers each commune's committee. */
@Entity()
export class AgencyGroupMember {
  @PrimaryColumn('uuid')
  groupId: string;

  @Index()
  @PrimaryColumn('uuid')
  memberId: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Agency;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Agency;
}
