import { registerEnumType } from 'type-graphql';

export enum TradeEventKind {
  FAIR = 'FAIR',
  TRADE_MISSION = 'TRADE_MISSION',
  EXHIBITION = 'EXHIBITION',
  BUYER_MEETING = 'BUYER_MEETING',
  OTHER = 'OTHER',
}

registerEnumType(TradeEventKind, {
  name: 'TradeEventKind',
  valuesConfig: {
    FAIR: { description: 'Hội chợ / a trade fair' },
    TRADE_MISSION: { description: 'Đoàn xúc tiến thương mại / a trade mission' },
    EXHIBITION: { description: 'Triển lãm, gian hàng quảng bá / an exhibition or promotion stand' },
    BUYER_MEETING: { description: 'Hội nghị kết nối giao thương / a buyer–seller meeting' },
    OTHER: { description: 'Khác / other promotion' },
  },
});

export enum TradeEventScope {
  DOMESTIC = 'DOMESTIC',
  INTERNATIONAL = 'INTERNATIONAL',
}

registerEnumType(TradeEventScope, {
  name: 'TradeEventScope',
  valuesConfig: {
    DOMESTIC: { description: 'Trong nước: held in Việt Nam (country VN)' },
    INTERNATIONAL: { description: 'Quốc tế: held abroad (a country other than VN)' },
  },
});

export enum ExportContractStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
  DELIVERING = 'DELIVERING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ExportContractStatus, {
  name: 'ExportContractStatus',
  valuesConfig: {
    DRAFT: { description: 'Dự thảo: not signed; not counted' },
    SIGNED: { description: 'Đã ký' },
    DELIVERING: { description: 'Đang giao hàng' },
    COMPLETED: { description: 'Đã hoàn thành' },
    CANCELLED: { description: 'Đã hủy: not counted' },
  },
});
