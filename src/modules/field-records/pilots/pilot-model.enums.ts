import { registerEnumType } from 'type-graphql';

export enum PilotLevel {
  PROVINCIAL = 'PROVINCIAL',
  COMMUNE = 'COMMUNE',
}

export enum PilotStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum PilotHostKind {
  AGENCY = 'AGENCY',
  COOPERATIVE = 'COOPERATIVE',
  ENTERPRISE = 'ENTERPRISE',
  OTHER = 'OTHER',
}

/** The plan's controlled list of low-emission practices a pilot applies. */
export enum LowEmissionPractice {
  ALTERNATE_WETTING_DRYING = 'ALTERNATE_WETTING_DRYING',
  REDUCED_SPLIT_NITROGEN = 'REDUCED_SPLIT_NITROGEN',
  ORGANIC_FERTILISER_COMPOST = 'ORGANIC_FERTILISER_COMPOST',
  RESIDUE_COMPOSTING = 'RESIDUE_COMPOSTING',
  WATER_SAVING_IRRIGATION = 'WATER_SAVING_IRRIGATION',
  INTERCROPPING_SHADE_TREES = 'INTERCROPPING_SHADE_TREES',
  BIOCHAR = 'BIOCHAR',
  IMPROVED_VARIETIES = 'IMPROVED_VARIETIES',
  INTEGRATED_PEST_MANAGEMENT = 'INTEGRATED_PEST_MANAGEMENT',
  OTHER = 'OTHER',
}

registerEnumType(PilotLevel, {
  name: 'PilotLevel',
  valuesConfig: {
    PROVINCIAL: { description: 'Mô hình thí điểm cấp tỉnh / provincial pilot (task IV.1, Decision 4766/QĐ-BNNMT)' },
    COMMUNE: { description: "Mô hình cấp xã, phường / a commune's or ward's own pilot (task IV.2)" },
  },
});

registerEnumType(PilotStatus, {
  name: 'PilotStatus',
  valuesConfig: {
    PLANNED: { description: 'Dự kiến / planned' },
    ACTIVE: { description: 'Đang triển khai / under way' },
    COMPLETED: { description: 'Hoàn thành / completed' },
    CANCELLED: { description: 'Hủy bỏ / cancelled; not counted' },
  },
});

registerEnumType(PilotHostKind, {
  name: 'PilotHostKind',
  valuesConfig: {
    AGENCY: { description: 'Cơ quan nhà nước / a government agency' },
    COOPERATIVE: { description: 'Hợp tác xã / a cooperative' },
    ENTERPRISE: { description: 'Doanh nghiệp / an enterprise' },
    OTHER: { description: 'Khác / another host' },
  },
});

registerEnumType(LowEmissionPractice, {
  name: 'LowEmissionPractice',
  valuesConfig: {
    ALTERNATE_WETTING_DRYING: { description: 'Tưới ướt khô xen kẽ / alternate wetting and drying' },
    REDUCED_SPLIT_NITROGEN: { description: 'Giảm, chia nhỏ lượng phân đạm / reduced or split nitrogen' },
    ORGANIC_FERTILISER_COMPOST: { description: 'Phân hữu cơ, phân ủ / organic fertiliser or compost' },
    RESIDUE_COMPOSTING: { description: 'Ủ phụ phẩm thay vì đốt / residue composting instead of burning' },
    WATER_SAVING_IRRIGATION: { description: 'Tưới nhỏ giọt, tiết kiệm nước / drip or water-saving irrigation' },
    INTERCROPPING_SHADE_TREES: { description: 'Trồng xen, cây che bóng / intercropping and shade trees' },
    BIOCHAR: { description: 'Than sinh học / biochar' },
    IMPROVED_VARIETIES: { description: 'Giống cải tiến / improved varieties' },
    INTEGRATED_PEST_MANAGEMENT: { description: 'Quản lý dịch hại tổng hợp (IPM) / integrated pest management' },
    OTHER: { description: 'Khác / other (see otherPractices)' },
  },
});
