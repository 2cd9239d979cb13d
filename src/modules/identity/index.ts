// The identity module's public surface: other modules import only this file (or ports.ts).
export { identityModule } from './identity.module';
export { bootstrapAdmin } from './bootstrap-admin';
export { User } from './user.entity';
export { authenticate } from './authenticate';
