// Shared by the register end-to-end tests (organisations, criteria sets, production zones).
import { randomUUID } from 'node:crypto';
import { HOME_UNIT } from '../../helpers/principals';

export * from '../field-records/fixtures';

export const ORGANISATION_FIELDS =
  'id kind name registrationCode memberHouseholds crops version updatedAt deletedAt administrativeUnit { code } contact { name phone email }';

export const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { ${ORGANISATION_FIELDS} } userErrors { field code message } } }`;

export const UPDATE_ORGANISATION = `mutation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { organisation { ${ORGANISATION_FIELDS} } userErrors { field code message } } }`;

export const DELETE_ORGANISATION = `mutation($input: DeleteRecordInput!) {
  deleteOrganisation(input: $input) { organisation { ${ORGANISATION_FIELDS} } userErrors { field code message } } }`;

let sequence = 0;

/** A fresh 10-digit registration code (a test run never repeats one). */
export function registrationCode(): string {
  sequence += 1;
  return `${(Date.now() % 1e6).toString().padStart(6, '0')}${(sequence % 10_000).toString().padStart(4, '0')}`;
}

export function organisationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'COOPERATIVE',
    name: `HTX Nông nghiệp ${randomUUID().slice(0, 6)}`,
    registrationCode: registrationCode(),
    administrativeUnitCode: HOME_UNIT,
    memberHouseholds: 120,
    crops: ['coffee', 'PEPPER'],
    contact: { name: 'Nguyễn Văn A', phone: '0912 345 678', email: 'HTX@example.test' },
    ...overrides,
  };
}
