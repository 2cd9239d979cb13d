import { registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  COOPERATIVE = 'COOPERATIVE',
  ENTERPRISE = 'ENTERPRISE',
  FARMER_GROUP = 'FARMER_GROUP',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  CERTIFICATION_BODY = 'CERTIFICATION_BODY',
  OTHER = 'OTHER',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  valuesConfig: {
    COOPERATIVE: { description: 'Hợp tác xã / a cooperative' },
    ENTERPRISE: { description: 'Doanh nghiệp / an enterprise' },
    FARMER_GROUP: { description: 'Tổ hợp tác, tổ nông dân / a farmer group' },
    RESEARCH_INSTITUTE: { description: 'Viện, trường, trung tâm nghiên cứu / a research institute' },
    CERTIFICATION_BODY: { description: 'Tổ chức chứng nhận / a certification body' },
    OTHER: { description: 'Khác / another organisation' },
  },
});
