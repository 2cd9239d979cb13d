import { DataSource, EntityManager } from 'typeorm';
import { ReferenceRule, lockForWrite } from '../../../core/auth/references';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { UserError } from '../../../core/errors/user-error';
import { decodeGlobalId } from '../../../core/relay/global-id';
import { PageArgs } from '../../../core/relay/pagination';
import { distinctList, languageTag, optionalSha256, optionalText, optionalUrl, planDate, requiredText, yearInPlan } from '../../../core/input/input-checks';
import { DeleteRecordInput } from '../../../core/input/record-inputs';
import { OrderDirection, RecordSort, SyncedConnectionResult, listRecords } from '../../../core/relay/synced-list';
import { assertEditable, softDelete } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import { StoredFile, replaceFileLinks, resolveFiles } from '../../files';
import { cropCode } from '../shared/crops';
import { provinceUnit, taskByCode, unitByCode } from '../shared/record-references';
import { Material } from './material.entity';
import { CreateMaterialInput, MaterialFilter, MaterialOrder, MaterialOrderField, UpdateMaterialInput } from './material.inputs';

export interface MaterialResult {
  material: Material | null;
  userErrors: UserError[];
}

type Db = DataSource | EntityManager;
type MaterialFields = Partial<Omit<Material, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt' | 'nodeId'>>;

const TYPE = 'Material';
const DEFAULT_TASK = 'III.6';

/** Materials are public; changing one needs its unit. */
const MATERIALS: ReferenceRule<Material> = {
  type: TYPE,
  entity: Material,
  unitOf: (material) => material.administrativeUnitId,
  canRead: () => true,
  deletedAt: (material) => material.deletedAt,
};

const isUploadedFileUrl = (url: string) => url.startsWith('/files/');

/**
 * Without a fileUrl the material's download is its first uploaded file (`/files/<id>`, with that
 * file's SHA-256 unless one was given); with neither, the input is incomplete.
 */
function fileLink(fields: MaterialFields, files: StoredFile[], input: { fileUrl?: string | null; checksumSha256?: string | null }): MaterialFields {
  if (fields.fileUrl) return {};
  if (files.length === 0) throw new BadUserInputError('Give fileUrl or fileIds', 'input.fileUrl', 'REQUIRED');
  return { fileUrl: files[0].downloadUrl, ...(input.checksumSha256 == null ? { checksumSha256: files[0].sha256 } : {}) };
}

function fileUrl(value: string, field: string): string {
  const url = optionalUrl(value, field);
  if (!url) throw new BadUserInputError(`${field} must not be empty`, field, 'REQUIRED');
  return url;
}

/** Checks the fields the input gives (create: all of them; update: the ones to change). */
async function checkedFields(db: Db, input: Omit<UpdateMaterialInput, 'id' | 'expectedVersion'>): Promise<MaterialFields> {
  const fields: MaterialFields = {};
  if (input.kind != null) fields.kind = input.kind;
  if (input.title != null) fields.title = requiredText(input.title, 'input.title', 500);
  if (input.description !== undefined) fields.description = optionalText(input.description, 'input.description', 5000);
  if (input.language != null) fields.language = languageTag(input.language, 'input.language');
  if (input.targetRegion !== undefined) fields.targetRegion = optionalText(input.targetRegion, 'input.targetRegion', 300);
  if (input.targetGroups != null) fields.targetGroups = distinctList(input.targetGroups, 'input.targetGroups');
  if (input.topics != null) fields.topics = distinctList(input.topics, 'input.topics');
  if (input.crops != null)
    fields.crops = distinctList(
      input.crops.map((crop, i) => cropCode(crop, `input.crops[${i}]`)),
      'input.crops',
    );
  if (input.fileUrl != null) fields.fileUrl = fileUrl(input.fileUrl, 'input.fileUrl');
  if (input.checksumSha256 !== undefined) fields.checksumSha256 = optionalSha256(input.checksumSha256, 'input.checksumSha256');
  if (input.publishedOn !== undefined) fields.publishedOn = input.publishedOn === null ? null : planDate(input.publishedOn, 'input.publishedOn');
  if (input.taskCode != null) fields.taskId = (await taskByCode(db, input.taskCode, 'input.taskCode')).id;
  return fields;
}

const replay = (manager: EntityManager, id: string) => manager.getRepository(Material).findOneBy({ id });

export async function createMaterial(ctx: RequestContext, input: CreateMaterialInput): Promise<MaterialResult> {
  const unit = input.administrativeUnitCode
    ? await unitByCode(ctx.dataSource, input.administrativeUnitCode, 'input.administrativeUnitCode')
    : await provinceUnit(ctx.dataSource, null, 'input.administrativeUnitCode');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createMaterial',
    entityType: TYPE,
    input,
    unit: { ...unit, field: 'input.administrativeUnitCode' },
    replay,
    prepare: async () => {
      const fields = await checkedFields(ctx.dataSource, input);
      const taskId = fields.taskId ?? (await taskByCode(ctx.dataSource, DEFAULT_TASK, 'input.taskCode')).id;
      const material: MaterialFields = {
        description: null,
        targetRegion: null,
        targetGroups: [],
        topics: [],
        crops: [],
        checksumSha256: null,
        publishedOn: null,
        ...fields,
        administrativeUnitId: unit.id,
        taskId,
      };
      return material;
    },
    write: async (manager, material) => {
      const files = await resolveFiles(ctx, manager, input.fileIds ?? [], 'input.fileIds');
      Object.assign(material, fileLink(material, files, input));
      const repo = manager.getRepository(Material);
      const created = await repo.save(repo.create(material));
      await replaceFileLinks(manager, TYPE, created.id, files);
      const after = { ...created, fileIds: files.map((file) => file.id) };
      await recordAudit(manager, ctx, { action: 'createMaterial', entityType: TYPE, entityId: created.id, before: null, after });
      return created;
    },
  });
  return { material: record, userErrors };
}

