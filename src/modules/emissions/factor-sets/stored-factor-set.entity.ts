import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FactorValue } from '../engine';

/**
 * A country-specific (Tier 2) factor set: overrides of an IPCC set, with provenance. Never edited
 * after creation, because inventories pin a set by code and must stay reproducible; a revised set
 * gets a new code.
 */
@Entity('factor_set')
export class StoredFactorSet {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', comment: 'Code of the set it overrides.' })
  base: string;

  @Column({ type: 'jsonb' })
  factors: Record<string, FactorValue>;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
