// npm run bench:seed — a deterministic, province-scale data set for bench:peer, in BENCH_DATABASE_URL
// (default: database `lowemission_bench` on 127.0.0.1:5432, dropped and created again on every run, so
// running twice never doubles the data).
//
// 1. The API's migrations and plan data (createApi(config).createDataSource(url), runMigrations,
//    loadSeedData), then a bench ADMIN and a PROVINCE_OFFICER created through the API.
// 2. Bulk rows, inserted with multi-row INSERTs through `pg` (a fixed PRNG seed, fixed timestamps):
//    - activity records: 102 units × 10 years (2026-2035) × every crop of the engine's catalogue
//      (rice in two seasons) × BASELINE and ACTUAL, each checked with the engine's own validation and
//      stored as the import stores it (canonical JSON, the engine's plausibility warnings);
//    - ~20,000 training events (communes, wards and the province) with ~1,000,000 attendees, the
//      participant counts matching the lists; a few events are tombstones (deleted);
//    - ~200 pilot models (2 provincial, the rest in communes) linked to their commune's records.
// 3. Verified inventories through the API's own GraphQL mutations, as the communes and the province
//    would: calculateEmissionInventory, submitEmissionInventory, verifyEmissionInventory for every unit
//    and year, then compileProvincialInventory and verifyProvincialInventory for every year. So the
//    inventories, their lines, the audit trail and the provincial sums are exactly what the services write.
//
// The inventories are the slow part (the API computes and stores each one); BENCH_SEED_CONCURRENCY
// (default 3) unit-years are processed at a time.
import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { canonicalize } from '../src/core/canonical-json';
import { DEFAULT_PAGE_SIZE } from '../src/core/relay/pagination';
import { bootstrapAdmin } from '../src/modules/identity';
import { ActivityData, CROPS, builtInFactorSet, plausibilityWarnings, validateActivities } from '../src/modules/emissions/engine';
import { loadSeedData } from '../src/seed/load-seed-data';
import { createLogger } from '../src/server/logger';
import { createRateLimitStore } from '../src/server/rate-limit/rate-limit-store';
import { createApi } from '../src/app';
import { BENCH_ADMIN, BENCH_DATABASE_URL, BENCH_OFFICER, countRows, recreateDatabase } from './peer-database';

const YEARS = Array.from({ length: 10 }, (_, i) => 2026 + i);
const SEED = 0x66_2026;
const CONCURRENCY = Number(process.env.BENCH_SEED_CONCURRENCY) || 3;
// Record timestamps are fixed (not now()) so that the data set, change feed included, is the same on
// every run: spread over 2026-01-05 .. 2026-11-25, before the benchmark's change-feed instant.
const FIRST_STAMP = Date.parse('2026-01-05T00:00:00Z');
const STAMP_SPAN_MS = Date.parse('2026-11-25T00:00:00Z') - FIRST_STAMP;

// ---------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fast PRNG; good enough for synthetic data and the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  /** Picks by weight: [[value, weight], ...]. */
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    let r = next() * items.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of items) if ((r -= w) < 0) return value;
    return items[items.length - 1][0];
  };
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, int(min, max));
  };
  const uuid = (): string => {
    const hex = Array.from({ length: 16 }, () => int(0, 255));
    hex[6] = (hex[6] & 0x0f) | 0x40;
    hex[8] = (hex[8] & 0x3f) | 0x80;
    const s = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  const stamp = (): Date => new Date(FIRST_STAMP + Math.floor(next() * STAMP_SPAN_MS));
  return { next, int, pick, weighted, some, uuid, stamp };
}
type Prng = ReturnType<typeof prng>;

const round = (value: number, digits = 0): number => Number(value.toFixed(digits));
const isoDay = (year: number, dayOfYear: number): string => new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------
// Bulk insert

type Row = unknown[];

/**
 * Multi-row INSERTs of at most ~60,000 parameters each (PostgreSQL allows 65,535); with `types`, one
 * array parameter per column through unnest(), which PostgreSQL parses much faster for wide batches
 * (only for columns that are not arrays themselves).
 */