export async function updateMaterial(ctx: RequestContext, input: UpdateMaterialInput): Promise<MaterialResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const fields = await checkedFields(ctx.dataSource, input);
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'updateMaterial',
    entityType: TYPE,
    input,
    replay,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, MATERIALS, input.id);
      assertEditable(before, TYPE, input.expectedVersion);
      const changes = { ...fields };
      const files = input.fileIds != null ? await resolveFiles(ctx, manager, input.fileIds, 'input.fileIds') : null;
      if (files) {
        await replaceFileLinks(manager, TYPE, before.id, files);
        // A download address that pointed at an uploaded file follows the files.
        if (input.fileUrl == null && isUploadedFileUrl(before.fileUrl)) Object.assign(changes, fileLink({}, files, input));
      }
      const repo = manager.getRepository(Material);
      let saved: Material;
      if (files) {
        // The files changed even when no column did: version and updatedAt move on, so sync sees it.
        await manager
          .createQueryBuilder()
          .update(Material)
          .set({ fileUrl: before.fileUrl, ...changes })
          .where('id = :id', { id })
          .execute();
        saved = await repo.findOneByOrFail({ id });
      } else {
        saved = await repo.save(repo.merge(repo.create({ ...before }), changes));
      }
      const after = { ...saved, ...(files ? { fileIds: files.map((file) => file.id) } : {}) };
      await recordAudit(manager, ctx, { action: 'updateMaterial', entityType: TYPE, entityId: id, before: { ...before }, after });
      return saved;
    },
  });
  return { material: record, userErrors };
}

export async function deleteMaterial(ctx: RequestContext, input: DeleteRecordInput): Promise<MaterialResult> {
  const id = decodeGlobalId(input.id, TYPE, 'input.id');
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'deleteMaterial',
    entityType: TYPE,
    write: async (manager) => {
      const before = await lockForWrite(ctx, manager, MATERIALS, input.id);
      const after = await softDelete(manager, Material, TYPE, before, input.expectedVersion);
      if (after !== before) {
        await recordAudit(manager, ctx, { action: 'deleteMaterial', entityType: TYPE, entityId: id, before: { ...before }, after: { ...after } });
      }
      return after;
    },
  });
  return { material: record, userErrors };
}

const SORTS: Record<MaterialOrderField, Omit<RecordSort<Material>, 'direction'>> = {
  TITLE: { name: 'TITLE', column: 'm.title', kind: 'text', value: (m) => m.title },
  CREATED_AT: { name: 'CREATED_AT', column: 'm.created_at', kind: 'timestamp', value: (m) => m.createdAt.toISOString() },
  UPDATED_AT: { name: 'UPDATED_AT', column: 'm.updated_at', kind: 'timestamp', value: (m) => m.updatedAt.toISOString() },
};

export function listMaterials(
  ctx: RequestContext,
  page: PageArgs,
  filter: MaterialFilter | null | undefined,
  orderBy: MaterialOrder | null | undefined,
  updatedSince: Date | null | undefined,
): Promise<SyncedConnectionResult<Material>> {
  const query = ctx.dataSource.getRepository(Material).createQueryBuilder('m');
  if (filter?.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
  if (filter?.language) query.andWhere('m.language = :language', { language: filter.language.trim() });
  if (filter?.topic) query.andWhere(':topic = ANY(m.topics)', { topic: filter.topic });
  if (filter?.targetGroup) query.andWhere(':targetGroup = ANY(m.target_groups)', { targetGroup: filter.targetGroup });
  if (filter?.crop) query.andWhere(':crop = ANY(m.crops)', { crop: cropCode(filter.crop, 'filter.crop') });
  if (filter?.administrativeUnitCode) {
    query.andWhere('m.administrative_unit_id = (SELECT id FROM administrative_unit WHERE code = :unitCode)', {
      unitCode: filter.administrativeUnitCode.trim(),
    });
  }
  if (filter?.taskCode) query.andWhere('m.task_id IN (SELECT id FROM task WHERE code = :taskCode)', { taskCode: filter.taskCode.trim().toUpperCase() });
  if (filter?.year != null) {
    const year = yearInPlan(filter.year, 'filter.year');
    query.andWhere('m.published_on BETWEEN :yearStart AND :yearEnd', { yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` });
  }
  const sort = { ...SORTS[orderBy?.field ?? MaterialOrderField.TITLE], direction: orderBy?.direction ?? OrderDirection.ASC };
  return listRecords(query, page, sort, updatedSince);
}
