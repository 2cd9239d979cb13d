/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityInput = {
  /** Harvested or planted area (ha); sum each rice season separately. */
  areaHa: number;
  /** Crop code, e.g. RICE, COFFEE, PEPPER, DURIAN, SUGARCANE, MAIZE, CASSAVA (see `crops`). */
  cropCode: string;
  energy?: EnergyInput | null | undefined;
  lime?: Array<LimeInput> | null | undefined;
  /** N in manure, compost and other organic inputs (kg N). */
  organicNitrogenKg?: number | null | undefined;
  perennial?: PerennialInput | null | undefined;
  residueBurning?: ResidueBurningInput | null | undefined;
  /** N in crop residues returned to the soil (kg N). */
  residueNitrogenKg?: number | null | undefined;
  rice?: RiceInput | null | undefined;
  syntheticFertilizers?: Array<SyntheticFertilizerInput> | null | undefined;
  /** Harvested product (t), for the emission intensity per kg. */
  yieldTonnes?: number | null | undefined;
};

export type ActivityRecordFilter = {
  administrativeUnitCode?: string | null | undefined;
  cropCode?: string | null | undefined;
  /** Include withdrawn records. */
  includeDeleted?: boolean;
  scenario?: Scenario | null | undefined;
  season?: Season | null | undefined;
  year?: number | null | undefined;
};

/** One activity record; upserted by (administrativeUnitCode, externalId). */
export type ActivityRecordInput = {
  activity: ActivityInput;
  /** Uncertainty of the activity data (%, half the 95 % interval, 0-1000); null takes the default of the source (see the emissions method). */
  activityDataUncertaintyPct?: number | null | undefined;
  /** Official 5-digit code of the commune or ward. */
  administrativeUnitCode: string;
  /** Your id for this record (1-200 characters); sending it again updates the same record. */
  externalId: string;
  scenario: Scenario;
  season?: Season;
  /** Default: PARTNER_API for API keys, COMMUNE_SURVEY for users. */
  source?: ActivitySource | null | undefined;
  year: number;
};

export type ActivitySource =
  | 'COMMUNE_SURVEY'
  | 'PARTNER_API'
  | 'PILOT_MEASUREMENT';

export type AddCourseLessonInput = {
  contentUrl?: string | null | undefined;
  courseId: string | number;
  durationMinutes?: number | null | undefined;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  /** Default: after the last lesson. */
  position?: number | null | undefined;
  summary?: string | null | undefined;
  title: string;
};

/** All given conditions must hold. */
export type AgencyFilter = {
  /** Official code of the administrative unit the agency belongs to. */
  administrativeUnitCode?: string | null | undefined;
  kind?: AgencyKind | null | undefined;
  /** Text in the code or either name; ignores case and diacritics. */
  search?: string | null | undefined;
};

export type AgencyKind =
  /** A set of agencies the plan names together, e.g. "UBND các xã, phường" */
  | 'GROUP'
  /** Provincial newspaper and broadcaster */
  | 'MEDIA'
  /** Bộ / national ministry */
  | 'MINISTRY'
  /** UBND / People's Committee of a commune or ward */
  | 'PEOPLES_COMMITTEE'
  /** Sở / provincial department */
  | 'PROVINCIAL_DEPARTMENT';

export type AgencyRole =
  /** Cơ quan phối hợp / coordinating agency */
  | 'COORDINATING'
  /** Cơ quan chủ trì / lead agency */
  | 'LEAD';

/** An application: the holder is an organisation or a production zone (exactly one). */
export type ApplyForCertificationInput = {
  /** Area covered, hectares. */
  areaHa?: number | null | undefined;
  /** The certification body reviewing it: an organisation of kind CERTIFICATION_BODY. */
  certificationBodyId?: string | number | null | undefined;
  /** Crops covered (crop codes), at least one. */
  crops: Array<string>;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  /** The applicant’s note; it is the status reason until the first decision. */
  notes?: string | null | undefined;
  /** The applying organisation (or give productionZoneId). */
  organisationId?: string | number | null | undefined;
  /** The applying production zone (or give organisationId). */
  productionZoneId?: string | number | null | undefined;
  scheme: CertificationScheme;
  /** Required when scheme is OTHER. */
  schemeName?: string | null | undefined;
};

/** One person; matched to the stored list by externalId, else by phone (one of them is required). */
export type AttendanceRowInput = {
  externalId?: string | null | undefined;
  fullName: string;
  gender?: AttendeeGender | null | undefined;
  /** Default FARMER. */
  group?: AttendeeGroup | null | undefined;
  organisation?: string | null | undefined;
  /** Vietnamese (0912345678) or international (+84912345678) form. */
  phone?: string | null | undefined;
};

export type AttendeeGender =
  /** Nữ / female */
  | 'FEMALE'
  /** Nam / male */
  | 'MALE'
  /** Khác / other */
  | 'OTHER';

export type AttendeeGroup =
  /** Nông dân / farmer */
  | 'FARMER'
  /** Cán bộ / official */
  | 'OFFICIAL'
  /** Khác / other */
  | 'OTHER'
  /** Kỹ thuật viên / technician */
  | 'TECHNICIAN';

export type Audience =
  /** Cán bộ cấp xã / commune officials */
  | 'COMMUNE_OFFICIALS'
  /** Hợp tác xã / cooperatives */
  | 'COOPERATIVES'
  /** Doanh nghiệp / enterprises */
  | 'ENTERPRISES'
  /** Nông dân / farmers */
  | 'FARMERS'
  /** Người dân / the general public */
  | 'GENERAL_PUBLIC'
  /** Cán bộ cấp tỉnh / provincial officials */
  | 'PROVINCIAL_OFFICIALS'
  /** Nhà nghiên cứu / researchers */
  | 'RESEARCHERS'
  /** Kỹ thuật viên / technicians */
  | 'TECHNICIANS';

/** Computes a new version of a unit's inventory from its records of one scenario (ACTUAL by default). */
export type CalculateEmissionInventoryInput = {
  administrativeUnitCode: string;
  /** Đắk Lắk: TROPICAL_MOIST. */
  climateZone?: ClimateZone;
  factorSet?: string;
  gwpSet?: GwpSet;
  region?: string;
  /** BASELINE computes the baseline inventory of the unit and year, which goes through the same submit, verify and lock steps. */
  scenario?: Scenario;
  year: number;
};

/** All given conditions must hold. */
export type CertificationFilter = {
  /** Holder in this commune or ward (5-digit code). */
  administrativeUnitCode?: string | null | undefined;
  /** Covers this crop. */
  crop?: string | null | undefined;
  /** Held by this organisation or production zone. */
  holderId?: string | number | null | undefined;
  scheme?: CertificationScheme | null | undefined;
  status?: CertificationStatus | null | undefined;
  /** YYYY-MM-DD: GRANTED and valid on that day. */
  validOn?: string | null | undefined;
};

/** Ignored with updatedSince: a change feed is ordered by updatedAt. */
export type CertificationOrder = {
  direction?: OrderDirection;
  field: CertificationOrderField;
};

export type CertificationOrderField =
  | 'CREATED_AT'
  | 'STATUS_CHANGED_AT'
  | 'UPDATED_AT';

export type CertificationScheme =
  /** 4C (Common Code for the Coffee Community) */
  | 'FOUR_C'
  /** Nhãn sản phẩm phát thải thấp của tỉnh / the provincial low-emission label */
  | 'LOW_EMISSION_LABEL'
  /** Hữu cơ / organic (TCVN 11041 or another organic standard) */
  | 'ORGANIC'
  /** Khác / another scheme, named in schemeName */
  | 'OTHER'
  /** Rainforest Alliance */
  | 'RAINFOREST_ALLIANCE'
  /** VietGAP */
  | 'VIETGAP';

export type CertificationStatus =
  /** Đã nộp hồ sơ / applied */
  | 'APPLIED'
  /** Hết hiệu lực / expired (final) */
  | 'EXPIRED'
  /** Đã cấp / granted (valid between validFrom and validTo) */
  | 'GRANTED'
  /** Từ chối / refused (final) */
  | 'REFUSED'
  /** Tạm đình chỉ / suspended; may be granted again */
  | 'SUSPENDED'
  /** Đang thẩm định / under review */
  | 'UNDER_REVIEW'
  /** Thu hồi hoặc rút hồ sơ / withdrawn (final) */
  | 'WITHDRAWN';

/** IPCC climate zone; Đắk Lắk is TROPICAL_MOIST (2019R "wet" class). */
export type ClimateZone =
  | 'COOL_TEMPERATE_DRY'
  | 'COOL_TEMPERATE_MOIST'
  | 'TROPICAL_DRY'
  | 'TROPICAL_MOIST'
  | 'TROPICAL_WET'
  | 'WARM_TEMPERATE_DRY'
  | 'WARM_TEMPERATE_MOIST';

/** The farmer's agreement to the data notice, as shown in the app. */
export type ConsentInput = {
  /** Must be true: without consent no account is kept. */
  accepted: boolean;
  /** When the farmer agreed (the device's time); now when omitted. */
  givenAt?: string | null | undefined;
  /** Version of the notice shown, e.g. "2026-01". */
  noticeVersion: string;
};

/** All given conditions must hold. */
export type CourseFilter = {
  /** Covers this crop. */
  crop?: string | null | undefined;
  language?: string | null | undefined;
  status?: CourseStatus | null | undefined;
  taskCode?: string | null | undefined;
  topic?: TrainingTopic | null | undefined;
};

/** Ignored with updatedSince: a change feed is ordered by updatedAt. */
export type CourseOrder = {
  direction?: OrderDirection;
  field: CourseOrderField;
};

export type CourseOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type CourseStatus =
  /** Đã đóng / no new enrolments; enrolled farmers may finish */
  | 'CLOSED'
  /** Đang mở / farmers may enrol */
  | 'OPEN';

export type CreateCourseInput = {
  code: string;
  /** Crop codes. */
  crops?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  language?: string;
  /** The first lessons, in order. */
  lessons?: Array<LessonInput> | null | undefined;
  /** Default OPEN. */
  status?: CourseStatus | null | undefined;
  /** Plan task served; V.2 by default. */
  taskCode?: string | null | undefined;
  title: string;
  topics?: Array<TrainingTopic> | null | undefined;
};

export type CreateMaterialInput = {
  /** Producing unit; the province when omitted. */
  administrativeUnitCode?: string | null | undefined;
  checksumSha256?: string | null | undefined;
  /** Crop codes. */
  crops?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** Files uploaded with POST /files; without fileUrl, the first one is the download. */
  fileIds?: Array<string | number> | null | undefined;
  /** http(s) address of the file; may be left out when fileIds names an uploaded one. */
  fileUrl?: string | null | undefined;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  kind: MaterialKind;
  /** Language tag, e.g. vi, en, ede. */
  language?: string;
  /** YYYY-MM-DD within 2026-2035. */
  publishedOn?: string | null | undefined;
  targetGroups?: Array<Audience> | null | undefined;
  targetRegion?: string | null | undefined;
  /** Plan task served; III.6 by default. */
  taskCode?: string | null | undefined;
  title: string;
  topics?: Array<TrainingTopic> | null | undefined;
};

export type CreatePilotModelInput = {
  /** Global IDs of ACTUAL activity records. */
  actualActivityRecordIds?: Array<string | number> | null | undefined;
  actualYieldTonnesPerHa?: number | null | undefined;
  /** COMMUNE: the commune or ward code (required). PROVINCIAL: omit it (or give the province code). */
  administrativeUnitCode?: string | null | undefined;
  /** Hectares; greater than zero. */
  areaHa: number;
  /** Global IDs of BASELINE activity records. */
  baselineActivityRecordIds?: Array<string | number> | null | undefined;
  baselineYieldTonnesPerHa?: number | null | undefined;
  code: string;
  /** Crop code of the emission engine's catalogue: RICE, MAIZE, CASSAVA, SUGARCANE, COFFEE, PEPPER, DURIAN, OTHER_ANNUAL, OTHER_PERENNIAL. */
  crop: string;
  endDate?: string | null | undefined;
  /** When the host is an agency of the catalogue: its code, e.g. DAE. */
  hostAgencyCode?: string | null | undefined;
  hostKind: PilotHostKind;
  hostName: string;
  /** The hosting organisation of the register (global ID); hostName stays the free-text host. */
  hostOrganisationId?: string | number | null | undefined;
  households: number;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  legalBasis?: string | null | undefined;
  level: PilotLevel;
  name: string;
  otherPractices?: string | null | undefined;
  practices: Array<LowEmissionPractice>;
  /** YYYY-MM-DD, within 2026-2035. */
  startDate: string;
  /** Default PLANNED. */
  status?: PilotStatus | null | undefined;
  /** IV.1 (provincial) or IV.2 (commune); defaults by level. */
  taskCode?: string | null | undefined;
};

export type CreateProgressReportInput = {
  /** A commune or ward reporting through its People's Committee. */
  administrativeUnitCode?: string | null | undefined;
  difficulties?: string;
  evidence?: Array<EvidenceLinkInput>;
  /** Evidence files uploaded with POST /files (besides or instead of evidence links). */
  fileIds?: Array<string | number> | null | undefined;
  narrative?: string;
  proposals?: string;
  /** 0 for the annual report, 1-4 for a quarter. */
  quarter?: number;
  /** The reporting agency; default: the caller's agency or commune. */
  reportingAgencyCode?: string | null | undefined;
  status: ImplementationStatus;
  /** Values for the task's targets that no record shows; a target counted from the records is refused (MEASURED_FROM_RECORDS). */
  targetValues?: Array<TargetValueInput>;
  /** Task code, e.g. III.5. */
  taskCode: string;
  year: number;
};