async function insertRows(client: Client, table: string, columns: string[], rows: Row[], types?: string[]): Promise<void> {
  const names = columns.map((c) => `"${c}"`).join(',');
  if (types) {
    for (let start = 0; start < rows.length; start += 20_000) {
      const batch = rows.slice(start, start + 20_000);
      const arrays = columns.map((_, i) => batch.map((row) => row[i]));
      const unnest = types.map((type, i) => `$${i + 1}::${type}[]`).join(',');
      await client.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${unnest})`, arrays);
    }
    return;
  }
  const perStatement = Math.floor(60_000 / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(',')})`);
    await client.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(',')}`, params);
  }
}

// ---------------------------------------------------------------------------------------------------
// Reference data loaded by the API's seed

interface Unit {
  id: string;
  code: string;
  name: string;
  kind: 'COMMUNE' | 'WARD' | 'PROVINCE';
}

async function referenceData(client: Client) {
  const units = (await client.query<Unit>(`SELECT id, code, name, kind FROM administrative_unit ORDER BY code`)).rows;
  const agencies = new Map((await client.query<{ id: string; code: string }>(`SELECT id, code FROM agency`)).rows.map((a) => [a.code, a.id]));
  const tasks = new Map((await client.query<{ id: string; code: string }>(`SELECT id, code FROM task`)).rows.map((t) => [t.code, t.id]));
  const province = units.find((u) => u.kind === 'PROVINCE')!;
  const communes = units.filter((u) => u.kind !== 'PROVINCE');
  const agency = (code: string) => agencies.get(code) ?? fail(`agency ${code} is missing from the plan data`);
  const task = (code: string) => tasks.get(code) ?? fail(`task ${code} is missing from the plan data`);
  return { province, communes, agency, task };
}
type Reference = Awaited<ReturnType<typeof referenceData>>;

function fail(message: string): never {
  throw new Error(message);
}

// ---------------------------------------------------------------------------------------------------
// Activity records

const SEASONS: Record<string, string[]> = {
  RICE: ['WINTER_SPRING', 'SUMMER_AUTUMN'],
  MAIZE: ['SUMMER_AUTUMN'],
  CASSAVA: ['WHOLE_YEAR'],
  SUGARCANE: ['WHOLE_YEAR'],
  OTHER_ANNUAL: ['WINTER_SPRING'],
};

/** Hectares of each crop in a unit: Dak Lak's highland communes grow coffee, pepper and durian, the coast rice. */
function cropAreas(random: Prng, unit: Unit): Record<string, number> {
  const scale = unit.kind === 'WARD' ? 0.25 : 1;
  const ha = (min: number, max: number) => round(random.int(min, max) * scale, 2) || 1;
  return {
    RICE: ha(80, 1500),
    MAIZE: ha(50, 900),
    CASSAVA: ha(30, 800),
    SUGARCANE: ha(10, 600),
    COFFEE: ha(200, 6000),
    PEPPER: ha(20, 900),
    DURIAN: ha(20, 1200),
    OTHER_ANNUAL: ha(10, 300),
    OTHER_PERENNIAL: ha(10, 400),
  };
}

/**
 * One activity as a commune survey would report it. BASELINE is conventional practice; ACTUAL moves
 * towards the plan's measures over the years (alternate wetting and drying, less urea, less burning).
 */
function activityFor(random: Prng, crop: string, areaHa: number, year: number, scenario: 'BASELINE' | 'ACTUAL', adopter: boolean): ActivityData {
  const progress = scenario === 'ACTUAL' ? (year - 2025) / 10 : 0; // 0.1 .. 1.0
  const cut = (value: number, maxCut: number) => value * (1 - maxCut * progress * (adopter ? 1 : 0.4));
  const noise = () => 0.9 + random.next() * 0.2;
  const kg = (perHa: number) => round(areaHa * perHa * noise());
  const diesel = (perHa: number) => ({ dieselLitres: kg(perHa), dieselUse: 'OFF_ROAD' as const });
  switch (crop) {
    case 'RICE':
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [
          { type: 'UREA', productKg: kg(cut(230, 0.25)) },
          { type: 'AMMONIUM_BASED', productKg: kg(cut(120, 0.2)) },
        ],
        rice: {
          waterRegime: scenario === 'ACTUAL' && adopter && year >= 2028 ? 'MULTIPLE_DRAINAGE' : 'CONTINUOUSLY_FLOODED',
          preSeason: 'NON_FLOODED_SHORT',
          cultivationDays: random.int(95, 110),
          organicAmendments: [{ type: 'STRAW_SHORT', tonnesPerHa: round(cut(2, 0.6) * noise(), 2) }],
        },
        residueBurning: { dryMatterTonnesPerHa: 5.5, fractionBurned: round(cut(0.45, 0.8), 3) },
        energy: { ...diesel(35), electricityKwh: kg(120) },
        yieldTonnes: round(areaHa * 5.8 * noise(), 1),
      };
    case 'MAIZE':
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [{ type: 'UREA', productKg: kg(cut(300, 0.2)) }],
        residueNitrogenKg: kg(25),
        residueBurning: { dryMatterTonnesPerHa: 4, fractionBurned: round(cut(0.3, 0.8), 3) },
        energy: diesel(40),
        yieldTonnes: round(areaHa * 5.2 * noise(), 1),
      };
    case 'CASSAVA':
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [{ type: 'OTHER', productKg: kg(cut(400, 0.15)), nitrogenFraction: 0.16 }],
        energy: diesel(30),
        yieldTonnes: round(areaHa * 19 * noise(), 1),
      };
    case 'SUGARCANE':
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [{ type: 'UREA', productKg: kg(cut(350, 0.2)) }],
        residueBurning: { dryMatterTonnesPerHa: 8, fractionBurned: round(cut(0.5, 0.8), 3) },
        energy: diesel(60),
        yieldTonnes: round(areaHa * 62 * noise(), 1),
      };
    case 'COFFEE':
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [
          { type: 'UREA', productKg: kg(cut(450, 0.3)) },
          { type: 'OTHER', productKg: kg(cut(900, 0.2)), nitrogenFraction: 0.16 },
        ],
        organicNitrogenKg: kg(scenario === 'ACTUAL' ? 20 + 40 * progress : 20),
        lime: [{ type: 'LIMESTONE', amountKg: kg(400) }],
        perennial: { standAgeYears: random.int(8, 25), removedAreaHa: round(areaHa * 0.02, 2) },
        energy: { ...diesel(45), electricityKwh: kg(cut(900, 0.3)) },
        yieldTonnes: round(areaHa * 2.9 * noise(), 1),
      };
    case 'PEPPER':
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [{ type: 'UREA', productKg: kg(cut(380, 0.25)) }],
        organicNitrogenKg: kg(60),
        perennial: { standAgeYears: random.int(4, 15) },
        energy: { electricityKwh: kg(700) },
        yieldTonnes: round(areaHa * 3.1 * noise(), 1),
      };
    case 'DURIAN':
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [{ type: 'AMMONIUM_BASED', productKg: kg(cut(700, 0.2)) }],
        organicNitrogenKg: kg(80),
        perennial: { standAgeYears: random.int(3, 12) },
        energy: { ...diesel(30), electricityKwh: kg(1100) },
        yieldTonnes: round(areaHa * 14 * noise(), 1),
      };
    case 'OTHER_ANNUAL':
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [{ type: 'UREA', productKg: kg(cut(180, 0.2)) }],
        energy: diesel(25),
        yieldTonnes: round(areaHa * 9 * noise(), 1),
      };
    default:
      return {
        cropCode: crop,
        areaHa,
        syntheticFertilizers: [{ type: 'UREA', productKg: kg(cut(220, 0.2)) }],
        perennial: { standAgeYears: random.int(5, 30), removedAreaHa: round(areaHa * 0.01, 2) },
        energy: diesel(20),
        yieldTonnes: round(areaHa * 6 * noise(), 1),
      };
  }
}

interface ActivityKey {
  id: string;
  unitId: string;
  year: number;
  crop: string;
  scenario: string;
}

async function seedActivityRecords(client: Client, ref: Reference, officerId: string): Promise<ActivityKey[]> {
  const random = prng(SEED + 1);
  const factorSet = builtInFactorSet('IPCC2019');
  const columns = [
    'id',
    'created_at',
    'updated_at',
    'administrative_unit_id',
    'external_id',
    'year',
    'season',
    'scenario',
    'source',
    'crop_code',
    'area_ha',
    'activity',
    'version',
    'plausibility_warnings',
    'recorded_by_type',
    'recorded_by_id',
  ];
  const rows: Row[] = [];
  const keys: ActivityKey[] = [];
  for (const unit of ref.communes) {
    const areas = cropAreas(random, unit);
    const adopter = random.next() < 0.6; // communes that take up the measures fully
    for (const year of YEARS) {
      for (const crop of CROPS) {
        const seasons = SEASONS[crop.code] ?? ['WHOLE_YEAR'];
        for (const season of seasons) {
          for (const scenario of ['BASELINE', 'ACTUAL'] as const) {
            const area = round(areas[crop.code] * (seasons.length > 1 ? 0.5 : 1) * (0.95 + random.next() * 0.1), 2);
            const activity = canonicalize(activityFor(random, crop.code, area, year, scenario, adopter)) as ActivityData;
            const issues = validateActivities([activity], factorSet);
            if (issues.length > 0) throw new Error(`generated ${crop.code} activity is invalid: ${JSON.stringify(issues)}`);
            const id = random.uuid();
            const stamp = random.stamp();
            rows.push([
              id,
              stamp,
              stamp,
              unit.id,
              `${year}-${crop.code}-${season}-${scenario}`,
              year,
              season,
              scenario,
              'COMMUNE_SURVEY',
              crop.code,
              activity.areaHa,
              JSON.stringify(activity),
              1,
              plausibilityWarnings(activity),
              'USER',
              officerId,
            ]);
            keys.push({ id, unitId: unit.id, year, crop: crop.code, scenario });
          }
        }
      }
    }
  }
  await insertRows(client, 'activity_record', columns, rows);
  return keys;
}

// ---------------------------------------------------------------------------------------------------
// Training events and attendees

const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Xuân', 'Kim'];
const GIVEN_NAMES = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hoa',
  'Hùng',
  'Hương',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Tuấn',
  'Vy',
  'Yến',
];
// Ê Đê and M'nông names, as the attendance lists of Dak Lak's highland communes carry them.
const EDE_FAMILY = ['Niê', 'Mlô', 'Êban', 'Ksơr', 'Byă', 'Adrơng', 'Buôn Yă', 'Hwing'];
const EDE_GIVEN_MALE = ['Y Bih', 'Y Khu', 'Y Ngông', 'Y Thuột', 'Y Sun', 'Y Jut'];
const EDE_GIVEN_FEMALE = ["H'Hen", "H'Ngăm", "H'Linh", "H'Mai", "H'Bia", "H'Zuê"];

const TOPICS = [
  'LOW_EMISSION_CULTIVATION',
  'MRV_TOOLS',
  'WATER_NUTRIENT_MANAGEMENT',
  'RESIDUE_HANDLING',
  'VARIETY_CONVERSION',
  'DIGITAL_TECHNOLOGY',
  'TRACEABILITY',
];
const FARM_AUDIENCES = ['FARMERS', 'COOPERATIVES', 'COMMUNE_OFFICIALS', 'TECHNICIANS'];
const PROVINCE_AUDIENCES = ['PROVINCIAL_OFFICIALS', 'COMMUNE_OFFICIALS', 'TECHNICIANS', 'ENTERPRISES', 'RESEARCHERS', 'COOPERATIVES'];
const MEDIA_FORMATS = ['NEWS_ARTICLE', 'TV_REPORT', 'RADIO', 'VIDEO', 'SOCIAL_MEDIA'];
const TASK_BY_KIND: Record<string, string> = { TRAINING: 'III.5', WORKSHOP: 'III.7', FORUM: 'III.7', COMMUNICATION_SESSION: 'I.3', MEDIA_PIECE: 'I.2' };
const TITLE_BY_KIND: Record<string, string> = {
  TRAINING: 'Tập huấn kỹ thuật canh tác giảm phát thải',
  WORKSHOP: 'Hội thảo chuyển đổi sản xuất trồng trọt giảm phát thải',
  FORUM: 'Diễn đàn nông dân sản xuất giảm phát thải',
  COMMUNICATION_SESSION: 'Tuyên truyền sản xuất trồng trọt giảm phát thải',
  MEDIA_PIECE: 'Phóng sự: nông dân giảm phát thải trong trồng trọt',
};
const CROP_NAMES: Record<string, string> = Object.fromEntries(CROPS.map((c) => [c.code, c.nameVi.toLowerCase()]));
/** Attendance list length by kind (0: no list). */
const LISTED: Record<string, [number, number]> = {
  TRAINING: [30, 90],
  COMMUNICATION_SESSION: [22, 78],
  WORKSHOP: [25, 65],
  FORUM: [55, 125],
  MEDIA_PIECE: [0, 0],
};

const EVENT_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'version',
  'deleted_at',
  'kind',
  'title',
  'start_date',
  'end_date',
  'administrative_unit_id',
  'venue',
  'organising_agency_id',
  'organiser_name',
  'task_id',
  'topics',
  'audiences',
  'participants_total',
  'participants_women',
  'participants_farmers',
  'participants_officials',
  'participants_technicians',
  'media_outlet',
  'media_format',
  'media_url',
];
const ATTENDEE_COLUMNS = ['id', 'training_event_id', 'external_id', 'phone', 'full_name', 'gender', 'group', 'organisation', 'created_at', 'updated_at'];
const ATTENDEE_TYPES = ['uuid', 'uuid', 'varchar', 'varchar', 'varchar', 'attendee_gender', 'attendee_group', 'varchar', 'timestamptz', 'timestamptz'];

/** Someone who lives in (or works for) a place; the same people come back to its events over the years. */
interface Person {
  phone: string | null;
  memberNo: string;
  name: string;
  gender: 'FEMALE' | 'MALE' | null;
  group: 'FARMER' | 'OFFICIAL' | 'TECHNICIAN' | 'OTHER';
  organisation: string | null;
}

function person(random: Prng, index: number, phones: Set<string>, unit: Unit, highland: boolean): Person {
  const gender = random.weighted([
    ['FEMALE', 44],
    ['MALE', 54],
    [null, 2],
  ] as const);
  const group = random.weighted([
    ['FARMER', 80],
    ['OFFICIAL', 8],
    ['TECHNICIAN', 7],
    ['OTHER', 5],
  ] as const);
  const name =
    highland && random.next() < 0.35
      ? `${random.pick(gender === 'FEMALE' ? EDE_GIVEN_FEMALE : EDE_GIVEN_MALE)} ${random.pick(EDE_FAMILY)}`
      : `${random.pick(FAMILY_NAMES)} ${gender === 'FEMALE' ? 'Thị' : random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
  let phone: string | null = null;
  if (random.next() < 0.8) {
    do phone = `+849${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    while (phones.has(phone));
    phones.add(phone);
  }
  const organisation =
    group === 'FARMER' ? (random.next() < 0.5 ? `Thôn ${random.int(1, 15)}` : `HTX nông nghiệp ${unit.name.replace(/^(Xã|Phường) /, '')}`) : null;
  return { phone, memberNo: `${unit.code}-${String(index + 1).padStart(5, '0')}`, name, gender, group, organisation };
}

/**
 * An event's attendance list: distinct people of the place. A row carries the person's member number
 * (the id a commune's list would use for the same person every time) when it has no phone and on about
 * half of the others, so people are matched by phone, by number, or through rows that have both.
 */
function attendanceList(random: Prng, eventId: string, size: number, pool: Person[], created: Date): Row[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(size, pool.length)) chosen.add(random.int(0, pool.length - 1));
  return [...chosen].map((i) => {
    const p = pool[i];
    const memberNo = p.phone === null || random.next() < 0.5 ? p.memberNo : null;
    return [random.uuid(), eventId, memberNo, p.phone, p.name, p.gender, p.group, p.organisation, created, created];
  });
}

interface EventTally {
  events: number;
  attendees: number;
  tombstones: number;
}

async function seedTrainingEvents(client: Client, ref: Reference): Promise<EventTally> {
  const random = prng(SEED + 2);
  const tally: EventTally = { events: 0, attendees: 0, tombstones: 0 };
  const phones = new Set<string>(); // one phone, one person, in the whole province
  const places: { unit: Unit; perYear: [number, number]; kinds: readonly (readonly [string, number])[] }[] = [
    ...ref.communes.map((unit) => ({
      unit,
      perYear: [14, 24] as [number, number],
      kinds: [
        ['TRAINING', 45],
        ['COMMUNICATION_SESSION', 35],
        ['WORKSHOP', 8],
        ['FORUM', 2],
        ['MEDIA_PIECE', 10],
      ] as const,
    })),
    {
      unit: ref.province,
      perYear: [55, 65],
      kinds: [
        ['TRAINING', 40],
        ['WORKSHOP', 25],
        ['FORUM', 10],
        ['MEDIA_PIECE', 25],
      ] as const,
    },
  ];
  for (const { unit, perYear, kinds } of places) {
    const events: Row[] = [];
    const attendees: Row[] = [];
    const isProvince = unit.kind === 'PROVINCE';
    const highland = !isProvince && Number(unit.code) >= 24000; // the former Dak Lak province's communes
    const organiser = ref.agency(isProvince ? 'DAE' : `PC-${unit.code}`);
    const pool = Array.from({ length: isProvince ? 3_000 : 1_500 }, (_, i) => person(random, i, phones, unit, highland));
    for (const year of YEARS) {
      const count = random.int(...perYear);
      for (let n = 0; n < count; n++) {
        const kind = random.weighted(kinds);
        const id = random.uuid();
        const day = random.int(1, 360);
        const created = random.stamp();
        const edited = random.next() < 0.15;
        const deleted = random.next() < 0.005;
        const updated = edited || deleted ? new Date(Math.min(created.getTime() + random.int(1, 60) * 86_400_000, FIRST_STAMP + STAMP_SPAN_MS)) : created;
        const crop = random.pick(CROPS).code;
        const listed = LISTED[kind][1] === 0 ? 0 : random.int(...LISTED[kind]);
        const people = attendanceList(random, id, listed, pool, created);
        const unlisted = listed === 0 ? 0 : random.int(0, Math.ceil(listed / 10));
        const countOf = (column: number, value: string) => people.filter((p) => p[column] === value).length;
        const media = kind === 'MEDIA_PIECE';
        events.push([
          id,
          created,
          updated,
          1 + (edited ? 1 : 0) + (deleted ? 1 : 0),
          deleted ? updated : null,
          kind,
          `${TITLE_BY_KIND[kind]}${media ? '' : ` cây ${CROP_NAMES[crop]}`} — ${unit.name}`,
          isoDay(year, day),
          !media && random.next() < 0.3 ? isoDay(year, day + 1) : null,
          unit.id,
          media ? null : isProvince ? 'Hội trường Sở Nông nghiệp và Môi trường' : `Hội trường UBND ${unit.name}`,
          organiser,
          null,
          ref.task(TASK_BY_KIND[kind]),
          random.some(TOPICS, 1, 3),
          random.some(isProvince ? PROVINCE_AUDIENCES : FARM_AUDIENCES, 1, 2),
          media ? null : listed + unlisted,
          media ? null : countOf(5, 'FEMALE'),
          media ? null : countOf(6, 'FARMER'),
          media ? null : countOf(6, 'OFFICIAL'),
          media ? null : countOf(6, 'TECHNICIAN'),
          media ? 'Báo và Phát thanh, Truyền hình Đắk Lắk' : null,
          media ? random.pick(MEDIA_FORMATS) : null,
          media ? `https://media.example.org/daklak/${year}/${id.slice(0, 8)}` : null,
        ]);
        attendees.push(...people);
        tally.events += 1;
        tally.attendees += people.length;
        if (deleted) tally.tombstones += 1;
      }
    }
    await insertRows(client, 'training_event', EVENT_COLUMNS, events);
    await insertRows(client, 'training_attendee', ATTENDEE_COLUMNS, attendees, ATTENDEE_TYPES);
  }
  return tally;
}

