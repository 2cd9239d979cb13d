import { DataSource } from 'typeorm';
import { byIdLoader } from '../../core/loaders/by-id-loader';
import { AuditEvent } from '../audit/audit-event.entity';
import { CommuneImplementationPlan } from '../progress/commune-implementation-plan.entity';
import { ApiKey } from './api-key.entity';
import { User } from './user.entity';

export function createIdentityLoaders(dataSource: DataSource) {
  return {
    userById: byIdLoader(dataSource, User),
    apiKeyById: byIdLoader(dataSource, ApiKey),
    auditEventById: byIdLoader(dataSource, AuditEvent),
    implementationPlanById: byIdLoader(dataSource, CommuneImplementationPlan),
  };
}
