import { DataSource, EntityManager } from 'typeorm';
import { AccessRule, isAllowed } from '../../core/auth/access';
import { RegisterWrite } from '../../core/auth/register-writers';
import { ReferenceRule } from '../../core/auth/references';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { AgencyRole, Task, agencyHasTaskRole } from '../plan';
import { CriteriaSet } from './criteria-set.entity';
import { CriteriaSetStatus } from './criteria-set.enums';

/** The plan task this register serves: the Department of Agriculture and Environment leads it. */
export const CRITERIA_TASK = 'III.2';

/** Adopted and superseded sets are public standards (labels are checked against them). */
export const CRITERIA_READERS: AccessRule = { public: true };

/** Who also sees drafts: the staff who prepare and review them, and keys granted the register. */
export const DRAFT_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['criteria-sets:read'],
};

/** Province-level writers; the service admits an agency officer only when their agency leads III.2. */
export const CRITERIA_WRITERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER],
  scopes: ['criteria-sets:write'],
};

export const mayReadDrafts = (ctx: RequestContext) => isAllowed(DRAFT_READERS, ctx.principal);

export const mayRead = (ctx: RequestContext, set: CriteriaSet) => set.status !== CriteriaSetStatus.DRAFT || mayReadDrafts(ctx);

/** Criteria sets as references: province-wide records; a draft is invisible to whoever may not read drafts. */
export const CRITERIA_SETS: ReferenceRule<CriteriaSet> = {
  type: 'CriteriaSet',
  entity: CriteriaSet,
  unitOf: () => null,
  canRead: (ctx, set) => mayRead(ctx, set),
  deletedAt: (set) => set.deletedAt,
};

/** The register write rule of III.2: province-level, and for agency officers, their agency must lead the task. */
export function criteriaWrite(db: DataSource | EntityManager, field: string): RegisterWrite {
  return {
    task: {
      code: CRITERIA_TASK,
      leads: async (agencyId) => {
        const task = await db.getRepository(Task).findOneBy({ code: CRITERIA_TASK });
        return task !== null && (await agencyHasTaskRole(db, agencyId, task.id, AgencyRole.LEAD));
      },
    },
    units: [],
    field,
  };
}