// ---------------------------------------------------------------------------------------------------
// Pilot models

const PRACTICES_BY_CROP: Record<string, string[]> = {
  RICE: ['ALTERNATE_WETTING_DRYING', 'REDUCED_SPLIT_NITROGEN', 'RESIDUE_COMPOSTING', 'IMPROVED_VARIETIES'],
  COFFEE: ['REDUCED_SPLIT_NITROGEN', 'ORGANIC_FERTILISER_COMPOST', 'WATER_SAVING_IRRIGATION', 'INTERCROPPING_SHADE_TREES', 'BIOCHAR'],
  PEPPER: ['ORGANIC_FERTILISER_COMPOST', 'WATER_SAVING_IRRIGATION', 'INTEGRATED_PEST_MANAGEMENT'],
  DURIAN: ['REDUCED_SPLIT_NITROGEN', 'WATER_SAVING_IRRIGATION', 'INTERCROPPING_SHADE_TREES', 'INTEGRATED_PEST_MANAGEMENT'],
};
const OTHER_PRACTICES = ['REDUCED_SPLIT_NITROGEN', 'RESIDUE_COMPOSTING', 'ORGANIC_FERTILISER_COMPOST', 'IMPROVED_VARIETIES', 'INTEGRATED_PEST_MANAGEMENT'];
const PILOT_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'version',
  'code',
  'name',
  'level',
  'administrative_unit_id',
  'crop',
  'host_kind',
  'host_name',
  'host_agency_id',
  'area_ha',
  'households',
  'start_date',
  'end_date',
  'status',
  'practices',
  'task_id',
  'legal_basis',
  'baseline_yield_tonnes_per_ha',
  'actual_yield_tonnes_per_ha',
  'baseline_activity_record_ids',
  'actual_activity_record_ids',
];