export type CriteriaMetric =
  /** Highest emissions per hectare, t CO2e per ha and year */
  | 'MAX_EMISSIONS_T_CO2E_PER_HA'
  /** Highest emission intensity, kg CO2e per kg of product */
  | 'MAX_EMISSION_INTENSITY_KG_CO2E_PER_KG'
  /** Most irrigation water, m3 per ha and year */
  | 'MAX_IRRIGATION_WATER_M3_PER_HA'
  /** Most synthetic nitrogen, kg N per ha and year */
  | 'MAX_SYNTHETIC_N_KG_PER_HA'
  /** Fewest field drainages per season under alternate wetting and drying (rice) */
  | 'MIN_AWD_DRAINAGES_PER_SEASON'
  /** Least organic fertiliser or compost, t per ha and year */
  | 'MIN_ORGANIC_FERTILISER_T_PER_HA'
  /** Least share of crop residue recycled rather than burnt, % */
  | 'MIN_RESIDUE_RECYCLED_PERCENT'
  /** Fewest shade or intercropped trees per ha (perennials) */
  | 'MIN_SHADE_TREES_PER_HA';

export type CriterionOutcome =
  /** Đạt / the records meet it */
  | 'MET'
  /** Không đạt / the records fall short of it */
  | 'NOT_MET'
  /** Chưa có số liệu / no records to judge it by */
  | 'NO_DATA';

export type DeleteActivityRecordInput = {
  /** The version you are withdrawing; a newer stored version answers CONFLICT. */
  expectedVersion: number;
  id: string | number;
};

/** Deletes a record softly: lists syncing with updatedSince receive it as a tombstone. */
export type DeleteRecordInput = {
  /** The version you edited; if the stored record has moved on, the answer is a CONFLICT (STALE_VERSION). Deleting a record already deleted returns its tombstone. */
  expectedVersion: number;
  id: string | number;
};

/** STATIONARY: pumps (1.A.4.c.i); OFF_ROAD: tractors and machinery (1.A.4.c.ii). */
export type DieselUse =
  | 'OFF_ROAD'
  | 'STATIONARY';

export type EmissionInventoryFilter = {
  administrativeUnitCode?: string | null | undefined;
  /** Include superseded and reopened versions. */
  includeHistory?: boolean;
  /** ACTUAL or BASELINE inventories only; both when omitted. */
  scenario?: Scenario | null | undefined;
  status?: InventoryStatus | null | undefined;
  year?: number | null | undefined;
};

export type EmissionLineKind =
  /** Counted in emissions. */
  | 'EMISSION'
  /** Grid electricity: indirect, kept out of the totals. */
  | 'INDIRECT'
  /** Carbon taken up (negative); reported apart from emissions. */
  | 'REMOVAL';

export type EnergyInput = {
  dieselLitres?: number | null | undefined;
  /** Required when dieselLitres is given. */
  dieselUse?: DieselUse | null | undefined;
  /** Grid electricity; reported as an indirect figure, outside the totals. */
  electricityKwh?: number | null | undefined;
};

export type EnrolInCourseInput = {
  courseId: string | number;
  /** Required for officers and keys; a FARMER enrols themselves. */
  farmerAccountId?: string | number | null | undefined;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
};

export type EvidenceLinkInput = {
  description?: string | null | undefined;
  /** SHA-256 of the file, hex. */
  sha256?: string | null | undefined;
  url: string;
};

/** All given conditions must hold. */
export type FieldCountFilter = {
  /** Exactly this unit (a commune, ward or the province). */
  administrativeUnitCode?: string | null | undefined;
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
};

export type Gas =
  | 'CH4'
  | 'CO2'
  | 'N2O';

/** IPCC global warming potentials over 100 years: AR4 (2007), AR5 (2013, used for Paris Agreement reporting), AR6 (2021). */
export type GwpSet =
  | 'AR4'
  | 'AR5'
  | 'AR6';

export type ImplementationStatus =
  /** Có nguy cơ chậm */
  | 'AT_RISK'
  /** Hoàn thành */
  | 'COMPLETED'
  /** Chậm tiến độ */
  | 'DELAYED'
  /** Chưa triển khai */
  | 'NOT_STARTED'
  /** Đúng tiến độ */
  | 'ON_TRACK';

/** An idempotent bulk upsert: the same rows sent twice change nothing the second time. */
export type ImportActivityRecordsInput = {
  /** Check and count without writing. */
  dryRun?: boolean;
  /** At most 1000 rows. */
  records: Array<ActivityRecordInput>;
};

export type ImportAttendanceInput = {
  /** CSV text with a header row naming some of: externalId, fullName, phone, gender, group, organisation. Gender and group take the enum values (Vietnamese "Nữ", "Nam", "Nông dân", "Cán bộ", "Kỹ thuật viên" are understood). */
  csv?: string | null | undefined;
  /** Check and count only; write nothing. */
  dryRun?: boolean;
  /** At most 2000 rows; give rows or csv. */
  rows?: Array<AttendanceRowInput> | null | undefined;
  trainingEventId: string | number;
};

export type IntensityBasis =
  /** A record's yield is unknown: net emissions of the linked records ÷ the lot's quantity. */
  | 'LOT_QUANTITY'
  /** The records' recorded yields: net emissions ÷ harvested product of the records. */
  | 'RECORD_YIELD';

export type InventoryIdInput = {
  id: string | number;
};

export type InventoryReasonInput = {
  id: string | number;
  /** Shown to the commune; kept in the audit trail. */
  reason: string;
};

export type InventoryStatus =
  /** Calculated, not yet submitted */
  | 'DRAFT'
  /** Recalculated from the records of the current version with another factor or GWP set, for a consistent time series; the current version stays current */
  | 'RECALCULATED'
  /** Was verified, then reopened; kept as history, a new version follows */
  | 'REOPENED'
  /** Sent back by the verifier with a reason */
  | 'RETURNED'
  /** Sent for verification; its records are locked */
  | 'SUBMITTED'
  /** Replaced by a newer calculation before verification (kept for the record) */
  | 'SUPERSEDED'
  /** Verified; it and its records are locked until a province officer reopens it */
  | 'VERIFIED';

export type LessonInput = {
  contentUrl?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  summary?: string | null | undefined;
  title: string;
};

export type LimeInput = {
  amountKg: number;
  type: LimeType;
};

export type LimeType =
  | 'DOLOMITE'
  | 'LIMESTONE';

export type LoginInput = {
  email: string;
  password: string;
};

export type LogoutInput = {
  /** Ends the session this refresh token belongs to. */
  refreshToken: string;
};

export type LotEventKind =
  /** Harvest recorded (the registration records the first one); holds no more than the lot. */
  | 'HARVESTED'
  /** Several lots became one new lot. */
  | 'MERGED'
  /** Processed with a yield ratio in (0, 1]: the processed quantity becomes quantity × ratio. */
  | 'PROCESSED'
  /** A party of the chain took the lot in; no more than the lot holds. */
  | 'RECEIVED'
  /** Left the chain recorded here: the lot holds that much less. */
  | 'SHIPPED'
  /** Sold: the lot holds that much less. */
  | 'SOLD'
  /** Part of the lot became new lots, each with its own code. */
  | 'SPLIT'
  /** Put in storage; no more than the lot holds. */
  | 'STORED';

export type LotOrigin =
  | 'HARVEST'
  | 'MERGE'
  | 'SPLIT';

export type LotProduct =
  /** Sắn củ (crop CASSAVA) */
  | 'CASSAVA_ROOT'
  /** Cà phê quả tươi (crop COFFEE) */
  | 'COFFEE_CHERRY'
  /** Sầu riêng (crop DURIAN) */
  | 'DURIAN'
  /** Cà phê nhân (crop COFFEE) */
  | 'GREEN_COFFEE'
  /** Ngô hạt (crop MAIZE) */
  | 'MAIZE_GRAIN'
  /** Gạo (crop RICE) */
  | 'MILLED_RICE'
  /** Lúa (crop RICE) */
  | 'PADDY'
  /** Hồ tiêu (crop PEPPER) */
  | 'PEPPER'
  /** Mía (crop SUGARCANE) */
  | 'SUGARCANE';

export type LowEmissionPractice =
  /** Tưới ướt khô xen kẽ / alternate wetting and drying */
  | 'ALTERNATE_WETTING_DRYING'
  /** Than sinh học / biochar */
  | 'BIOCHAR'
  /** Giống cải tiến / improved varieties */
  | 'IMPROVED_VARIETIES'
  /** Quản lý dịch hại tổng hợp (IPM) / integrated pest management */
  | 'INTEGRATED_PEST_MANAGEMENT'
  /** Trồng xen, cây che bóng / intercropping and shade trees */
  | 'INTERCROPPING_SHADE_TREES'
  /** Phân hữu cơ, phân ủ / organic fertiliser or compost */
  | 'ORGANIC_FERTILISER_COMPOST'
  /** Khác / other (see otherPractices) */
  | 'OTHER'
  /** Giảm, chia nhỏ lượng phân đạm / reduced or split nitrogen */
  | 'REDUCED_SPLIT_NITROGEN'
  /** Ủ phụ phẩm thay vì đốt / residue composting instead of burning */
  | 'RESIDUE_COMPOSTING'
  /** Tưới nhỏ giọt, tiết kiệm nước / drip or water-saving irrigation */
  | 'WATER_SAVING_IRRIGATION';

/** All given conditions must hold. */
export type MaterialFilter = {
  /** Produced by exactly this unit. */
  administrativeUnitCode?: string | null | undefined;
  /** Covers this crop. */
  crop?: string | null | undefined;
  kind?: MaterialKind | null | undefined;
  language?: string | null | undefined;
  targetGroup?: Audience | null | undefined;
  taskCode?: string | null | undefined;
  topic?: TrainingTopic | null | undefined;
  /** Published in this year. */
  year?: number | null | undefined;
};

export type MaterialKind =
  /** Sổ tay / handbook */
  | 'HANDBOOK'
  /** Infographic */
  | 'INFOGRAPHIC'
  /** Tờ rơi / leaflet */
  | 'LEAFLET'
  /** Khác / other */
  | 'OTHER'
  /** Video hướng dẫn / instructional video */
  | 'VIDEO';

/** Ignored with updatedSince: a change feed is ordered by updatedAt. */
export type MaterialOrder = {
  direction?: OrderDirection;
  field: MaterialOrderField;
};

export type MaterialOrderField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

export type MeasureSource =
  /** Summed from values in approved progress reports (nothing else can show it) */
  | 'PROGRESS_REPORTS'
  /** Counted from records in this database (trainings, pilots, plans, inventories) */
  | 'RECORDS';

export type MediaFormat =
  /** Tin bài / news article */
  | 'NEWS_ARTICLE'
  /** Khác / other */
  | 'OTHER'
  /** Phát thanh / radio */
  | 'RADIO'
  /** Mạng xã hội / social media post */
  | 'SOCIAL_MEDIA'
  /** Phóng sự truyền hình / television report */
  | 'TV_REPORT'
  /** Video */
  | 'VIDEO';

export type MediaPieceInput = {
  format: MediaFormat;
  outlet: string;
  url?: string | null | undefined;
};

/** All given conditions must hold. */
export type OcopProductFilter = {
  administrativeUnitCode?: string | null | undefined;
  /** Whose organisation holds a low-emission label valid today (or not). */
  carriesLowEmissionLabel?: boolean | null | undefined;
  organisationId?: string | number | null | undefined;
  starRating?: number | null | undefined;
};

/** Ignored with updatedSince: a change feed is ordered by updatedAt. */
export type OcopProductOrder = {
  direction?: OrderDirection;
  field: OcopProductOrderField;
};

export type OcopProductOrderField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type OrganicAmendmentInput = {
  /** Tonnes per hectare: straw dry weight, other amendments fresh weight. */
  tonnesPerHa: number;
  type: OrganicAmendmentType;
};

/** Straw in dry weight, others in fresh weight (IPCC Table 5.14). */
export type OrganicAmendmentType =
  | 'COMPOST'
  | 'FARMYARD_MANURE'
  | 'GREEN_MANURE'
  | 'STRAW_LONG'
  | 'STRAW_SHORT';

/** Counts of people; women, farmers, officials and technicians are each part of the total. */
export type ParticipantsInput = {
  farmers?: number | null | undefined;
  officials?: number | null | undefined;
  technicians?: number | null | undefined;
  total: number;
  women?: number | null | undefined;
};

export type PerennialInput = {
  /** Area cleared or replanted this year (ha). */
  removedAreaHa?: number | null | undefined;
  standAgeYears: number;
};

export type PilotHostKind =
  /** Cơ quan nhà nước / a government agency */
  | 'AGENCY'
  /** Hợp tác xã / a cooperative */
  | 'COOPERATIVE'
  /** Doanh nghiệp / an enterprise */
  | 'ENTERPRISE'
  /** Khác / another host */
  | 'OTHER';

export type PilotLevel =
  /** Mô hình cấp xã, phường / a commune's or ward's own pilot (task IV.2) */
  | 'COMMUNE'
  /** Mô hình thí điểm cấp tỉnh / provincial pilot (task IV.1, Decision 4766/QĐ-BNNMT) */
  | 'PROVINCIAL';

