import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  PROVINCE_OFFICER = 'PROVINCE_OFFICER',
  AGENCY_OFFICER = 'AGENCY_OFFICER',
  COMMUNE_OFFICER = 'COMMUNE_OFFICER',
  VERIFIER = 'VERIFIER',
  CERTIFICATION_BODY_OFFICER = 'CERTIFICATION_BODY_OFFICER',
  VIEWER = 'VIEWER',
  FARMER = 'FARMER',
}

registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'Quản trị hệ thống / manages users, keys and everything else' },
    PROVINCE_OFFICER: { description: 'Cán bộ Sở Nông nghiệp và Môi trường / reads all, approves commune submissions' },
    AGENCY_OFFICER: { description: 'Cán bộ cơ quan / reports on the tasks their agency leads or coordinates' },
    COMMUNE_OFFICER: { description: "Cán bộ xã, phường / writes their unit's data and sees its drafts" },
    VERIFIER: { description: 'Thẩm định viên / verifies emission inventories' },
    CERTIFICATION_BODY_OFFICER: {
      description: 'Cán bộ tổ chức chứng nhận / decides the certifications their certification body (organisationId) reviews, nothing else',
    },
    VIEWER: { description: 'Người xem / reads published data' },
    FARMER: { description: 'Nông dân / uses the training app: their own farmer account, enrolments and lesson completions' },
  },
});
