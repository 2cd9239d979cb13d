import { registerEnumType } from 'type-graphql';

export enum InfrastructureKind {
  IRRIGATION = 'IRRIGATION',
  ON_FARM_CANAL = 'ON_FARM_CANAL',
  ROAD = 'ROAD',
  DRYING_YARD = 'DRYING_YARD',
  STORAGE = 'STORAGE',
  OTHER = 'OTHER',
}

export enum InfrastructureStatus {
  PLANNED = 'PLANNED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  COMPLETED = 'COMPLETED',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(InfrastructureKind, {
  name: 'InfrastructureKind',
  valuesConfig: {
    IRRIGATION: { description: 'Công trình thủy lợi / irrigation works' },
    ON_FARM_CANAL: { description: 'Kênh mương nội đồng / on-farm canal' },
    ROAD: { description: 'Đường giao thông nội đồng / farm road' },
    DRYING_YARD: { description: 'Sân phơi / drying yard' },
    STORAGE: { description: 'Kho chứa / storage' },
    OTHER: { description: 'Khác / other works' },
  },
});

registerEnumType(InfrastructureStatus, {
  name: 'InfrastructureStatus',
  valuesConfig: {
    PLANNED: { description: 'Dự kiến / planned' },
    UNDER_CONSTRUCTION: { description: 'Đang thi công / under construction' },
    COMPLETED: { description: 'Hoàn thành / completed (completedOn set)' },
    SUSPENDED: { description: 'Tạm dừng / suspended' },
  },
});
