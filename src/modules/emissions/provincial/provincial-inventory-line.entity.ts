import { ObjectType } from 'type-graphql';
import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InventoryLineColumns } from '../inventory/inventory-bases';
import { ProvincialInventory } from './provincial-inventory.entity';

/** One IPCC category × gas × kind of the provincial inventory: the exact sum of the communes' lines. */
@ObjectType({ description: 'A provincial total for one IPCC category and gas.', simpleResolvers: true })
@Entity()
@Index(['inventoryId', 'lineNo'], { unique: true })
export class ProvincialInventoryLine extends InventoryLineColumns {
  @ManyToOne(() => ProvincialInventory, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inventory_id' })
  inventory?: ProvincialInventory;
}