async function seedPilots(client: Client, ref: Reference, records: ActivityKey[]): Promise<number> {
  const random = prng(SEED + 3);
  const recordsOf = (unitId: string | null, crop: string, year: number, scenario: string) =>
    records.filter((r) => (unitId === null || r.unitId === unitId) && r.crop === crop && r.year === year && r.scenario === scenario).map((r) => r.id);
  const rows: Row[] = [];
  const pilot = (unit: Unit, level: 'PROVINCIAL' | 'COMMUNE', crop: string, n: number) => {
    const startYear = level === 'PROVINCIAL' ? 2026 : random.int(2026, 2029);
    const status =
      level === 'PROVINCIAL'
        ? 'ACTIVE'
        : random.weighted([
            ['PLANNED', 15],
            ['ACTIVE', 60],
            ['COMPLETED', 20],
            ['CANCELLED', 5],
          ] as const);
    const hostKind =
      level === 'PROVINCIAL'
        ? 'AGENCY'
        : random.weighted([
            ['COOPERATIVE', 55],
            ['AGENCY', 30],
            ['ENTERPRISE', 15],
          ] as const);
    const baselineYield = round(2 + random.next() * 8, 3);
    const stamp = random.stamp();
    const place = unit.name.replace(/^(Xã|Phường|Tỉnh) /, '');
    rows.push([
      random.uuid(),
      stamp,
      stamp,
      1,
      level === 'PROVINCIAL' ? `MH-TINH-${crop}-${n}` : `MH-${crop}-${unit.code}-${n}`,
      `Mô hình ${CROP_NAMES[crop]} giảm phát thải ${place}`,
      level,
      unit.id,
      crop,
      hostKind,
      hostKind === 'AGENCY'
        ? level === 'PROVINCIAL'
          ? 'Sở Nông nghiệp và Môi trường'
          : `Ủy ban nhân dân ${unit.name}`
        : hostKind === 'COOPERATIVE'
          ? `HTX nông nghiệp ${place}`
          : `Công ty TNHH nông sản ${place}`,
      hostKind === 'AGENCY' ? ref.agency(level === 'PROVINCIAL' ? 'DAE' : `PC-${unit.code}`) : null,
      round(level === 'PROVINCIAL' ? random.int(100, 300) : 5 + random.next() * 95, 2),
      level === 'PROVINCIAL' ? random.int(150, 400) : random.int(10, 200),
      isoDay(startYear, random.int(1, 300)),
      status === 'COMPLETED' ? isoDay(startYear + 2, random.int(1, 300)) : null,
      status,
      random.some(PRACTICES_BY_CROP[crop] ?? OTHER_PRACTICES, 2, 4),
      ref.task(level === 'PROVINCIAL' ? 'IV.1' : 'IV.2'),
      level === 'PROVINCIAL' ? 'Quyết định số 4766/QĐ-BNNMT' : null,
      baselineYield,
      status === 'PLANNED' ? null : round(baselineYield * (1 + random.next() * 0.2), 3),
      recordsOf(level === 'PROVINCIAL' ? null : unit.id, crop, startYear, 'BASELINE').slice(0, 20),
      recordsOf(level === 'PROVINCIAL' ? null : unit.id, crop, startYear, 'ACTUAL').slice(0, 20),
    ]);
  };
  pilot(ref.province, 'PROVINCIAL', 'COFFEE', 1);
  pilot(ref.province, 'PROVINCIAL', 'RICE', 2);
  const crops = [
    ['COFFEE', 40],
    ['RICE', 20],
    ['PEPPER', 12],
    ['DURIAN', 12],
    ['MAIZE', 6],
    ['CASSAVA', 5],
    ['SUGARCANE', 5],
  ] as const;
  // 198 commune pilots: every commune and ward has one, most have two, a few three.
  const perUnit = ref.communes.map(() => 1);
  for (let extra = 198 - perUnit.length; extra > 0; extra--) perUnit[random.int(0, perUnit.length - 1)] += 1;
  ref.communes.forEach((unit, i) => {
    for (let n = 1; n <= perUnit[i]; n++) pilot(unit, 'COMMUNE', random.weighted(crops), n);
  });
  await insertRows(client, 'pilot_model', PILOT_COLUMNS, rows);
  return rows.length;
}

