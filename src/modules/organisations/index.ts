// The organisations module's public surface: other modules import only this file (or ports.ts).
export { organisationsModule } from './organisations.module';
export { ORGANISATIONS, liveOrganisation, liveOrganisations } from './organisation-access';
export { Organisation } from './organisation.entity';
export { OrganisationKind } from './organisation.enums';
export { cropCode, cropCodes, CROP_LIST_DESCRIPTION } from './organisation-crops';
