import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context';
import { BadUserInputError } from '../../../core/errors/app-errors';
import { userError } from '../../../core/errors/user-error';
import { rejectWrite } from '../../../core/writes/record-writes';
import { runWrite } from '../../../core/writes/write-pipeline';
import { recordAudit } from '../../audit';
import {
  BUILT_IN_FACTOR_SETS,
  EngineInputError,
  FactorSetDefinition,
  FactorValue,
  ResolvedFactorSet,
  builtInFactorSet,
  factorSetStatement,
  isBuiltInFactorSet,
  resolveFactorSet,
} from '../engine';
import { CreateFactorSetInput, CreateFactorSetPayload, FactorSet } from './factor-set.types';
import { StoredFactorSet } from './stored-factor-set.entity';
import { factorUsedOf } from './factor-view';

const toDefinition = (stored: StoredFactorSet): FactorSetDefinition => ({
  code: stored.code,
  name: stored.name,
  description: stored.description,
  base: stored.base,
  factors: stored.factors,
});

/** The IPCC sets shipped with the code, then the country sets stored in the database. */
export async function allFactorSetDefinitions(manager: EntityManager): Promise<FactorSetDefinition[]> {
  const stored = await manager.getRepository(StoredFactorSet).find({ order: { code: 'ASC' } });
  return [...BUILT_IN_FACTOR_SETS, ...stored.map(toDefinition)];
}

/** The set with this code merged over its base chain; an unknown code is the caller's mistake at `field`. */
export async function resolveFactorSetCode(manager: EntityManager, code: string, field: string): Promise<ResolvedFactorSet> {
  // Built-in sets come first in the lookup below and their bases are built-in: no stored set can
  // change what they resolve to, so they need no query (the public calculator's only statement).
  if (isBuiltInFactorSet(code)) return builtInFactorSet(code);
  const definitions = await allFactorSetDefinitions(manager);
  const definition = definitions.find((d) => d.code === code);
  if (!definition) {
    throw new BadUserInputError(`Unknown factor set "${code}"; known: ${definitions.map((d) => d.code).join(', ')}`, field, 'UNKNOWN_FACTOR_SET');
  }
  return resolveFactorSet(definition, definitions);
}

export function factorSetView(definition: FactorSetDefinition): FactorSet {
  return {
    code: definition.code,
    name: definition.name,
    description: definition.description,
    base: definition.base,
    builtIn: BUILT_IN_FACTOR_SETS.some((b) => b.code === definition.code),
    factors: Object.entries(definition.factors)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, factor]) => factorUsedOf(key, { ...factor, factorSet: definition.code })),
    methodStatement: factorSetStatement(definition),
    gaps: (definition.gaps ?? []).map((g) => ({ ...g })),
  };
}

export async function createFactorSet(ctx: RequestContext, input: CreateFactorSetInput): Promise<CreateFactorSetPayload> {
  const failed = (field: string, code: string, message: string) => ({ factorSet: null, userErrors: [userError(field, code, message)] });
  const factors: Record<string, FactorValue> = {};
  for (const [index, f] of input.factors.entries()) {
    if (factors[f.key]) return failed(`factors[${index}].key`, 'DUPLICATE', `Factor ${f.key} is given twice`);
    if (!Number.isFinite(f.value)) return failed(`factors[${index}].value`, 'INVALID', 'value must be a finite number');
    const range = f.rangeLow != null && f.rangeHigh != null ? ([f.rangeLow, f.rangeHigh] as [number, number]) : null;
    if (range && !(range[0] <= f.value && f.value <= range[1])) {
      return failed(`factors[${index}].rangeLow`, 'OUT_OF_RANGE', 'The value must lie inside its range');
    }
    factors[f.key] = { value: f.value, unit: f.unit, source: f.source, range, unconfirmed: f.unconfirmed, note: f.note ?? null };
  }
  const definition: FactorSetDefinition = { code: input.code, name: input.name, description: input.description, base: input.base, factors };
  const { record, userErrors } = await runWrite(ctx, {
    operation: 'createFactorSet',
    entityType: 'FactorSet',
    write: async (manager) => {
      const existing = await allFactorSetDefinitions(manager);
      if (existing.some((d) => d.code === input.code)) rejectWrite('code', 'TAKEN', `A factor set ${input.code} already exists; sets are never changed`);
      try {
        resolveFactorSet(definition, existing); // checks the base exists and every key is a known factor
      } catch (error) {
        if (!(error instanceof EngineInputError)) throw error;
        const issue = error.issues[0];
        const field = issue.path.startsWith('factors.') ? `factors[${input.factors.findIndex((f) => `factors.${f.key}` === issue.path)}].key` : issue.path;
        rejectWrite(field, issue.reason, issue.message);
      }
      const repo = manager.getRepository(StoredFactorSet);
      const saved = await repo.save(repo.create({ ...definition, base: input.base, createdById: ctx.principal.kind === 'USER' ? ctx.principal.userId : null }));
      await recordAudit(manager, ctx, { action: 'createFactorSet', entityType: 'FactorSet', entityId: saved.id, after: { ...definition } });
      return factorSetView(definition);
    },
  });
  return { factorSet: record, userErrors };
}
