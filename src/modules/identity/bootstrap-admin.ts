import { randomBytes } from 'node:crypto';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuthConfig, ConfigError } from '../../config';
import { ANONYMOUS } from '../../core/auth/principal';
import { Role } from '../../core/auth/roles';
import { recordAudit } from '../audit';
import { hashPassword } from './passwords';
import { User } from './user.entity';

// Distinct from the seed lock: replicas starting together create at most one admin.
const BOOTSTRAP_LOCK_KEY = 66_0000_0001;

/**
 * Makes sure an active ADMIN exists. From ADMIN_EMAIL/ADMIN_PASSWORD when given; in development a
 * generated password is printed once; in production the start fails. No default password exists.
 */
export async function bootstrapAdmin(dataSource: DataSource, auth: AuthConfig, production: boolean, logger: Logger): Promise<void> {
  const created = await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK_KEY]);
    const users = manager.getRepository(User);
    if (await users.existsBy({ role: Role.ADMIN, active: true })) return null;
    if (production && !(auth.adminEmail && auth.adminPassword)) {
      throw new ConfigError('No active ADMIN exists: set ADMIN_EMAIL and ADMIN_PASSWORD for the first start');
    }
    const email = auth.adminEmail ?? 'admin@localhost';
    const password = auth.adminPassword ?? randomBytes(18).toString('base64url');
    const existing = await users.findOneBy({ email });
    const admin = await users.save(
      users.merge(existing ?? users.create({ email }), {
        displayName: existing?.displayName ?? 'Administrator',
        role: Role.ADMIN,
        active: true,
        agencyId: null,
        administrativeUnitId: null,
        passwordHash: await hashPassword(password),
      }),
    );
    await recordAudit(
      manager,
      { principal: ANONYMOUS, requestId: null, clientAddress: null },
      {
        action: 'bootstrapAdmin',
        entityType: 'User',
        entityId: admin.id,
        after: { email: admin.email, role: admin.role },
        actor: { actorType: 'SYSTEM', actorId: null },
      },
    );
    return { email, password };
  });
  if (!created) return;
  logger.info({ email: created.email }, 'created the first ADMIN');
  if (!auth.adminPassword) {
    // Printed once, after the commit, on the console only: it never reaches the structured log.
    process.stdout.write(`\nFirst ADMIN created: ${created.email} / ${created.password}\nChange it after logging in.\n\n`);
  }
}
