import { registerEnumType } from 'type-graphql';

export enum CertificationScheme {
  LOW_EMISSION_LABEL = 'LOW_EMISSION_LABEL',
  VIETGAP = 'VIETGAP',
  ORGANIC = 'ORGANIC',
  RAINFOREST_ALLIANCE = 'RAINFOREST_ALLIANCE',
  FOUR_C = 'FOUR_C',
  OTHER = 'OTHER',
}

export enum CertificationStatus {
  APPLIED = 'APPLIED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
  SUSPENDED = 'SUSPENDED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}

const S = CertificationStatus;

/** The workflow: each status and where a decision may take it (REFUSED, WITHDRAWN and EXPIRED are final). */
export const CERTIFICATION_TRANSITIONS: Record<CertificationStatus, readonly CertificationStatus[]> = {
  APPLIED: [S.UNDER_REVIEW, S.WITHDRAWN],
  UNDER_REVIEW: [S.GRANTED, S.REFUSED, S.WITHDRAWN],
  GRANTED: [S.SUSPENDED, S.WITHDRAWN, S.EXPIRED],
  SUSPENDED: [S.GRANTED, S.WITHDRAWN, S.EXPIRED],
  REFUSED: [],
  WITHDRAWN: [],
  EXPIRED: [],
};

/** Statuses of a certification that was granted at some point: the public sees these (applications stay internal). */
export const ONCE_GRANTED: readonly CertificationStatus[] = [S.GRANTED, S.SUSPENDED, S.WITHDRAWN, S.EXPIRED];

registerEnumType(CertificationScheme, {
  name: 'CertificationScheme',
  valuesConfig: {
    LOW_EMISSION_LABEL: { description: 'Nhãn sản phẩm phát thải thấp của tỉnh / the provincial low-emission label' },
    VIETGAP: { description: 'VietGAP' },
    ORGANIC: { description: 'Hữu cơ / organic (TCVN 11041 or another organic standard)' },
    RAINFOREST_ALLIANCE: { description: 'Rainforest Alliance' },
    FOUR_C: { description: '4C (Common Code for the Coffee Community)' },
    OTHER: { description: 'Khác / another scheme, named in schemeName' },
  },
});

registerEnumType(CertificationStatus, {
  name: 'CertificationStatus',
  valuesConfig: {
    APPLIED: { description: 'Đã nộp hồ sơ / applied' },
    UNDER_REVIEW: { description: 'Đang thẩm định / under review' },
    GRANTED: { description: 'Đã cấp / granted (valid between validFrom and validTo)' },
    REFUSED: { description: 'Từ chối / refused (final)' },
    SUSPENDED: { description: 'Tạm đình chỉ / suspended; may be granted again' },
    WITHDRAWN: { description: 'Thu hồi hoặc rút hồ sơ / withdrawn (final)' },
    EXPIRED: { description: 'Hết hiệu lực / expired (final)' },
  },
});