// ---------------------------------------------------------------------------------------------------
// Through the API: accounts and verified inventories

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

function graphqlClient(url: string) {
  return async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as GraphQLAnswer<T>;
    if (!response.ok || answer.errors?.length) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(answer.errors ?? answer)}`);
    return answer.data!;
  };
}
type GraphQL = ReturnType<typeof graphqlClient>;

interface Payload {
  userErrors: { field: string; code: string; message: string }[];
}

function ok<T extends Payload>(payload: T, what: string): T {
  if (payload.userErrors.length > 0) throw new Error(`${what}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

async function login(graphql: GraphQL, account: { email: string; password: string }): Promise<string> {
  const { login } = await graphql<{ login: Payload & { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { field code message } } }',
    { input: account },
  );
  return ok(login, `login ${account.email}`).accessToken;
}

async function createOfficer(graphql: GraphQL, adminToken: string): Promise<void> {
  const { createUser } = await graphql<{ createUser: Payload }>(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { field code message } } }',
    { input: { ...BENCH_OFFICER, displayName: 'Bench province officer', role: 'PROVINCE_OFFICER' } },
    adminToken,
  );
  ok(createUser, 'createUser');
}

const INVENTORY_FIELDS = 'emissionInventory { id status } userErrors { field code message }';

