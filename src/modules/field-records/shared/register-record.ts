import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { SyncedEntity } from '../../../core/db/synced-entity';
import { AdministrativeUnit } from '../../geography';

/** Base of every register record: a synced record of one administrative unit (the province for province-wide ones). */
export abstract class RegisterRecord extends SyncedEntity {
  /** The commune or ward; the province for a province-wide record. */
  @Column('uuid')
  administrativeUnitId: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'administrative_unit_id' })
  administrativeUnit?: AdministrativeUnit;
}