/** All given conditions must hold. */
export type PilotModelFilter = {
  /** Exactly this unit (a commune, ward or the province). */
  administrativeUnitCode?: string | null | undefined;
  crop?: string | null | undefined;
  level?: PilotLevel | null | undefined;
  /** Applies this practice. */
  practice?: LowEmissionPractice | null | undefined;
  status?: PilotStatus | null | undefined;
  /** Plan task code, e.g. IV.2. */
  taskCode?: string | null | undefined;
  /** Running in this year (started by its end, not ended before its start). */
  year?: number | null | undefined;
};

/** Ignored with updatedSince: a change feed is ordered by updatedAt. */
export type PilotModelOrder = {
  direction?: OrderDirection;
  field: PilotModelOrderField;
};

export type PilotModelOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'START_DATE'
  | 'UPDATED_AT';

export type PilotStatus =
  /** Đang triển khai / under way */
  | 'ACTIVE'
  /** Hủy bỏ / cancelled; not counted */
  | 'CANCELLED'
  /** Hoàn thành / completed */
  | 'COMPLETED'
  /** Dự kiến / planned */
  | 'PLANNED';

export type PlanProgressFilter = {
  /** Only this commune's tasks, with actuals counted for this commune. */
  administrativeUnitCode?: string | null | undefined;
  /** Only tasks this agency leads or coordinates (itself or through a group). */
  agencyCode?: string | null | undefined;
};

/** Water regime before the rice season (IPCC Table 5.13). */
export type PreSeasonRegime =
  | 'FLOODED_LONG'
  | 'NON_FLOODED_LONG'
  | 'NON_FLOODED_OVER_YEAR'
  | 'NON_FLOODED_SHORT';

export type ProductLotFilter = {
  administrativeUnitCode?: string | null | undefined;
  crop?: string | null | undefined;
  harvestYear?: number | null | undefined;
  organisationId?: string | number | null | undefined;
  product?: LotProduct | null | undefined;
  zoneId?: string | number | null | undefined;
};

/** Ignored with updatedSince: a change feed is ordered by updatedAt. */
export type ProductLotOrder = {
  direction?: OrderDirection;
  field: ProductLotOrderField;
};

export type ProductLotOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'HARVEST_FROM'
  | 'UPDATED_AT';

export type ProgressReportFilter = {
  administrativeUnitCode?: string | null | undefined;
  reportingAgencyCode?: string | null | undefined;
  state?: ReportState | null | undefined;
  status?: ImplementationStatus | null | undefined;
  taskCode?: string | null | undefined;
  year?: number | null | undefined;
};

export type ProgressReportIdInput = {
  id: string | number;
};

export type ProvincialInventoryFilter = {
  status?: ProvincialInventoryStatus | null | undefined;
  year?: number | null | undefined;
};

export type ProvincialInventoryStatus =
  /** Compiled, not yet verified */
  | 'DRAFT'
  /** Was verified, then reopened; the next verified version replaces it */
  | 'REOPENED'
  /** Replaced by a newer compilation before verification */
  | 'SUPERSEDED'
  /** Verified: locked, and sent to the national inventory */
  | 'VERIFIED';

/** Enrols the farmer first if needed; a lesson already completed stays as first recorded. */
export type RecordLessonCompletionInput = {
  /** When the farmer finished the lesson (the device's time, for offline use); now when omitted. */
  completedAt?: string | null | undefined;
  /** Required for officers and keys; a FARMER records their own. */
  farmerAccountId?: string | number | null | undefined;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  lessonId: string | number;
};

/** One step of the chain of custody. A refused event changes nothing. */
export type RecordLotEventInput = {
  /** YYYY-MM-DD; not before the harvest began, not in the future. */
  date: string;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  kind: LotEventKind;
  lotId: string | number;
  /** MERGED: the other lots merged with this one into a new lot. */
  mergeLotIds?: Array<string | number> | null | undefined;
  /** PROCESSED of the whole lot: what it becomes (same crop), e.g. GREEN_COFFEE from COFFEE_CHERRY. */
  outputProduct?: LotProduct | null | undefined;
  /** The party's organisation name, when it is not in the register. Never a person's name. */
  partyName?: string | null | undefined;
  /** The party as an organisation of the register. */
  partyOrganisationId?: string | number | null | undefined;
  /** Kilograms: required except for SPLIT (the targets add up) and MERGED (the lots merge whole). */
  quantityKg?: number | null | undefined;
  /** SPLIT: the new lots. */
  targetLots?: Array<SplitTargetInput> | null | undefined;
  /** PROCESSED: output ÷ input, more than 0 and at most 1. */
  yieldRatio?: number | null | undefined;
};

export type RecordTrainingEventInput = {
  /** A commune or ward code, or the province code (66) for a province-wide event. */
  administrativeUnitCode: string;
  audiences?: Array<Audience> | null | undefined;
  endDate?: string | null | undefined;
  /** The organising or hosting organisation of the register (global ID); organiserName stays the free-text organiser. */
  hostOrganisationId?: string | number | null | undefined;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  kind: TrainingEventKind;
  /** Required for a MEDIA_PIECE, refused otherwise. */
  media?: MediaPieceInput | null | undefined;
  organiserName?: string | null | undefined;
  /** Organising agency code from the catalogue, e.g. DAE or PC-24175. */
  organisingAgencyCode?: string | null | undefined;
  /** Required except for a media piece. */
  participants?: ParticipantsInput | null | undefined;
  /** YYYY-MM-DD within 2026-2035. */
  startDate: string;
  /** Plan task served; by default TRAINING III.5, WORKSHOP/FORUM III.7, COMMUNICATION_SESSION I.3, MEDIA_PIECE I.2. */
  taskCode?: string | null | undefined;
  title: string;
  topics: Array<TrainingTopic>;
  venue?: string | null | undefined;
};

export type RefreshTokenInput = {
  /** The refresh token from login or the previous refresh; it is used up. */
  refreshToken: string;
};

/** A phone number or an email is required; nothing else personal is asked. */
export type RegisterFarmerAccountInput = {
  /** The farmer's commune or ward code. */
  administrativeUnitCode: string;
  consent: ConsentInput;
  displayName?: string | null | undefined;
  email?: string | null | undefined;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  phone?: string | null | undefined;
};

export type RegisterProductLotInput = {
  /** The ACTUAL activity records of the same commune, crop and harvest year the lot came from. */
  activityRecordIds: Array<string | number>;
  /** Commune or ward where the lot was harvested (its activity records are of it). */
  administrativeUnitCode: string;
  /** The sender's own id for the lot, unique per commune. */
  externalId?: string | null | undefined;
  /** Factor set the engine computes the intensity with. */
  factorSet?: string;
  /** Files uploaded with POST /files (e.g. harvest or lab documents), in this order. */
  fileIds?: Array<string | number> | null | undefined;
  gwpSet?: GwpSet;
  /** First harvest day, YYYY-MM-DD; not in the future. */
  harvestFrom: string;
  /** Last harvest day, YYYY-MM-DD, in the same year; not in the future. */
  harvestTo: string;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  /** The producing organisation (cooperative, enterprise, group). */
  organisationId: string | number;
  /** The product; the crop follows from it. */
  product: LotProduct;
  /** Kilograms of product, more than 0 and at most a million tonnes. */
  quantityKg: number;
  /** The production zone, when the lot comes from one. */
  zoneId?: string | number | null | undefined;
};

export type ReportState =
  /** Approved by the province: locked until the province reopens it */
  | 'APPROVED'
  /** Being written by the reporting agency or commune */
  | 'DRAFT'
  /** Sent back by the province with a reason */
  | 'RETURNED'
  /** Sent to the province for approval */
  | 'SUBMITTED';

export type ResidueBurningInput = {
  /** Residue available to burn, tonnes of dry matter per hectare. */
  dryMatterTonnesPerHa: number;
  /** Share of the area burnt, 0-1. */
  fractionBurned: number;
};

export type RiceInput = {
  /** Days of cultivation; the regional default when unknown (IPCC2019 only). */
  cultivationDays?: number | null | undefined;
  organicAmendments?: Array<OrganicAmendmentInput> | null | undefined;
  /** When unknown, the aggregated scaling factor is used (with a warning). */
  preSeason?: PreSeasonRegime | null | undefined;
  /** Required for rice. */
  waterRegime?: WaterRegime | null | undefined;
};

export type Role =
  /** Quản trị hệ thống / manages users, keys and everything else */
  | 'ADMIN'
  /** Cán bộ cơ quan / reports on the tasks their agency leads or coordinates */
  | 'AGENCY_OFFICER'
  /** Cán bộ tổ chức chứng nhận / decides the certifications their certification body (organisationId) reviews, nothing else */
  | 'CERTIFICATION_BODY_OFFICER'
  /** Cán bộ xã, phường / writes their unit's data and sees its drafts */
  | 'COMMUNE_OFFICER'
  /** Nông dân / uses the training app: their own farmer account, enrolments and lesson completions */
  | 'FARMER'
  /** Cán bộ Sở Nông nghiệp và Môi trường / reads all, approves commune submissions */
  | 'PROVINCE_OFFICER'
  /** Thẩm định viên / verifies emission inventories */
  | 'VERIFIER'
  /** Người xem / reads published data */
  | 'VIEWER';

export type Scenario =
  /** What was done; inventories are computed from these */
  | 'ACTUAL'
  /** Practice before the low-emission measures (reference for reductions) */
  | 'BASELINE';

export type Season =
  /** Vụ Thu Đông */
  | 'AUTUMN_WINTER'
  /** Vụ Mùa */
  | 'MAIN'
  /** Vụ Hè Thu */
  | 'SUMMER_AUTUMN'
  /** Cả năm / perennial crops and whole-year records */
  | 'WHOLE_YEAR'
  /** Vụ Đông Xuân */
  | 'WINTER_SPRING';

export type SplitTargetInput = {
  externalId?: string | null | undefined;
  /** Kilograms the new lot receives. */
  quantityKg: number;
};

export type SyntheticFertilizerInput = {
  /** Mass fraction of N in the product; default by type (urea 0.46). */
  nitrogenFraction?: number | null | undefined;
  /** Mass of fertiliser product (kg), not of nitrogen. */
  productKg: number;
  type: SyntheticFertilizerType;
};

export type SyntheticFertilizerType =
  | 'AMMONIUM_BASED'
  | 'AMMONIUM_NITRATE_BASED'
  | 'NITRATE_BASED'
  | 'OTHER'
  | 'UREA';

export type TargetComparison =
  /** The period is over and the target is not reached */
  | 'BEHIND'
  /** The actual reaches the target */
  | 'MET'
  /** Not reached yet, but its period has not ended */
  | 'NOT_DUE'
  /** Nothing recorded or reported */
  | 'NO_DATA';

/** What one target value counts over. */
export type TargetPer =
  /** Each commune or ward. */
  | 'COMMUNE'
  /** The task period as a whole. */
  | 'PERIOD'
  /** Each five-year phase of the plan. */
  | 'PHASE'
  /** Each calendar year of the task period. */
  | 'YEAR';

export type TargetValueInput = {
  /** Target metric of the task, e.g. RESEARCH_STUDIES. */
  metric: string;
  note?: string | null | undefined;
  value: number;
};

/** All given conditions must hold. */
export type TaskFilter = {
  /** Tasks whose period includes this year. */
  activeInYear?: number | null | undefined;
  /** Tasks this agency leads or coordinates, directly or through a group it belongs to. */
  agencyId?: string | number | null | undefined;
  /** With agencyId: only this role. */
  agencyRole?: AgencyRole | null | undefined;
  /** Text in the code, title or expected result; ignores case and diacritics. */
  search?: string | null | undefined;
  /** Section code, e.g. IV. */
  sectionCode?: string | null | undefined;
};

/** All given conditions must hold. */
export type TrainingEventFilter = {
  /** Exactly this unit (a commune, ward or the province). */
  administrativeUnitCode?: string | null | undefined;
  audience?: Audience | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<TrainingEventKind> | null | undefined;
  /** Plan task code, e.g. III.5. */
  taskCode?: string | null | undefined;
  topic?: TrainingTopic | null | undefined;
  /** Started in this year. */
  year?: number | null | undefined;
};

export type TrainingEventKind =
  /** Buổi tuyên truyền / a communication session in a commune (tasks I.1, I.3, III.8) */
  | 'COMMUNICATION_SESSION'
  /** Diễn đàn / a forum (task III.7) */
  | 'FORUM'
  /** Phóng sự, tin bài / a news piece, report or video (task I.2) */
  | 'MEDIA_PIECE'
  /** Tập huấn, đào tạo / a training (task III.5) */
  | 'TRAINING'
  /** Hội thảo, tọa đàm / a workshop (task III.7) */
  | 'WORKSHOP';

/** Ignored with updatedSince: a change feed is ordered by updatedAt. */
export type TrainingEventOrder = {
  direction?: OrderDirection;
  field: TrainingEventOrderField;
};

export type TrainingEventOrderField =
  | 'CREATED_AT'
  | 'START_DATE'
  | 'UPDATED_AT';

export type TrainingTopic =
  /** Công nghệ số / digital technology */
  | 'DIGITAL_TECHNOLOGY'
  /** Kỹ thuật canh tác giảm phát thải / low-emission cultivation techniques */
  | 'LOW_EMISSION_CULTIVATION'
  /** Công cụ MRV / measurement, reporting and verification tools */
  | 'MRV_TOOLS'
  /** Khác / other */
  | 'OTHER'
  /** Xử lý phụ phẩm / crop residue handling */
  | 'RESIDUE_HANDLING'
  /** Truy xuất nguồn gốc / traceability */
  | 'TRACEABILITY'
  /** Chuyển đổi giống / variety conversion */
  | 'VARIETY_CONVERSION'
  /** Quản lý nước - dinh dưỡng / water and nutrient management */
  | 'WATER_NUTRIENT_MANAGEMENT';