async function verifiedInventory(graphql: GraphQL, token: string, code: string, year: number): Promise<void> {
  type Answer = { [name: string]: Payload & { emissionInventory: { id: string; status: string } } };
  const calculated = await graphql<Answer>(
    `mutation($input: CalculateEmissionInventoryInput!) { calculateEmissionInventory(input: $input) { ${INVENTORY_FIELDS} } }`,
    { input: { administrativeUnitCode: code, year, factorSet: 'IPCC2019', gwpSet: 'AR5', climateZone: 'TROPICAL_MOIST' } },
    token,
  );
  const { id } = ok(calculated.calculateEmissionInventory, `calculate ${code}/${year}`).emissionInventory;
  for (const step of ['submitEmissionInventory', 'verifyEmissionInventory']) {
    const answer = await graphql<Answer>(`mutation($input: InventoryIdInput!) { ${step}(input: $input) { ${INVENTORY_FIELDS} } }`, { input: { id } }, token);
    ok(answer[step], `${step} ${code}/${year}`);
  }
}

async function verifiedProvincialInventory(graphql: GraphQL, token: string, year: number): Promise<number> {
  type Answer = { [name: string]: Payload & { provincialInventory: { id: string; communesIncluded: string[] } } };
  const fields = 'provincialInventory { id communesIncluded } userErrors { field code message }';
  const compiled = await graphql<Answer>(
    `mutation($input: CompileProvincialInventoryInput!) { compileProvincialInventory(input: $input) { ${fields} } }`,
    { input: { year, factorSet: 'IPCC2019', gwpSet: 'AR5' } },
    token,
  );
  const { id, communesIncluded } = ok(compiled.compileProvincialInventory, `compile ${year}`).provincialInventory;
  const verified = await graphql<Answer>(
    `mutation($input: ProvincialInventoryIdInput!) { verifyProvincialInventory(input: $input) { ${fields} } }`,
    { input: { id } },
    token,
  );
  ok(verified.verifyProvincialInventory, `verify provincial ${year}`);
  return communesIncluded.length;
}

