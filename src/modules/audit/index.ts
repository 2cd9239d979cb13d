// The audit module's public surface: other modules import only this file (or ports.ts).
export { auditModule } from './audit.module';
export { recordAudit, recordAuditMany } from './audit.service';
export type { AuditEntry } from './audit.service';