export type UpdateCourseInput = {
  code?: string | null | undefined;
  crops?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** The version you edited; if the stored record has moved on, the answer is a CONFLICT (STALE_VERSION). */
  expectedVersion: number;
  id: string | number;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  language?: string | null | undefined;
  status?: CourseStatus | null | undefined;
  taskCode?: string | null | undefined;
  title?: string | null | undefined;
  topics?: Array<TrainingTopic> | null | undefined;
};

export type UpdateCourseLessonInput = {
  contentUrl?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  /** The version you edited; if the stored record has moved on, the answer is a CONFLICT (STALE_VERSION). */
  expectedVersion: number;
  id: string | number;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  position?: number | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateMaterialInput = {
  checksumSha256?: string | null | undefined;
  crops?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** The version you edited; if the stored record has moved on, the answer is a CONFLICT (STALE_VERSION). */
  expectedVersion: number;
  /** Replaces the material's uploaded files ([] removes them). */
  fileIds?: Array<string | number> | null | undefined;
  fileUrl?: string | null | undefined;
  id: string | number;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  kind?: MaterialKind | null | undefined;
  language?: string | null | undefined;
  publishedOn?: string | null | undefined;
  targetGroups?: Array<Audience> | null | undefined;
  targetRegion?: string | null | undefined;
  taskCode?: string | null | undefined;
  title?: string | null | undefined;
  topics?: Array<TrainingTopic> | null | undefined;
};

export type UpdatePilotModelInput = {
  actualActivityRecordIds?: Array<string | number> | null | undefined;
  actualYieldTonnesPerHa?: number | null | undefined;
  areaHa?: number | null | undefined;
  baselineActivityRecordIds?: Array<string | number> | null | undefined;
  baselineYieldTonnesPerHa?: number | null | undefined;
  code?: string | null | undefined;
  crop?: string | null | undefined;
  endDate?: string | null | undefined;
  /** The version you edited; if the stored record has moved on, the answer is a CONFLICT (STALE_VERSION). */
  expectedVersion: number;
  hostAgencyCode?: string | null | undefined;
  hostKind?: PilotHostKind | null | undefined;
  hostName?: string | null | undefined;
  /** null clears it. */
  hostOrganisationId?: string | number | null | undefined;
  households?: number | null | undefined;
  id: string | number;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  legalBasis?: string | null | undefined;
  name?: string | null | undefined;
  otherPractices?: string | null | undefined;
  practices?: Array<LowEmissionPractice> | null | undefined;
  startDate?: string | null | undefined;
  status?: PilotStatus | null | undefined;
  taskCode?: string | null | undefined;
};

/** Changes a DRAFT or RETURNED report; fields left out keep their value. */
export type UpdateProgressReportInput = {
  difficulties?: string | null | undefined;
  evidence?: Array<EvidenceLinkInput> | null | undefined;
  /** The version you edited; a newer stored version answers CONFLICT. */
  expectedVersion: number;
  /** Replaces the report's evidence files ([] removes them). */
  fileIds?: Array<string | number> | null | undefined;
  id: string | number;
  narrative?: string | null | undefined;
  proposals?: string | null | undefined;
  status?: ImplementationStatus | null | undefined;
  /** Values for the task's targets that no record shows; a target counted from the records is refused (MEASURED_FROM_RECORDS). */
  targetValues?: Array<TargetValueInput> | null | undefined;
};

export type UpdateTrainingEventInput = {
  audiences?: Array<Audience> | null | undefined;
  endDate?: string | null | undefined;
  /** The version you edited; if the stored record has moved on, the answer is a CONFLICT (STALE_VERSION). */
  expectedVersion: number;
  /** The organising or hosting organisation of the register (global ID); organiserName stays the free-text organiser. */
  hostOrganisationId?: string | number | null | undefined;
  id: string | number;
  /** Client-generated key (8-100 letters, digits or . _ : -), unique per write: sending the same input again with it returns the first result instead of writing twice. */
  idempotencyKey?: string | null | undefined;
  media?: MediaPieceInput | null | undefined;
  organiserName?: string | null | undefined;
  organisingAgencyCode?: string | null | undefined;
  /** Replaces all counts. */
  participants?: ParticipantsInput | null | undefined;
  startDate?: string | null | undefined;
  taskCode?: string | null | undefined;
  title?: string | null | undefined;
  topics?: Array<TrainingTopic> | null | undefined;
  venue?: string | null | undefined;
};

/** Rice water regime during cultivation (IPCC Table 5.12). */
export type WaterRegime =
  | 'CONTINUOUSLY_FLOODED'
  | 'DEEP_WATER'
  | 'MULTIPLE_DRAINAGE'
  | 'RAINFED_DROUGHT_PRONE'
  | 'RAINFED_REGULAR'
  | 'SINGLE_DRAINAGE'
  | 'UPLAND';

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string | null, refreshToken: string | null, expiresAt: string | null, user: { id: string, email: string, displayName: string, role: Role, administrativeUnit: { code: string, name: string } | null, agency: { code: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string | null, refreshToken: string | null, expiresAt: string | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { logout: { loggedOut: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: Role, administrativeUnit: { code: string, name: string } | null, agency: { code: string, name: string } | null } };

export type CurrentUserFragment = { id: string, email: string, displayName: string, role: Role, administrativeUnit: { code: string, name: string } | null, agency: { code: string, name: string } | null };

export type FieldRecordCountsQueryVariables = Exact<{
  filter?: FieldCountFilter | null | undefined;
  pilotUnit?: string | null | undefined;
}>;


export type FieldRecordCountsQuery = { fieldRecordCounts: { trainings: Array<{ year: number, kind: TrainingEventKind, events: number, participants: number, women: number, farmers: number, administrativeUnit: { code: string } }>, communicationSessions: Array<{ year: number, kind: TrainingEventKind, events: number, participants: number, women: number, farmers: number, administrativeUnit: { code: string } }>, trainedFarmers: Array<{ year: number, inPerson: number, online: number, total: number, administrativeUnit: { code: string } }>, pilots: Array<{ planned: number, active: number, completed: number, cancelled: number, counted: number, administrativeUnit: { code: string } }>, communesWithoutPilot: Array<{ code: string, name: string }> } };

export type EventCountFieldsFragment = { year: number, kind: TrainingEventKind, events: number, participants: number, women: number, farmers: number, administrativeUnit: { code: string } };

export type CoursesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CourseFilter | null | undefined;
  orderBy?: CourseOrder | null | undefined;
}>;


export type CoursesQuery = { courses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, title: string, description: string | null, status: CourseStatus, language: string, crops: Array<string>, topics: Array<TrainingTopic>, lessonCount: number, lessons: Array<{ id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null }>, task: { code: string } } }> } };

export type CourseQueryVariables = Exact<{
  id: string | number;
}>;


export type CourseQuery = { node:
    | { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, title: string, description: string | null, status: CourseStatus, language: string, crops: Array<string>, topics: Array<TrainingTopic>, lessonCount: number, lessons: Array<{ id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null }>, task: { code: string } }
    | Record<PropertyKey, never>
   | null };