/** Runs `work` over `items`, `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  const lap = (() => {
    let last = started;
    return (what: string) => {
      const now = Date.now();
      console.log(`${what.padEnd(58)} ${((now - last) / 1000).toFixed(1).padStart(6)} s`);
      last = now;
    };
  })();
  const url = BENCH_DATABASE_URL;
  console.log(`bench:seed into ${url.replace(/\/\/[^@/]*@/, '//')}`);
  await recreateDatabase(url);

  // The API in this process, on the bench database: migrations, plan data, accounts, inventories.
  const config = loadConfig({
    NODE_ENV: 'test',
    SYNC_TARGETS: 'none', // verifying a provincial inventory queues no delivery
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    USER_REQUESTS_PER_MINUTE: '1000000',
  });
  const api = createApi(config, {});
  const dataSource = api.createDataSource(url, CONCURRENCY + 2);
  await dataSource.initialize();
  const client = new Client({ connectionString: url });
  await client.connect();
  const rateLimits = createRateLimitStore({});
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const seeded = await loadSeedData(dataSource);
    lap(`migrations and plan data (${seeded.administrativeUnits} units, ${seeded.tasks} tasks)`);

    const logger = createLogger('silent');
    await bootstrapAdmin(dataSource, config.auth, false, logger);
    const app = await api.createApp({
      dataSource,
      logger,
      runtime: api.runtime(rateLimits),
      exposeErrorDetails: true,
      limits: { ...config.limits, defaultPageSize: DEFAULT_PAGE_SIZE },
    });
    const port = await app.listen(0, '127.0.0.1');
    const graphql = graphqlClient(`http://127.0.0.1:${port}/graphql`);
    try {
      await createOfficer(graphql, await login(graphql, BENCH_ADMIN));
      const token = await login(graphql, BENCH_OFFICER);
      const [{ id: officerId }] = (await client.query<{ id: string }>('SELECT id FROM "user" WHERE email = $1', [BENCH_OFFICER.email])).rows;
      lap('bench ADMIN and PROVINCE_OFFICER (through the API)');

      const ref = await referenceData(client);
      const records = await seedActivityRecords(client, ref, officerId);
      lap(`${records.length} activity records`);
      const events = await seedTrainingEvents(client, ref);
      lap(`${events.events} training events (${events.tombstones} deleted), ${events.attendees} attendees`);
      const pilots = await seedPilots(client, ref, records);
      lap(`${pilots} pilot models`);
      await client.query('ANALYZE');

      const unitYears = ref.communes.flatMap((unit) => YEARS.map((year) => ({ code: unit.code, year })));
      let done = 0;
      await inParallel(unitYears, CONCURRENCY, async ({ code, year }) => {
        await verifiedInventory(graphql, token, code, year);
        if (++done % 100 === 0) process.stdout.write(`  ${done}/${unitYears.length} inventories verified\n`);
      });
      lap(`${unitYears.length} commune inventories calculated, submitted, verified (API)`);
      for (const year of YEARS) {
        const included = await verifiedProvincialInventory(graphql, token, year);
        if (included !== ref.communes.length) throw new Error(`provincial ${year} includes ${included} of ${ref.communes.length} communes`);
      }
      lap(`${YEARS.length} provincial inventories compiled and verified (API)`);
    } finally {
      await app.stop();
    }
    await client.query('VACUUM ANALYZE');
    lap('VACUUM ANALYZE');

    console.log('\nrows:');
    for (const [table, n] of Object.entries(await countRows(client))) console.log(`  ${table.padEnd(28)} ${String(n).padStart(9)}`);
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await rateLimits.close();
    await client.end();
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
