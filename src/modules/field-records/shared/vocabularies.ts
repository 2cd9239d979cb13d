import { registerEnumType } from 'type-graphql';

export enum TrainingEventKind {
  TRAINING = 'TRAINING',
  WORKSHOP = 'WORKSHOP',
  FORUM = 'FORUM',
  COMMUNICATION_SESSION = 'COMMUNICATION_SESSION',
  MEDIA_PIECE = 'MEDIA_PIECE',
}

/** The plan's training topics (task III.5). */
export enum TrainingTopic {
  LOW_EMISSION_CULTIVATION = 'LOW_EMISSION_CULTIVATION',
  MRV_TOOLS = 'MRV_TOOLS',
  WATER_NUTRIENT_MANAGEMENT = 'WATER_NUTRIENT_MANAGEMENT',
  RESIDUE_HANDLING = 'RESIDUE_HANDLING',
  VARIETY_CONVERSION = 'VARIETY_CONVERSION',
  DIGITAL_TECHNOLOGY = 'DIGITAL_TECHNOLOGY',
  TRACEABILITY = 'TRACEABILITY',
  OTHER = 'OTHER',
}

/** Who an event or a material is for (tasks III.5-III.8). */
export enum Audience {
  FARMERS = 'FARMERS',
  PROVINCIAL_OFFICIALS = 'PROVINCIAL_OFFICIALS',
  COMMUNE_OFFICIALS = 'COMMUNE_OFFICIALS',
  TECHNICIANS = 'TECHNICIANS',
  COOPERATIVES = 'COOPERATIVES',
  ENTERPRISES = 'ENTERPRISES',
  RESEARCHERS = 'RESEARCHERS',
  GENERAL_PUBLIC = 'GENERAL_PUBLIC',
}

export enum MediaFormat {
  NEWS_ARTICLE = 'NEWS_ARTICLE',
  TV_REPORT = 'TV_REPORT',
  RADIO = 'RADIO',
  VIDEO = 'VIDEO',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  OTHER = 'OTHER',
}

export enum AttendeeGroup {
  FARMER = 'FARMER',
  OFFICIAL = 'OFFICIAL',
  TECHNICIAN = 'TECHNICIAN',
  OTHER = 'OTHER',
}

export enum AttendeeGender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
}

registerEnumType(TrainingEventKind, {
  name: 'TrainingEventKind',
  valuesConfig: {
    TRAINING: { description: 'Tập huấn, đào tạo / a training (task III.5)' },
    WORKSHOP: { description: 'Hội thảo, tọa đàm / a workshop (task III.7)' },
    FORUM: { description: 'Diễn đàn / a forum (task III.7)' },
    COMMUNICATION_SESSION: { description: 'Buổi tuyên truyền / a communication session in a commune (tasks I.1, I.3, III.8)' },
    MEDIA_PIECE: { description: 'Phóng sự, tin bài / a news piece, report or video (task I.2)' },
  },
});

registerEnumType(TrainingTopic, {
  name: 'TrainingTopic',
  valuesConfig: {
    LOW_EMISSION_CULTIVATION: { description: 'Kỹ thuật canh tác giảm phát thải / low-emission cultivation techniques' },
    MRV_TOOLS: { description: 'Công cụ MRV / measurement, reporting and verification tools' },
    WATER_NUTRIENT_MANAGEMENT: { description: 'Quản lý nước - dinh dưỡng / water and nutrient management' },
    RESIDUE_HANDLING: { description: 'Xử lý phụ phẩm / crop residue handling' },
    VARIETY_CONVERSION: { description: 'Chuyển đổi giống / variety conversion' },
    DIGITAL_TECHNOLOGY: { description: 'Công nghệ số / digital technology' },
    TRACEABILITY: { description: 'Truy xuất nguồn gốc / traceability' },
    OTHER: { description: 'Khác / other' },
  },
});

registerEnumType(Audience, {
  name: 'Audience',
  valuesConfig: {
    FARMERS: { description: 'Nông dân / farmers' },
    PROVINCIAL_OFFICIALS: { description: 'Cán bộ cấp tỉnh / provincial officials' },
    COMMUNE_OFFICIALS: { description: 'Cán bộ cấp xã / commune officials' },
    TECHNICIANS: { description: 'Kỹ thuật viên / technicians' },
    COOPERATIVES: { description: 'Hợp tác xã / cooperatives' },
    ENTERPRISES: { description: 'Doanh nghiệp / enterprises' },
    RESEARCHERS: { description: 'Nhà nghiên cứu / researchers' },
    GENERAL_PUBLIC: { description: 'Người dân / the general public' },
  },
});

registerEnumType(MediaFormat, {
  name: 'MediaFormat',
  valuesConfig: {
    NEWS_ARTICLE: { description: 'Tin bài / news article' },
    TV_REPORT: { description: 'Phóng sự truyền hình / television report' },
    RADIO: { description: 'Phát thanh / radio' },
    VIDEO: { description: 'Video' },
    SOCIAL_MEDIA: { description: 'Mạng xã hội / social media post' },
    OTHER: { description: 'Khác / other' },
  },
});

registerEnumType(AttendeeGroup, {
  name: 'AttendeeGroup',
  valuesConfig: {
    FARMER: { description: 'Nông dân / farmer' },
    OFFICIAL: { description: 'Cán bộ / official' },
    TECHNICIAN: { description: 'Kỹ thuật viên / technician' },
    OTHER: { description: 'Khác / other' },
  },
});

registerEnumType(AttendeeGender, {
  name: 'AttendeeGender',
  valuesConfig: {
    FEMALE: { description: 'Nữ / female' },
    MALE: { description: 'Nam / male' },
    OTHER: { description: 'Khác / other' },
  },
});
