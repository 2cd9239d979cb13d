import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { AuditEvent } from './audit-event.entity';

export function createAuditLoaders(dataSource: DataSource) {
  return {
    auditEventById: byIdLoader(dataSource, AuditEvent),
  };
}

declare module '../../core/loaders/loaders' {
  interface Loaders extends ReturnType<typeof createAuditLoaders> {}
}
