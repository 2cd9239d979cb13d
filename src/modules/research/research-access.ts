import { EntityManager } from 'typeorm';
import { AccessRule, isAllowed } from '../../core/auth/access';
import { ReferenceRule } from '../../core/auth/references';
import { Role } from '../../core/auth/roles';
import { RequestContext } from '../../core/context';
import { ForbiddenError } from '../../core/errors/app-errors';
import { AgencyRole, agencyHasTaskRole } from '../plan';
import { taskByCode } from '../field-records';
import { ResearchStudy } from './research-study.entity';

/** Studies are public work: officials, verifiers, viewers and keys with research:read read them. */
export const RESEARCH_READERS: AccessRule = {
  roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER, Role.COMMUNE_OFFICER, Role.VERIFIER, Role.VIEWER],
  scopes: ['research:read'],
};

/** Who may try; assertMayWriteResearch narrows agency officers to the lead agencies of III.3 and III.4. */
export const RESEARCH_WRITERS: AccessRule = { roles: [Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER] };

/** The plan's tasks whose lead agency (the Department of Science and Technology) keeps this register. */
export const RESEARCH_TASKS = ['III.3', 'III.4'];

/** Province-wide records: changing one needs a province-wide scope. */
export const RESEARCH_STUDIES: ReferenceRule<ResearchStudy> = {
  type: 'ResearchStudy',
  entity: ResearchStudy,
  unitOf: () => null,
  canRead: (ctx) => isAllowed(RESEARCH_READERS, ctx.principal),
  deletedAt: (study) => study.deletedAt,
};

/** Province officers write every study; an agency officer only if their agency leads III.3 or III.4. */
export async function assertMayWriteResearch(ctx: RequestContext, db: EntityManager): Promise<void> {
  const { principal } = ctx;
  if (principal.kind === 'USER' && (principal.role === Role.ADMIN || principal.role === Role.PROVINCE_OFFICER)) return;
  if (principal.kind === 'USER' && principal.role === Role.AGENCY_OFFICER && principal.agencyId) {
    for (const code of RESEARCH_TASKS) {
      const task = await taskByCode(db, code, 'input');
      if (await agencyHasTaskRole(db, principal.agencyId, task.id, AgencyRole.LEAD)) return;
    }
  }
  throw new ForbiddenError(`Only the province and the lead agencies of tasks ${RESEARCH_TASKS.join(' and ')} write research studies`, 'NOT_LEAD_AGENCY');
}
