import { PlanFoundation1795934843857 } from './1795934843857-PlanFoundation';
import { IdentityAndAccess1795936221239 } from './1795936221239-IdentityAndAccess';

// Every migration, oldest first. Generated with `npm run migration:generate -- <Name>`, then read and
// corrected by hand; a committed migration is never edited.
export const migrations: Function[] = [PlanFoundation1795934843857, IdentityAndAccess1795936221239];