export type CreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type CreateCourseMutation = { createCourse: { course: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, title: string, description: string | null, status: CourseStatus, language: string, crops: Array<string>, topics: Array<TrainingTopic>, lessonCount: number, lessons: Array<{ id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null }>, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type UpdateCourseMutationVariables = Exact<{
  input: UpdateCourseInput;
}>;


export type UpdateCourseMutation = { updateCourse: { course: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, title: string, description: string | null, status: CourseStatus, language: string, crops: Array<string>, topics: Array<TrainingTopic>, lessonCount: number, lessons: Array<{ id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null }>, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeleteCourseMutationVariables = Exact<{
  input: DeleteRecordInput;
}>;


export type DeleteCourseMutation = { deleteCourse: { course: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, title: string, description: string | null, status: CourseStatus, language: string, crops: Array<string>, topics: Array<TrainingTopic>, lessonCount: number, lessons: Array<{ id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null }>, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type AddCourseLessonMutationVariables = Exact<{
  input: AddCourseLessonInput;
}>;


export type AddCourseLessonMutation = { addCourseLesson: { lesson: { id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type UpdateCourseLessonMutationVariables = Exact<{
  input: UpdateCourseLessonInput;
}>;


export type UpdateCourseLessonMutation = { updateCourseLesson: { lesson: { id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type RegisterFarmerAccountMutationVariables = Exact<{
  input: RegisterFarmerAccountInput;
}>;


export type RegisterFarmerAccountMutation = { registerFarmerAccount: { farmerAccount: { id: string, version: number, updatedAt: string, deletedAt: string | null, displayName: string | null, phone: string | null, email: string | null, hasLogin: boolean, consentNoticeVersion: string, administrativeUnit: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeleteFarmerAccountMutationVariables = Exact<{
  input: DeleteRecordInput;
}>;


export type DeleteFarmerAccountMutation = { deleteFarmerAccount: { farmerAccount: { id: string, version: number, updatedAt: string, deletedAt: string | null, displayName: string | null, phone: string | null, email: string | null, hasLogin: boolean, consentNoticeVersion: string, administrativeUnit: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type EnrolInCourseMutationVariables = Exact<{
  input: EnrolInCourseInput;
}>;


export type EnrolInCourseMutation = { enrolInCourse: { enrolment: { id: string, version: number, updatedAt: string, deletedAt: string | null, enrolledAt: string, completedAt: string | null, completedLessons: number, lessonCount: number, completions: Array<{ completedAt: string, lesson: { id: string, title: string } }>, course: { id: string, code: string }, farmerAccount: { id: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type RecordLessonCompletionMutationVariables = Exact<{
  input: RecordLessonCompletionInput;
}>;


export type RecordLessonCompletionMutation = { recordLessonCompletion: { enrolment: { id: string, version: number, updatedAt: string, deletedAt: string | null, enrolledAt: string, completedAt: string | null, completedLessons: number, lessonCount: number, completions: Array<{ completedAt: string, lesson: { id: string, title: string } }>, course: { id: string, code: string }, farmerAccount: { id: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type CourseFieldsFragment = { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, title: string, description: string | null, status: CourseStatus, language: string, crops: Array<string>, topics: Array<TrainingTopic>, lessonCount: number, lessons: Array<{ id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null }>, task: { code: string } };

export type CourseLessonFieldsFragment = { id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null };

export type FarmerAccountFieldsFragment = { id: string, version: number, updatedAt: string, deletedAt: string | null, displayName: string | null, phone: string | null, email: string | null, hasLogin: boolean, consentNoticeVersion: string, administrativeUnit: { code: string } };

export type EnrolmentFieldsFragment = { id: string, version: number, updatedAt: string, deletedAt: string | null, enrolledAt: string, completedAt: string | null, completedLessons: number, lessonCount: number, completions: Array<{ completedAt: string, lesson: { id: string, title: string } }>, course: { id: string, code: string }, farmerAccount: { id: string } };

export type ActivityRecordsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ActivityRecordFilter | null | undefined;
}>;


export type ActivityRecordsQuery = { activityRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, deletedAt: string | null, externalId: string, year: number, season: Season, scenario: Scenario, source: ActivitySource, cropCode: string, areaHa: number, plausibilityWarnings: Array<string>, administrativeUnit: { code: string } } }> } };

export type ImportActivityRecordsMutationVariables = Exact<{
  input: ImportActivityRecordsInput;
}>;


export type ImportActivityRecordsMutation = { importActivityRecords: { records: Array<{ id: string, version: number, deletedAt: string | null, externalId: string, year: number, season: Season, scenario: Scenario, source: ActivitySource, cropCode: string, areaHa: number, plausibilityWarnings: Array<string>, administrativeUnit: { code: string } }>, summary: { dryRun: boolean, created: number, updated: number, unchanged: number, conflicts: Array<{ rowIndex: number, field: string, code: string, message: string }> } } };

export type DeleteActivityRecordMutationVariables = Exact<{
  input: DeleteActivityRecordInput;
}>;


export type DeleteActivityRecordMutation = { deleteActivityRecord: { activityRecord: { id: string, version: number, deletedAt: string | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type EmissionInventoriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: EmissionInventoryFilter | null | undefined;
}>;


export type EmissionInventoriesQuery = { emissionInventories: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, year: number, status: InventoryStatus, statusReason: string | null, factorSet: string, gwpSet: GwpSet, climateZone: ClimateZone, region: string, method: string, emissionsCo2eKg: number, removalsCo2eKg: number, indirectEnergyCo2eKg: number, totalCo2eKg: number, inputHash: string, warnings: Array<string>, submittedAt: string | null, verifiedAt: string | null, administrativeUnit: { code: string } } }> } };

export type CalculateEmissionInventoryMutationVariables = Exact<{
  input: CalculateEmissionInventoryInput;
}>;


export type CalculateEmissionInventoryMutation = { calculateEmissionInventory: { emissionInventory: { id: string, version: number, year: number, status: InventoryStatus, statusReason: string | null, factorSet: string, gwpSet: GwpSet, climateZone: ClimateZone, region: string, method: string, emissionsCo2eKg: number, removalsCo2eKg: number, indirectEnergyCo2eKg: number, totalCo2eKg: number, inputHash: string, warnings: Array<string>, submittedAt: string | null, verifiedAt: string | null, administrativeUnit: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SubmitEmissionInventoryMutationVariables = Exact<{
  input: InventoryIdInput;
}>;


export type SubmitEmissionInventoryMutation = { submitEmissionInventory: { emissionInventory: { id: string, version: number, year: number, status: InventoryStatus, statusReason: string | null, factorSet: string, gwpSet: GwpSet, climateZone: ClimateZone, region: string, method: string, emissionsCo2eKg: number, removalsCo2eKg: number, indirectEnergyCo2eKg: number, totalCo2eKg: number, inputHash: string, warnings: Array<string>, submittedAt: string | null, verifiedAt: string | null, administrativeUnit: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type VerifyEmissionInventoryMutationVariables = Exact<{
  input: InventoryIdInput;
}>;


export type VerifyEmissionInventoryMutation = { verifyEmissionInventory: { emissionInventory: { id: string, version: number, year: number, status: InventoryStatus, statusReason: string | null, factorSet: string, gwpSet: GwpSet, climateZone: ClimateZone, region: string, method: string, emissionsCo2eKg: number, removalsCo2eKg: number, indirectEnergyCo2eKg: number, totalCo2eKg: number, inputHash: string, warnings: Array<string>, submittedAt: string | null, verifiedAt: string | null, administrativeUnit: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ReturnEmissionInventoryMutationVariables = Exact<{
  input: InventoryReasonInput;
}>;


export type ReturnEmissionInventoryMutation = { returnEmissionInventory: { emissionInventory: { id: string, version: number, year: number, status: InventoryStatus, statusReason: string | null, factorSet: string, gwpSet: GwpSet, climateZone: ClimateZone, region: string, method: string, emissionsCo2eKg: number, removalsCo2eKg: number, indirectEnergyCo2eKg: number, totalCo2eKg: number, inputHash: string, warnings: Array<string>, submittedAt: string | null, verifiedAt: string | null, administrativeUnit: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ProvincialInventoriesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProvincialInventoryFilter | null | undefined;
}>;


export type ProvincialInventoriesQuery = { provincialInventories: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, year: number, status: ProvincialInventoryStatus, statusReason: string | null, factorSet: string, gwpSet: GwpSet, method: string, emissionsCo2eKg: number, removalsCo2eKg: number, indirectEnergyCo2eKg: number, totalCo2eKg: number, verifiedAt: string | null, communesIncluded: Array<string>, lines: Array<{ category: string, categoryName: string, gas: Gas, kind: EmissionLineKind, massKg: number, co2eKg: number }> } }> } };

export type ActivityRecordFieldsFragment = { id: string, version: number, deletedAt: string | null, externalId: string, year: number, season: Season, scenario: Scenario, source: ActivitySource, cropCode: string, areaHa: number, plausibilityWarnings: Array<string>, administrativeUnit: { code: string } };

export type EmissionInventoryFieldsFragment = { id: string, version: number, year: number, status: InventoryStatus, statusReason: string | null, factorSet: string, gwpSet: GwpSet, climateZone: ClimateZone, region: string, method: string, emissionsCo2eKg: number, removalsCo2eKg: number, indirectEnergyCo2eKg: number, totalCo2eKg: number, inputHash: string, warnings: Array<string>, submittedAt: string | null, verifiedAt: string | null, administrativeUnit: { code: string } };

export type NationalInventorySubmissionsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type NationalInventorySubmissionsQuery = { nationalInventorySubmissions: Array<unknown> };

export type MaterialsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: MaterialFilter | null | undefined;
  orderBy?: MaterialOrder | null | undefined;
}>;


export type MaterialsQuery = { materials: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: MaterialKind, title: string, description: string | null, language: string, fileUrl: string, checksumSha256: string | null, publishedOn: string | null, crops: Array<string>, topics: Array<TrainingTopic>, targetGroups: Array<Audience>, administrativeUnit: { code: string }, task: { code: string } } }> } };

export type MaterialQueryVariables = Exact<{
  id: string | number;
}>;


export type MaterialQuery = { node:
    | { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: MaterialKind, title: string, description: string | null, language: string, fileUrl: string, checksumSha256: string | null, publishedOn: string | null, crops: Array<string>, topics: Array<TrainingTopic>, targetGroups: Array<Audience>, administrativeUnit: { code: string }, task: { code: string } }
    | Record<PropertyKey, never>
   | null };

export type CreateMaterialMutationVariables = Exact<{
  input: CreateMaterialInput;
}>;


export type CreateMaterialMutation = { createMaterial: { material: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: MaterialKind, title: string, description: string | null, language: string, fileUrl: string, checksumSha256: string | null, publishedOn: string | null, crops: Array<string>, topics: Array<TrainingTopic>, targetGroups: Array<Audience>, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type UpdateMaterialMutationVariables = Exact<{
  input: UpdateMaterialInput;
}>;


export type UpdateMaterialMutation = { updateMaterial: { material: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: MaterialKind, title: string, description: string | null, language: string, fileUrl: string, checksumSha256: string | null, publishedOn: string | null, crops: Array<string>, topics: Array<TrainingTopic>, targetGroups: Array<Audience>, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeleteMaterialMutationVariables = Exact<{
  input: DeleteRecordInput;
}>;


export type DeleteMaterialMutation = { deleteMaterial: { material: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: MaterialKind, title: string, description: string | null, language: string, fileUrl: string, checksumSha256: string | null, publishedOn: string | null, crops: Array<string>, topics: Array<TrainingTopic>, targetGroups: Array<Audience>, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type MaterialFieldsFragment = { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: MaterialKind, title: string, description: string | null, language: string, fileUrl: string, checksumSha256: string | null, publishedOn: string | null, crops: Array<string>, topics: Array<TrainingTopic>, targetGroups: Array<Audience>, administrativeUnit: { code: string }, task: { code: string } };

export type PilotModelsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PilotModelFilter | null | undefined;
  orderBy?: PilotModelOrder | null | undefined;
}>;


export type PilotModelsQuery = { pilotModels: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, name: string, level: PilotLevel, crop: string, status: PilotStatus, areaHa: number, households: number, hostKind: PilotHostKind, hostName: string, startDate: string, endDate: string | null, practices: Array<LowEmissionPractice>, actualYieldTonnesPerHa: number | null, administrativeUnit: { code: string }, task: { code: string } } }> } };

export type PilotModelQueryVariables = Exact<{
  id: string | number;
}>;


export type PilotModelQuery = { node:
    | { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, name: string, level: PilotLevel, crop: string, status: PilotStatus, areaHa: number, households: number, hostKind: PilotHostKind, hostName: string, startDate: string, endDate: string | null, practices: Array<LowEmissionPractice>, actualYieldTonnesPerHa: number | null, administrativeUnit: { code: string }, task: { code: string } }
    | Record<PropertyKey, never>
   | null };

export type CreatePilotModelMutationVariables = Exact<{
  input: CreatePilotModelInput;
}>;


export type CreatePilotModelMutation = { createPilotModel: { pilotModel: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, name: string, level: PilotLevel, crop: string, status: PilotStatus, areaHa: number, households: number, hostKind: PilotHostKind, hostName: string, startDate: string, endDate: string | null, practices: Array<LowEmissionPractice>, actualYieldTonnesPerHa: number | null, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type UpdatePilotModelMutationVariables = Exact<{
  input: UpdatePilotModelInput;
}>;


export type UpdatePilotModelMutation = { updatePilotModel: { pilotModel: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, name: string, level: PilotLevel, crop: string, status: PilotStatus, areaHa: number, households: number, hostKind: PilotHostKind, hostName: string, startDate: string, endDate: string | null, practices: Array<LowEmissionPractice>, actualYieldTonnesPerHa: number | null, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeletePilotModelMutationVariables = Exact<{
  input: DeleteRecordInput;
}>;


export type DeletePilotModelMutation = { deletePilotModel: { pilotModel: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, name: string, level: PilotLevel, crop: string, status: PilotStatus, areaHa: number, households: number, hostKind: PilotHostKind, hostName: string, startDate: string, endDate: string | null, practices: Array<LowEmissionPractice>, actualYieldTonnesPerHa: number | null, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PilotModelFieldsFragment = { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, name: string, level: PilotLevel, crop: string, status: PilotStatus, areaHa: number, households: number, hostKind: PilotHostKind, hostName: string, startDate: string, endDate: string | null, practices: Array<LowEmissionPractice>, actualYieldTonnesPerHa: number | null, administrativeUnit: { code: string }, task: { code: string } };

export type PlanQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanQuery = { plan: { id: string, code: string, title: string, startYear: number, endYear: number, sourceDocument: string } };

export type SectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectionsQuery = { sections: Array<{ id: string, code: string, title: string, tasks: Array<{ code: string }> }> };

export type TasksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TaskFilter | null | undefined;
}>;


export type TasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, title: string, startYear: number, endYear: number, expectedResult: string | null, section: { code: string }, leadAgencies: Array<{ id: string, code: string, kind: AgencyKind }>, coordinatingAgencies: Array<{ id: string, code: string, kind: AgencyKind }>, targets: Array<{ id: string, metric: string, description: string, unit: string, minValue: number | null, maxValue: number | null, per: TargetPer }> } }> } };

export type TaskByCodeQueryVariables = Exact<{
  code: string;
}>;


export type TaskByCodeQuery = { task: { id: string, code: string, title: string, startYear: number, endYear: number, expectedResult: string | null, section: { code: string }, leadAgencies: Array<{ id: string, code: string, kind: AgencyKind }>, coordinatingAgencies: Array<{ id: string, code: string, kind: AgencyKind }>, targets: Array<{ id: string, metric: string, description: string, unit: string, minValue: number | null, maxValue: number | null, per: TargetPer }> } | null };

export type AgenciesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AgencyFilter | null | undefined;
}>;


export type AgenciesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, nameEn: string, kind: AgencyKind, administrativeUnit: { code: string } | null } }> } };

export type TaskDetailsFragment = { id: string, code: string, title: string, startYear: number, endYear: number, expectedResult: string | null, section: { code: string }, leadAgencies: Array<{ id: string, code: string, kind: AgencyKind }>, coordinatingAgencies: Array<{ id: string, code: string, kind: AgencyKind }>, targets: Array<{ id: string, metric: string, description: string, unit: string, minValue: number | null, maxValue: number | null, per: TargetPer }> };

export type TargetDetailsFragment = { id: string, metric: string, description: string, unit: string, minValue: number | null, maxValue: number | null, per: TargetPer };

export type PlanProgressQueryVariables = Exact<{
  year: number;
  filter?: PlanProgressFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type PlanProgressQuery = { planProgress: { year: number, asOf: string, sections: Array<{ code: string, title: string, tasks: Array<{ status: ImplementationStatus | null, task: { code: string, title: string }, targets: Array<{ fromYear: number, toYear: number, dueYear: number, goal: number | null, actual: number | null, comparison: TargetComparison, source: MeasureSource, communesTotal: number | null, target: { id: string, metric: string, unit: string } }>, lateReports: Array<{ id: string }>, missingReports: Array<{ code: string }> }> }> } };

export type ProgressReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProgressReportFilter | null | undefined;
}>;


export type ProgressReportsQuery = { progressReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, year: number, quarter: number, dueOn: string, late: boolean, state: ReportState, stateReason: string | null, status: ImplementationStatus, narrative: string, difficulties: string, proposals: string, submittedAt: string | null, approvedAt: string | null, evidence: Array<{ url: string, description: string | null, sha256: string | null }>, targetValues: Array<{ metric: string, value: number, note: string | null }>, task: { code: string }, reportingAgency: { code: string }, administrativeUnit: { code: string } | null } }> } };

export type CreateProgressReportMutationVariables = Exact<{
  input: CreateProgressReportInput;
}>;


export type CreateProgressReportMutation = { createProgressReport: { progressReport: { id: string, version: number, year: number, quarter: number, dueOn: string, late: boolean, state: ReportState, stateReason: string | null, status: ImplementationStatus, narrative: string, difficulties: string, proposals: string, submittedAt: string | null, approvedAt: string | null, evidence: Array<{ url: string, description: string | null, sha256: string | null }>, targetValues: Array<{ metric: string, value: number, note: string | null }>, task: { code: string }, reportingAgency: { code: string }, administrativeUnit: { code: string } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type UpdateProgressReportMutationVariables = Exact<{
  input: UpdateProgressReportInput;
}>;


export type UpdateProgressReportMutation = { updateProgressReport: { progressReport: { id: string, version: number, year: number, quarter: number, dueOn: string, late: boolean, state: ReportState, stateReason: string | null, status: ImplementationStatus, narrative: string, difficulties: string, proposals: string, submittedAt: string | null, approvedAt: string | null, evidence: Array<{ url: string, description: string | null, sha256: string | null }>, targetValues: Array<{ metric: string, value: number, note: string | null }>, task: { code: string }, reportingAgency: { code: string }, administrativeUnit: { code: string } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SubmitProgressReportMutationVariables = Exact<{
  input: ProgressReportIdInput;
}>;


export type SubmitProgressReportMutation = { submitProgressReport: { progressReport: { id: string, version: number, year: number, quarter: number, dueOn: string, late: boolean, state: ReportState, stateReason: string | null, status: ImplementationStatus, narrative: string, difficulties: string, proposals: string, submittedAt: string | null, approvedAt: string | null, evidence: Array<{ url: string, description: string | null, sha256: string | null }>, targetValues: Array<{ metric: string, value: number, note: string | null }>, task: { code: string }, reportingAgency: { code: string }, administrativeUnit: { code: string } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ProgressReportFieldsFragment = { id: string, version: number, year: number, quarter: number, dueOn: string, late: boolean, state: ReportState, stateReason: string | null, status: ImplementationStatus, narrative: string, difficulties: string, proposals: string, submittedAt: string | null, approvedAt: string | null, evidence: Array<{ url: string, description: string | null, sha256: string | null }>, targetValues: Array<{ metric: string, value: number, note: string | null }>, task: { code: string }, reportingAgency: { code: string }, administrativeUnit: { code: string } | null };

export type TargetProgressFieldsFragment = { fromYear: number, toYear: number, dueYear: number, goal: number | null, actual: number | null, comparison: TargetComparison, source: MeasureSource, communesTotal: number | null, target: { id: string, metric: string, unit: string } };

export type PilotModelChangesQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PilotModelChangesQuery = { pilotModels: { syncWatermark: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, name: string, level: PilotLevel, crop: string, status: PilotStatus, areaHa: number, households: number, hostKind: PilotHostKind, hostName: string, startDate: string, endDate: string | null, practices: Array<LowEmissionPractice>, actualYieldTonnesPerHa: number | null, administrativeUnit: { code: string }, task: { code: string } } }> } };

export type TrainingEventChangesQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TrainingEventChangesQuery = { trainingEvents: { syncWatermark: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: TrainingEventKind, title: string, startDate: string, endDate: string | null, venue: string | null, topics: Array<TrainingTopic>, audiences: Array<Audience>, attendeeCount: number, participants: { total: number, women: number | null, farmers: number | null, officials: number | null, technicians: number | null } | null, media: { outlet: string, format: MediaFormat, url: string | null } | null, administrativeUnit: { code: string }, task: { code: string } } }> } };

export type MaterialChangesQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type MaterialChangesQuery = { materials: { syncWatermark: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: MaterialKind, title: string, description: string | null, language: string, fileUrl: string, checksumSha256: string | null, publishedOn: string | null, crops: Array<string>, topics: Array<TrainingTopic>, targetGroups: Array<Audience>, administrativeUnit: { code: string }, task: { code: string } } }> } };

export type CourseChangesQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CourseChangesQuery = { courses: { syncWatermark: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, code: string, title: string, description: string | null, status: CourseStatus, language: string, crops: Array<string>, topics: Array<TrainingTopic>, lessonCount: number, lessons: Array<{ id: string, version: number, position: number, title: string, summary: string | null, contentUrl: string | null, durationMinutes: number | null }>, task: { code: string } } }> } };

export type EnrolmentChangesQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type EnrolmentChangesQuery = { enrolments: { syncWatermark: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, enrolledAt: string, completedAt: string | null, completedLessons: number, lessonCount: number, completions: Array<{ completedAt: string, lesson: { id: string, title: string } }>, course: { id: string, code: string }, farmerAccount: { id: string } } }> } };

export type FarmerAccountChangesQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type FarmerAccountChangesQuery = { farmerAccounts: { syncWatermark: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, displayName: string | null, phone: string | null, email: string | null, hasLogin: boolean, consentNoticeVersion: string, administrativeUnit: { code: string } } }> } };

export type TrainingEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TrainingEventFilter | null | undefined;
  orderBy?: TrainingEventOrder | null | undefined;
}>;


export type TrainingEventsQuery = { trainingEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: TrainingEventKind, title: string, startDate: string, endDate: string | null, venue: string | null, topics: Array<TrainingTopic>, audiences: Array<Audience>, attendeeCount: number, participants: { total: number, women: number | null, farmers: number | null, officials: number | null, technicians: number | null } | null, media: { outlet: string, format: MediaFormat, url: string | null } | null, administrativeUnit: { code: string }, task: { code: string } } }> } };

export type TrainingEventQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingEventQuery = { node:
    | { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: TrainingEventKind, title: string, startDate: string, endDate: string | null, venue: string | null, topics: Array<TrainingTopic>, audiences: Array<Audience>, attendeeCount: number, attendees: Array<{ externalId: string | null, fullName: string, gender: AttendeeGender | null, group: AttendeeGroup, organisation: string | null, phone: string | null }> | null, participants: { total: number, women: number | null, farmers: number | null, officials: number | null, technicians: number | null } | null, media: { outlet: string, format: MediaFormat, url: string | null } | null, administrativeUnit: { code: string }, task: { code: string } }
    | Record<PropertyKey, never>
   | null };

export type RecordTrainingEventMutationVariables = Exact<{
  input: RecordTrainingEventInput;
}>;


export type RecordTrainingEventMutation = { recordTrainingEvent: { trainingEvent: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: TrainingEventKind, title: string, startDate: string, endDate: string | null, venue: string | null, topics: Array<TrainingTopic>, audiences: Array<Audience>, attendeeCount: number, participants: { total: number, women: number | null, farmers: number | null, officials: number | null, technicians: number | null } | null, media: { outlet: string, format: MediaFormat, url: string | null } | null, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type UpdateTrainingEventMutationVariables = Exact<{
  input: UpdateTrainingEventInput;
}>;


export type UpdateTrainingEventMutation = { updateTrainingEvent: { trainingEvent: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: TrainingEventKind, title: string, startDate: string, endDate: string | null, venue: string | null, topics: Array<TrainingTopic>, audiences: Array<Audience>, attendeeCount: number, participants: { total: number, women: number | null, farmers: number | null, officials: number | null, technicians: number | null } | null, media: { outlet: string, format: MediaFormat, url: string | null } | null, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DeleteTrainingEventMutationVariables = Exact<{
  input: DeleteRecordInput;
}>;


export type DeleteTrainingEventMutation = { deleteTrainingEvent: { trainingEvent: { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: TrainingEventKind, title: string, startDate: string, endDate: string | null, venue: string | null, topics: Array<TrainingTopic>, audiences: Array<Audience>, attendeeCount: number, participants: { total: number, women: number | null, farmers: number | null, officials: number | null, technicians: number | null } | null, media: { outlet: string, format: MediaFormat, url: string | null } | null, administrativeUnit: { code: string }, task: { code: string } } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ImportAttendanceMutationVariables = Exact<{
  input: ImportAttendanceInput;
}>;


export type ImportAttendanceMutation = { importAttendance: { trainingEvent: { id: string, version: number, attendeeCount: number }, summary: { dryRun: boolean, created: number, updated: number, unchanged: number, conflicts: Array<{ rowIndex: number, field: string, code: string, message: string }> } } };

export type TrainingEventFieldsFragment = { id: string, version: number, updatedAt: string, deletedAt: string | null, kind: TrainingEventKind, title: string, startDate: string, endDate: string | null, venue: string | null, topics: Array<TrainingTopic>, audiences: Array<Audience>, attendeeCount: number, participants: { total: number, women: number | null, farmers: number | null, officials: number | null, technicians: number | null } | null, media: { outlet: string, format: MediaFormat, url: string | null } | null, administrativeUnit: { code: string }, task: { code: string } };

export type ImportSummaryFieldsFragment = { dryRun: boolean, created: number, updated: number, unchanged: number, conflicts: Array<{ rowIndex: number, field: string, code: string, message: string }> };

export type ProductLotFieldsFragment = { id: string, code: string, externalId: string | null, crop: string, product: LotProduct, origin: LotOrigin, harvestYear: number, harvestFrom: string, harvestTo: string, quantityKg: number, balanceKg: number, emissionsCo2eKg: number | null, intensityKgCo2ePerKg: number | null, intensityBasis: IntensityBasis | null, intensityMethod: string | null, factorSetCode: string | null, gwpSet: string | null, activityRecordIds: Array<string>, parentLotIds: Array<string>, version: number, updatedAt: string, deletedAt: string | null, administrativeUnit: { code: string, name: string }, organisation: { id: string, name: string }, zone: { id: string, name: string } | null };

export type ProductLotEventFieldsFragment = { id: string, kind: LotEventKind, date: string, quantityKg: number, balanceChangeKg: number, yieldRatio: number | null, partyName: string | null, relatedLotIds: Array<string>, recordedAt: string };

export type CertificationFieldsFragment = { id: string, scheme: CertificationScheme, schemeName: string | null, status: CertificationStatus, statusReason: string, statusChangedAt: string, grantedOn: string | null, validFrom: string | null, validTo: string | null, certificateNumber: string | null, crops: Array<string>, areaHa: number | null, notes: string | null, version: number, updatedAt: string, deletedAt: string | null, organisation: { id: string, name: string } | null, productionZone: { id: string, name: string } | null, certificationBody: { id: string, name: string } | null, communes: Array<{ code: string, name: string }> };

export type ProductLotsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductLotFilter | null | undefined;
  orderBy?: ProductLotOrder | null | undefined;
}>;


export type ProductLotsQuery = { productLots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, externalId: string | null, crop: string, product: LotProduct, origin: LotOrigin, harvestYear: number, harvestFrom: string, harvestTo: string, quantityKg: number, balanceKg: number, emissionsCo2eKg: number | null, intensityKgCo2ePerKg: number | null, intensityBasis: IntensityBasis | null, intensityMethod: string | null, factorSetCode: string | null, gwpSet: string | null, activityRecordIds: Array<string>, parentLotIds: Array<string>, version: number, updatedAt: string, deletedAt: string | null, administrativeUnit: { code: string, name: string }, organisation: { id: string, name: string }, zone: { id: string, name: string } | null } }> } };

export type ProductLotChangesQueryVariables = Exact<{
  updatedSince?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ProductLotChangesQuery = { productLots: { syncWatermark: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, externalId: string | null, crop: string, product: LotProduct, origin: LotOrigin, harvestYear: number, harvestFrom: string, harvestTo: string, quantityKg: number, balanceKg: number, emissionsCo2eKg: number | null, intensityKgCo2ePerKg: number | null, intensityBasis: IntensityBasis | null, intensityMethod: string | null, factorSetCode: string | null, gwpSet: string | null, activityRecordIds: Array<string>, parentLotIds: Array<string>, version: number, updatedAt: string, deletedAt: string | null, administrativeUnit: { code: string, name: string }, organisation: { id: string, name: string }, zone: { id: string, name: string } | null } }> } };

export type RegisterProductLotMutationVariables = Exact<{
  input: RegisterProductLotInput;
}>;


export type RegisterProductLotMutation = { registerProductLot: { productLot: { id: string, code: string, externalId: string | null, crop: string, product: LotProduct, origin: LotOrigin, harvestYear: number, harvestFrom: string, harvestTo: string, quantityKg: number, balanceKg: number, emissionsCo2eKg: number | null, intensityKgCo2ePerKg: number | null, intensityBasis: IntensityBasis | null, intensityMethod: string | null, factorSetCode: string | null, gwpSet: string | null, activityRecordIds: Array<string>, parentLotIds: Array<string>, version: number, updatedAt: string, deletedAt: string | null, administrativeUnit: { code: string, name: string }, organisation: { id: string, name: string }, zone: { id: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type RecordLotEventMutationVariables = Exact<{
  input: RecordLotEventInput;
}>;


export type RecordLotEventMutation = { recordLotEvent: { event: { id: string, kind: LotEventKind, date: string, quantityKg: number, balanceChangeKg: number, yieldRatio: number | null, partyName: string | null, relatedLotIds: Array<string>, recordedAt: string, lot: { id: string, code: string, externalId: string | null, crop: string, product: LotProduct, origin: LotOrigin, harvestYear: number, harvestFrom: string, harvestTo: string, quantityKg: number, balanceKg: number, emissionsCo2eKg: number | null, intensityKgCo2ePerKg: number | null, intensityBasis: IntensityBasis | null, intensityMethod: string | null, factorSetCode: string | null, gwpSet: string | null, activityRecordIds: Array<string>, parentLotIds: Array<string>, version: number, updatedAt: string, deletedAt: string | null, administrativeUnit: { code: string, name: string }, organisation: { id: string, name: string }, zone: { id: string, name: string } | null }, relatedLots: Array<{ id: string, code: string, externalId: string | null, crop: string, product: LotProduct, origin: LotOrigin, harvestYear: number, harvestFrom: string, harvestTo: string, quantityKg: number, balanceKg: number, emissionsCo2eKg: number | null, intensityKgCo2ePerKg: number | null, intensityBasis: IntensityBasis | null, intensityMethod: string | null, factorSetCode: string | null, gwpSet: string | null, activityRecordIds: Array<string>, parentLotIds: Array<string>, version: number, updatedAt: string, deletedAt: string | null, administrativeUnit: { code: string, name: string }, organisation: { id: string, name: string }, zone: { id: string, name: string } | null }> } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type VerifyProductLotQueryVariables = Exact<{
  code: string;
}>;


export type VerifyProductLotQuery = { verifyProductLot: { code: string, commune: string, communeCode: string, zone: string | null, organisation: string, crop: string, product: LotProduct, origin: LotOrigin, harvestFrom: string, harvestTo: string, quantityKg: number, intensityKgCo2ePerKg: number | null, intensityBasis: IntensityBasis | null, intensityMethod: string | null, factorSet: string | null, gwpSet: string | null, certifications: Array<{ scheme: string, schemeName: string | null, certificateNumber: string | null, validFrom: string, validTo: string }>, custody: Array<{ kind: LotEventKind, date: string, quantityKg: number, yieldRatio: number | null, party: string | null }> } | null };

export type CertificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CertificationFilter | null | undefined;
  orderBy?: CertificationOrder | null | undefined;
}>;


export type CertificationsQuery = { certifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, scheme: CertificationScheme, schemeName: string | null, status: CertificationStatus, statusReason: string, statusChangedAt: string, grantedOn: string | null, validFrom: string | null, validTo: string | null, certificateNumber: string | null, crops: Array<string>, areaHa: number | null, notes: string | null, version: number, updatedAt: string, deletedAt: string | null, organisation: { id: string, name: string } | null, productionZone: { id: string, name: string } | null, certificationBody: { id: string, name: string } | null, communes: Array<{ code: string, name: string }> } }> } };

export type ApplyForCertificationMutationVariables = Exact<{
  input: ApplyForCertificationInput;
}>;


export type ApplyForCertificationMutation = { applyForCertification: { certification: { id: string, scheme: CertificationScheme, schemeName: string | null, status: CertificationStatus, statusReason: string, statusChangedAt: string, grantedOn: string | null, validFrom: string | null, validTo: string | null, certificateNumber: string | null, crops: Array<string>, areaHa: number | null, notes: string | null, version: number, updatedAt: string, deletedAt: string | null, organisation: { id: string, name: string } | null, productionZone: { id: string, name: string } | null, certificationBody: { id: string, name: string } | null, communes: Array<{ code: string, name: string }> } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type LabelEligibilityQueryVariables = Exact<{
  holderId: string | number;
  cropCode: string;
}>;


export type LabelEligibilityQuery = { labelEligibility: { holderId: string, crop: string, eligible: boolean, reason: string | null, recordsYear: number | null, criteriaSet: { id: string, setVersion: number } | null, criteria: Array<{ practice: LowEmissionPractice | null, metric: CriteriaMetric | null, outcome: CriterionOutcome, threshold: number | null, observed: number | null, unit: string | null, recordsCounted: number, evidenceIds: Array<string>, evidenceCodes: Array<string>, explanation: string }> } };

export type OcopProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OcopProductFilter | null | undefined;
  orderBy?: OcopProductOrder | null | undefined;
}>;


export type OcopProductsQuery = { ocopProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, crop: string | null, starRating: number, yearRated: number, decisionNumber: string | null, reRatedOn: Array<string>, nextReRatingDue: string | null, lowEmissionCriteriaNote: string | null, carriesLowEmissionLabel: boolean, version: number, updatedAt: string, deletedAt: string | null, lowEmissionLabel: { id: string, scheme: CertificationScheme, validTo: string | null } | null, organisation: { id: string, name: string }, commune: { code: string, name: string } } }> } };

export const CurrentUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFragment, unknown>;
export const EventCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}}]}}]} as unknown as DocumentNode<EventCountFieldsFragment, unknown>;
export const CourseLessonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]} as unknown as DocumentNode<CourseLessonFieldsFragment, unknown>;
export const CourseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]} as unknown as DocumentNode<CourseFieldsFragment, unknown>;
export const FarmerAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FarmerAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FarmerAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"consentNoticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FarmerAccountFieldsFragment, unknown>;
export const EnrolmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"completions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lesson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"farmerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnrolmentFieldsFragment, unknown>;
export const ActivityRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"cropCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"plausibilityWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ActivityRecordFieldsFragment, unknown>;
export const EmissionInventoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmissionInventoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"factorSet"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"climateZone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"removalsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"indirectEnergyCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<EmissionInventoryFieldsFragment, unknown>;
export const MaterialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MaterialFieldsFragment, unknown>;
export const PilotModelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"actualYieldTonnesPerHa"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PilotModelFieldsFragment, unknown>;
export const TargetDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"per"}}]}}]} as unknown as DocumentNode<TargetDetailsFragment, unknown>;
export const TaskDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"per"}}]}}]} as unknown as DocumentNode<TaskDetailsFragment, unknown>;
export const ProgressReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ProgressReportFieldsFragment, unknown>;
export const TargetProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"communesTotal"}}]}}]} as unknown as DocumentNode<TargetProgressFieldsFragment, unknown>;
export const TrainingEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TrainingEventFieldsFragment, unknown>;
export const ImportSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowIndex"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportSummaryFieldsFragment, unknown>;
export const ProductLotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductLotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"harvestYear"}},{"kind":"Field","name":{"kind":"Name","value":"harvestFrom"}},{"kind":"Field","name":{"kind":"Name","value":"harvestTo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"balanceKg"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityKgCo2ePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMethod"}},{"kind":"Field","name":{"kind":"Name","value":"factorSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"activityRecordIds"}},{"kind":"Field","name":{"kind":"Name","value":"parentLotIds"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<ProductLotFieldsFragment, unknown>;
export const ProductLotEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductLotEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLotEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"balanceChangeKg"}},{"kind":"Field","name":{"kind":"Name","value":"yieldRatio"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"relatedLotIds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<ProductLotEventFieldsFragment, unknown>;
export const CertificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"schemeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<CertificationFieldsFragment, unknown>;
export const LoginDocument = {"__meta__":{"hash":"30eb49b7e1c23d8dfbd49a0fbb56bcbcfa9a5c5c9e9488167dc40fd9e2b1d3a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"__meta__":{"hash":"0dd344e87b06d68151e79eaf8461f2f8cc145e5b9a4cdac4efd22b0598fbc90e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"58d6913438b4ecce842c46bf6786db286278b0a2f651dadf53f4dfe3869941b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"2b787497750c6f818b04fb61e8bf97dac2b8e20448432e0f8f51f6025425a3b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const FieldRecordCountsDocument = {"__meta__":{"hash":"76e1b86f079b3dddf58c8486a56d968a63c01c886cc13d6820e6667ba5e7e3c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldRecordCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldCountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pilotUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldRecordCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communicationSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainedFarmers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inPerson"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pilots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"administrativeUnitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pilotUnit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communesWithoutPilot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}}]}}]} as unknown as DocumentNode<FieldRecordCountsQuery, FieldRecordCountsQueryVariables>;
export const CoursesDocument = {"__meta__":{"hash":"c6e9e747bcdb53ab8e042fc42b582e14d411e6a99a0287b9ae7aacfff00d97fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Courses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CoursesQuery, CoursesQueryVariables>;
export const CourseDocument = {"__meta__":{"hash":"69fbdbe7fab61dd3e5d95cdd0a01d70f8d57d79e34cdecf8dc887e63b59ea7cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Course"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CourseQuery, CourseQueryVariables>;
export const CreateCourseDocument = {"__meta__":{"hash":"ed2941eeb3d499085858b4a280da4107b12a78a428a3741b58c78844d80c7443"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateCourseMutation, CreateCourseMutationVariables>;
export const UpdateCourseDocument = {"__meta__":{"hash":"8824b499d3c0c994ffd516aa23a9d589eff2ab1935bf79af9c42725b73acd059"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateCourseMutation, UpdateCourseMutationVariables>;
export const DeleteCourseDocument = {"__meta__":{"hash":"747292893cb1d39e779e4efaa062e90af41ccc1d95e7271624b9467228b5f4cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DeleteCourseMutation, DeleteCourseMutationVariables>;
export const AddCourseLessonDocument = {"__meta__":{"hash":"363d98d07131f92725ad40bd9c317918b3f8bd9df534150aa24c31dc8c8dbe30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCourseLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCourseLessonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCourseLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lesson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]} as unknown as DocumentNode<AddCourseLessonMutation, AddCourseLessonMutationVariables>;
export const UpdateCourseLessonDocument = {"__meta__":{"hash":"8476e096c6e84463fcde23556ba909c86c1a0b6df111d83c612cd8b38eb2d4b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCourseLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCourseLessonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCourseLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lesson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]} as unknown as DocumentNode<UpdateCourseLessonMutation, UpdateCourseLessonMutationVariables>;
export const RegisterFarmerAccountDocument = {"__meta__":{"hash":"9a9e69d19d427503d8278b8134304ce0181f12a5047d739d73e478eec89c0f25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterFarmerAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFarmerAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFarmerAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"farmerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FarmerAccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FarmerAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FarmerAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"consentNoticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RegisterFarmerAccountMutation, RegisterFarmerAccountMutationVariables>;
export const DeleteFarmerAccountDocument = {"__meta__":{"hash":"15e7dc1f6db36f809ec07d56bf3103be1fd54f6c08d13126432fdc65a7fe4790"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFarmerAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFarmerAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"farmerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FarmerAccountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FarmerAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FarmerAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"consentNoticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DeleteFarmerAccountMutation, DeleteFarmerAccountMutationVariables>;
export const EnrolInCourseDocument = {"__meta__":{"hash":"89a4646b342126985b196f629f039d15c0f4b2fe70b011ffaebcf1a08e24331e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolInCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolInCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"completions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lesson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"farmerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnrolInCourseMutation, EnrolInCourseMutationVariables>;
export const RecordLessonCompletionDocument = {"__meta__":{"hash":"f6d8708e65665b12a2eec0a6914271df02dfebdc82ffebf76efb39fff72f8710"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLessonCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLessonCompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLessonCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"completions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lesson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"farmerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordLessonCompletionMutation, RecordLessonCompletionMutationVariables>;
export const ActivityRecordsDocument = {"__meta__":{"hash":"5be53d80bd7d3c066ea537534177ca053b928e69f302efb9c98e711ab104029c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRecordFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRecordFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"cropCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"plausibilityWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ActivityRecordsQuery, ActivityRecordsQueryVariables>;
export const ImportActivityRecordsDocument = {"__meta__":{"hash":"4d6a23ffd06800fd8684a6dcbe6adf53a45a4c379f5b0285854594dbf6e7a26d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportActivityRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportActivityRecordsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importActivityRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRecordFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"season"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"cropCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"plausibilityWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowIndex"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportActivityRecordsMutation, ImportActivityRecordsMutationVariables>;
export const DeleteActivityRecordDocument = {"__meta__":{"hash":"edfb4785964d0db22a50be873af55fb91f52d718def9bc33dd633e796faab4e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteActivityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteActivityRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteActivityRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteActivityRecordMutation, DeleteActivityRecordMutationVariables>;
export const EmissionInventoriesDocument = {"__meta__":{"hash":"24fc80ed85f8d09ac77df24ac220b782e1638de3ba1a641445f1a4dc04555c6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmissionInventories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionInventoryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emissionInventories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmissionInventoryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmissionInventoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"factorSet"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"climateZone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"removalsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"indirectEnergyCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<EmissionInventoriesQuery, EmissionInventoriesQueryVariables>;
export const CalculateEmissionInventoryDocument = {"__meta__":{"hash":"7c8cbd9226918b738f473d307afdd75206d05d17984eb43408a6ecdf7863bb9d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CalculateEmissionInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalculateEmissionInventoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calculateEmissionInventory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emissionInventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmissionInventoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmissionInventoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"factorSet"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"climateZone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"removalsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"indirectEnergyCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CalculateEmissionInventoryMutation, CalculateEmissionInventoryMutationVariables>;
export const SubmitEmissionInventoryDocument = {"__meta__":{"hash":"8139f91c0f5fdf372841d35f2626a8efc19713ccf602dd284c670c0055afb65e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitEmissionInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitEmissionInventory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emissionInventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmissionInventoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmissionInventoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"factorSet"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"climateZone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"removalsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"indirectEnergyCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SubmitEmissionInventoryMutation, SubmitEmissionInventoryMutationVariables>;
export const VerifyEmissionInventoryDocument = {"__meta__":{"hash":"8b6e483f02b8148d0e6e3ceea876fa9b7fc5938fcfd66eaf0d5c1212586d4bcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmissionInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmissionInventory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emissionInventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmissionInventoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmissionInventoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"factorSet"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"climateZone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"removalsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"indirectEnergyCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<VerifyEmissionInventoryMutation, VerifyEmissionInventoryMutationVariables>;
export const ReturnEmissionInventoryDocument = {"__meta__":{"hash":"1d7dda47d680eae1d597cca561580c104c33e2a0a639c03b63873a6d69f4fbb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnEmissionInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnEmissionInventory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emissionInventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmissionInventoryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmissionInventoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmissionInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"factorSet"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"climateZone"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"removalsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"indirectEnergyCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"inputHash"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReturnEmissionInventoryMutation, ReturnEmissionInventoryMutationVariables>;
export const ProvincialInventoriesDocument = {"__meta__":{"hash":"16e075f022dd6d53a2235e59efdf6246a26c49a9f9266ed5a57e8eb44abd8b36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvincialInventories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvincialInventoryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provincialInventories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"factorSet"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"removalsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"indirectEnergyCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"totalCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communesIncluded"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"gas"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"massKg"}},{"kind":"Field","name":{"kind":"Name","value":"co2eKg"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvincialInventoriesQuery, ProvincialInventoriesQueryVariables>;
export const NationalInventorySubmissionsDocument = {"__meta__":{"hash":"132568a932c2c2d1da5545d204f69024effe7ac7d20ea964d86e2b017f58dab3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalInventorySubmissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalInventorySubmissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}]}}]} as unknown as DocumentNode<NationalInventorySubmissionsQuery, NationalInventorySubmissionsQueryVariables>;
export const MaterialsDocument = {"__meta__":{"hash":"86885cde6961a015aac766e2823a28e4dec2071578f6cc14967fa5e0d085532c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Materials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MaterialsQuery, MaterialsQueryVariables>;
export const MaterialDocument = {"__meta__":{"hash":"3a4be8352fdc7b06b038995d84625370e4030921c2702a13e9a86cfa451488b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Material"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MaterialQuery, MaterialQueryVariables>;
export const CreateMaterialDocument = {"__meta__":{"hash":"01044414f73aea37422f09d56d6b183f3ed6feeda0c45910c82bd23180f8a5e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateMaterialMutation, CreateMaterialMutationVariables>;
export const UpdateMaterialDocument = {"__meta__":{"hash":"aaf606647c90fcdea48a5496041875cf1f61463ef222b882506b250570d72391"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateMaterialMutation, UpdateMaterialMutationVariables>;
export const DeleteMaterialDocument = {"__meta__":{"hash":"ef74a88170beff6425cab97b609f4760af40a4f604356449f96436e2e488e321"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DeleteMaterialMutation, DeleteMaterialMutationVariables>;
export const PilotModelsDocument = {"__meta__":{"hash":"4eecfdd5636e5625e91525bcb2a88df5ea51312cffbc930d127856abad5cdf67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModelFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModelOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotModelFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"actualYieldTonnesPerHa"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PilotModelsQuery, PilotModelsQueryVariables>;
export const PilotModelDocument = {"__meta__":{"hash":"4f36ab8a1800a6d0f6b1483f8bc081adeb67f72ca945181ad6c0595b2369b023"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotModelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"actualYieldTonnesPerHa"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PilotModelQuery, PilotModelQueryVariables>;
export const CreatePilotModelDocument = {"__meta__":{"hash":"91e14664850a76d1b817be0941b08a111f869b2e26ebb04fc13ab7ed44d0158c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePilotModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePilotModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPilotModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotModelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"actualYieldTonnesPerHa"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreatePilotModelMutation, CreatePilotModelMutationVariables>;
export const UpdatePilotModelDocument = {"__meta__":{"hash":"a52ce87c657172fc805f5db821212333014b2559e39810fa3c97023e1fc00590"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePilotModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePilotModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePilotModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotModelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"actualYieldTonnesPerHa"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdatePilotModelMutation, UpdatePilotModelMutationVariables>;
export const DeletePilotModelDocument = {"__meta__":{"hash":"a35ff03c596924173b1049beeadfabe6ffe62841fff32318b75f926cb970ec2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePilotModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePilotModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotModelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"actualYieldTonnesPerHa"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DeletePilotModelMutation, DeletePilotModelMutationVariables>;
export const PlanDocument = {"__meta__":{"hash":"ca02bc3a40dcaece46642bd8914bf6a882f9759bf1d6a175e9308861dffe08de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDocument"}}]}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const SectionsDocument = {"__meta__":{"hash":"8f1e5c27eb2b9e2abf09b0842a2f56f0bac13148baae5703842ec2aa3c11ad8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SectionsQuery, SectionsQueryVariables>;
export const TasksDocument = {"__meta__":{"hash":"0dc6d9534999d3029a50e3b5dfd2bb35037a8183f9abc3c4b0c1fb9d58b6dc44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskDetails"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"per"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetDetails"}}]}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const TaskByCodeDocument = {"__meta__":{"hash":"ee2f7b9410ba9d59e06cdda3e9c2ed32519c7f500a7c6253519c41cbc5b323f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"per"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetDetails"}}]}}]}}]} as unknown as DocumentNode<TaskByCodeQuery, TaskByCodeQueryVariables>;
export const AgenciesDocument = {"__meta__":{"hash":"75b41f9ee18aaaafb564c71e59f37702795a30036a09669c4d71975911f7e4c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const PlanProgressDocument = {"__meta__":{"hash":"7bae25b23380012184b566bf22eb36d2d0014b7ed9ad18e1262f9dc7c9db564a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanProgressFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lateReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromYear"}},{"kind":"Field","name":{"kind":"Name","value":"toYear"}},{"kind":"Field","name":{"kind":"Name","value":"dueYear"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"communesTotal"}}]}}]} as unknown as DocumentNode<PlanProgressQuery, PlanProgressQueryVariables>;
export const ProgressReportsDocument = {"__meta__":{"hash":"a16f27cfdf004bb30928e638bc140849e23e7f22a94e57b0f909e07f651480f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ProgressReportsQuery, ProgressReportsQueryVariables>;
export const CreateProgressReportDocument = {"__meta__":{"hash":"c6312ab8479ad0953394969d0e064e65795ea01a2fb80c03eab277d5ed85a759"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateProgressReportMutation, CreateProgressReportMutationVariables>;
export const UpdateProgressReportDocument = {"__meta__":{"hash":"a999a57d116e649fef628e41623cb361690d02053593a6b2b6f7f72e784fe012"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateProgressReportMutation, UpdateProgressReportMutationVariables>;
export const SubmitProgressReportDocument = {"__meta__":{"hash":"d673957b2397d8f60db61c5e736582fd24e488b58dc8b081fce819bd8fb5333b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"difficulties"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SubmitProgressReportMutation, SubmitProgressReportMutationVariables>;
export const PilotModelChangesDocument = {"__meta__":{"hash":"f63aeb8dc5f1f7b5771419793bd4ba8f58f75730fdc87b978ff8d6252c6f7eac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PilotModelChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilotModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWatermark"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotModelFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotModelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"hostKind"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"practices"}},{"kind":"Field","name":{"kind":"Name","value":"actualYieldTonnesPerHa"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PilotModelChangesQuery, PilotModelChangesQueryVariables>;
export const TrainingEventChangesDocument = {"__meta__":{"hash":"cc06decd643966121b0410650a294fb77e7b4e04e4336263d1c26e6843207876"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingEventChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWatermark"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TrainingEventChangesQuery, TrainingEventChangesQueryVariables>;
export const MaterialChangesDocument = {"__meta__":{"hash":"285821dded55d2b9311313c4ac6f8504ef198256116d75d8e674a3495172b728"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWatermark"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"checksumSha256"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MaterialChangesQuery, MaterialChangesQueryVariables>;
export const CourseChangesDocument = {"__meta__":{"hash":"a421c7f6737b61f87437a6344abe7d63ce000e911d2801529fae17301e0b8d5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWatermark"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseLessonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseLesson"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"contentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseLessonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CourseChangesQuery, CourseChangesQueryVariables>;
export const EnrolmentChangesDocument = {"__meta__":{"hash":"6b0c37d097d107beba8c3fd0cb669a5844e3da50d2104766288d41f7fbb0db41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrolmentChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWatermark"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedLessons"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCount"}},{"kind":"Field","name":{"kind":"Name","value":"completions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lesson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"farmerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EnrolmentChangesQuery, EnrolmentChangesQueryVariables>;
export const FarmerAccountChangesDocument = {"__meta__":{"hash":"36ed005f0521d94888ff6482139f5c979e9d59d1135bf8838946d6979aee63ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FarmerAccountChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"farmerAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWatermark"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FarmerAccountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FarmerAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FarmerAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}},{"kind":"Field","name":{"kind":"Name","value":"consentNoticeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FarmerAccountChangesQuery, FarmerAccountChangesQueryVariables>;
export const TrainingEventsDocument = {"__meta__":{"hash":"fb93b61e7d262eccded50b4a363f2c7ffde7f56537d680c3ccc8178f138be434"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEventOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TrainingEventsQuery, TrainingEventsQueryVariables>;
export const TrainingEventDocument = {"__meta__":{"hash":"1c7b20bf3ae76de5fdf5f5287da14fdbca2275615d8ef2a5b1a5e750565152f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TrainingEventQuery, TrainingEventQueryVariables>;
export const RecordTrainingEventDocument = {"__meta__":{"hash":"e47f36698134061f44c3e81ff28c2bed20cd19b773ed82d1b48e7a4ec4b1a32a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingEventMutation, RecordTrainingEventMutationVariables>;
export const UpdateTrainingEventDocument = {"__meta__":{"hash":"d6eb9eb627cc1d35986bfed6898994ddcd9a994594f450fbccd24443ae3f96da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingEventMutation, UpdateTrainingEventMutationVariables>;
export const DeleteTrainingEventDocument = {"__meta__":{"hash":"2a6de5e40e6922acec03bd7d9574863e535af30b4cb72c82e48db87eaa38f811"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrainingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"farmers"}},{"kind":"Field","name":{"kind":"Name","value":"officials"}},{"kind":"Field","name":{"kind":"Name","value":"technicians"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DeleteTrainingEventMutation, DeleteTrainingEventMutationVariables>;
export const ImportAttendanceDocument = {"__meta__":{"hash":"6040f64bdcd638d26db234faa0c2234359b46ceaacbb67c85676bba49345c95d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowIndex"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportAttendanceMutation, ImportAttendanceMutationVariables>;
export const ProductLotsDocument = {"__meta__":{"hash":"4a204e907a2fca5a99edb90b630140b0ebde1db483efd19d76b9f2341844c6b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductLots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLotFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLotOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductLotFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductLotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"harvestYear"}},{"kind":"Field","name":{"kind":"Name","value":"harvestFrom"}},{"kind":"Field","name":{"kind":"Name","value":"harvestTo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"balanceKg"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityKgCo2ePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMethod"}},{"kind":"Field","name":{"kind":"Name","value":"factorSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"activityRecordIds"}},{"kind":"Field","name":{"kind":"Name","value":"parentLotIds"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<ProductLotsQuery, ProductLotsQueryVariables>;
export const ProductLotChangesDocument = {"__meta__":{"hash":"86169e64d3a847aa5445c86ceaaad7ddd01a51bfb76382d5a142d530a721191c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductLotChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updatedSince"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncWatermark"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductLotFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductLotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"harvestYear"}},{"kind":"Field","name":{"kind":"Name","value":"harvestFrom"}},{"kind":"Field","name":{"kind":"Name","value":"harvestTo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"balanceKg"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityKgCo2ePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMethod"}},{"kind":"Field","name":{"kind":"Name","value":"factorSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"activityRecordIds"}},{"kind":"Field","name":{"kind":"Name","value":"parentLotIds"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<ProductLotChangesQuery, ProductLotChangesQueryVariables>;
export const RegisterProductLotDocument = {"__meta__":{"hash":"3e517a62478164b35864e2a8884b57351e48a956ec0750ee829d95fe87ec3d6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterProductLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterProductLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerProductLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productLot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductLotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductLotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"harvestYear"}},{"kind":"Field","name":{"kind":"Name","value":"harvestFrom"}},{"kind":"Field","name":{"kind":"Name","value":"harvestTo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"balanceKg"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityKgCo2ePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMethod"}},{"kind":"Field","name":{"kind":"Name","value":"factorSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"activityRecordIds"}},{"kind":"Field","name":{"kind":"Name","value":"parentLotIds"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<RegisterProductLotMutation, RegisterProductLotMutationVariables>;
export const RecordLotEventDocument = {"__meta__":{"hash":"f2427c8fd29bf421227f7eb9368a6ea933f8a4c7da266d3a12ca11755c47983d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLotEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLotEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLotEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductLotEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductLotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductLotFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductLotEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLotEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"balanceChangeKg"}},{"kind":"Field","name":{"kind":"Name","value":"yieldRatio"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"relatedLotIds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductLotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProductLot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"harvestYear"}},{"kind":"Field","name":{"kind":"Name","value":"harvestFrom"}},{"kind":"Field","name":{"kind":"Name","value":"harvestTo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"balanceKg"}},{"kind":"Field","name":{"kind":"Name","value":"emissionsCo2eKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityKgCo2ePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMethod"}},{"kind":"Field","name":{"kind":"Name","value":"factorSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"activityRecordIds"}},{"kind":"Field","name":{"kind":"Name","value":"parentLotIds"}},{"kind":"Field","name":{"kind":"Name","value":"administrativeUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<RecordLotEventMutation, RecordLotEventMutationVariables>;
export const VerifyProductLotDocument = {"__meta__":{"hash":"b0a328890ce757a8b534ffeecc6f4fd86df0ef4a0cc1945cb5915a0d653679ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyProductLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyProductLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"harvestFrom"}},{"kind":"Field","name":{"kind":"Name","value":"harvestTo"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityKgCo2ePerKg"}},{"kind":"Field","name":{"kind":"Name","value":"intensityBasis"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMethod"}},{"kind":"Field","name":{"kind":"Name","value":"factorSet"}},{"kind":"Field","name":{"kind":"Name","value":"gwpSet"}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"schemeName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"quantityKg"}},{"kind":"Field","name":{"kind":"Name","value":"yieldRatio"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyProductLotQuery, VerifyProductLotQueryVariables>;
export const CertificationsDocument = {"__meta__":{"hash":"dc0144f8b7da7d760ca5bdc42cc657674901c3baf34ec53feb118c7b0d4945f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"schemeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<CertificationsQuery, CertificationsQueryVariables>;
export const ApplyForCertificationDocument = {"__meta__":{"hash":"322253fd137e913049c7349631eade6faf96ad8333c949da6a07afef417ecced"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForCertification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForCertificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForCertification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"schemeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"crops"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]} as unknown as DocumentNode<ApplyForCertificationMutation, ApplyForCertificationMutationVariables>;
export const LabelEligibilityDocument = {"__meta__":{"hash":"c8f2288fe0500bb23d9b972ff7fcbbcdbc963a7b053666a4807771fa6151c158"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cropCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cropCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cropCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderId"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordsYear"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practice"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"observed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"recordsCounted"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<LabelEligibilityQuery, LabelEligibilityQueryVariables>;
export const OcopProductsDocument = {"__meta__":{"hash":"60f47733792e1cfee43c9b0181360ecbc3d484e0a2255fd3fa0a7fff10d3a201"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OcopProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OcopProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OcopProductOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocopProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"crop"}},{"kind":"Field","name":{"kind":"Name","value":"starRating"}},{"kind":"Field","name":{"kind":"Name","value":"yearRated"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reRatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextReRatingDue"}},{"kind":"Field","name":{"kind":"Name","value":"lowEmissionCriteriaNote"}},{"kind":"Field","name":{"kind":"Name","value":"carriesLowEmissionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"lowEmissionLabel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OcopProductsQuery, OcopProductsQueryVariables>;