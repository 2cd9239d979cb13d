import { Column, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { AdministrativeUnit } from '../../geography';

/** Base of every register record: a synced record of one administrative unit (the province for province-wide ones). */
// The change feed's order (updatedSince: oldest change first, by id among equal instants), so that a
// page reads on from its cursor in the index, also among the rows one import stamped with one instant.
@Index(['updatedAt', 'id'])
export abstract class RegisterRecord extends SyncedEntity {
  /** The commune or ward; the province for a province-wide record. */
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;
}
