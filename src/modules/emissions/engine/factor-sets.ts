// Built-in factor sets (data files) and the resolution of Tier 2 sets over them. A resolved set is flat:
// every key carries the code of the set that supplied it, so results can show where each value came from.
import gridData from './data/grid-electricity.json';
import ipcc2006Data from './data/ipcc2006.json';
import ipcc2019Data from './data/ipcc2019.json';
import vnTier2Data from './data/vn-tier2-2026.json';
import { catalogueEntry, requiredFactorKeys } from './catalogue';
import { EngineInputError } from './errors';
import { gapIssues, provenanceIssues } from './provenance';
import type { FactorSetDefinition, FactorSetGap, FactorValue, InputIssue, ResolvedFactorSet } from './types';

export { factorKeys, requiredFactorKeys } from './catalogue';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one factor's shape; returns issues rather than throwing so a whole set is reported at once. */
export function factorValueIssues(path: string, value: unknown): InputIssue[] {
  if (!isRecord(value)) return [{ path, reason: 'INVALID_VALUE', message: 'must be an object with value, unit and source' }];
  const issues: InputIssue[] = [];
  if (typeof value.value !== 'number' || !Number.isFinite(value.value)) {
    issues.push({ path: `${path}.value`, reason: 'NOT_FINITE', message: 'must be a finite number' });
  } else if (value.value < 0) {
    issues.push({ path: `${path}.value`, reason: 'NEGATIVE', message: 'factors are never negative' });
  }
  if (typeof value.unit !== 'string' || value.unit === '') {
    issues.push({ path: `${path}.unit`, reason: 'REQUIRED', message: 'a unit is required' });
  }
  if (typeof value.source !== 'string' || value.source.trim() === '') {
    issues.push({ path: `${path}.source`, reason: 'REQUIRED', message: 'every factor names its source' });
  }
  const range = value.range;
  if (range !== undefined && range !== null) {
    const ok =
      Array.isArray(range) &&
      range.length === 2 &&
      range.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
      (range[0] as number) <= (range[1] as number);
    if (!ok) issues.push({ path: `${path}.range`, reason: 'INVALID_VALUE', message: 'must be [low, high] with low ≤ high' });
  }
  if (value.unconfirmed !== undefined && typeof value.unconfirmed !== 'boolean') {
    issues.push({ path: `${path}.unconfirmed`, reason: 'INVALID_VALUE', message: 'must be true or false' });
  }
  if (value.note !== undefined && value.note !== null && typeof value.note !== 'string') {
    issues.push({ path: `${path}.note`, reason: 'INVALID_VALUE', message: 'must be text' });
  }
  if (value.provenance !== undefined) issues.push(...provenanceIssues(`${path}.provenance`, value.provenance));
  return issues;
}

/** Keys must be known to the engine and carry the unit its equations assume. */
function catalogueIssues(key: string, value: FactorValue): InputIssue[] {
  const entry = catalogueEntry(key);
  const path = `factors.${key}`;
  if (!entry) return [{ path, reason: 'UNKNOWN_FACTOR', message: `the engine has no factor "${key}"` }];
  if (value.unit !== entry.unit) {
    return [{ path: `${path}.unit`, reason: 'UNIT_MISMATCH', message: `must be "${entry.unit}", got "${value.unit}"` }];
  }
  return [];
}

function definitionIssues(definition: FactorSetDefinition): InputIssue[] {
  const issues: InputIssue[] = [];
  if (typeof definition.code !== 'string' || !/^[A-Z][A-Z0-9_]{1,63}$/u.test(definition.code)) {
    issues.push({ path: 'code', reason: 'INVALID_VALUE', message: 'must be upper-case letters, digits and _ (2-64)' });
  }
  if (!isRecord(definition.factors)) {
    issues.push({ path: 'factors', reason: 'REQUIRED', message: 'factors must be an object' });
    return issues;
  }
  for (const [key, value] of Object.entries(definition.factors)) {
    const shape = factorValueIssues(`factors.${key}`, value);
    issues.push(...(shape.length > 0 ? shape : catalogueIssues(key, value)));
  }
  if (definition.base === null) {
    for (const key of requiredFactorKeys()) {
      if (!(key in definition.factors)) {
        issues.push({ path: `factors.${key}`, reason: 'REQUIRED', message: 'a set without a base must define every required factor' });
      }
    }
  }
  return issues;
}

function normalise(value: FactorValue, factorSet: string): FactorValue & { factorSet: string } {
  return {
    value: value.value,
    unit: value.unit,
    source: value.source,
    range: value.range ? [value.range[0], value.range[1]] : null,
    unconfirmed: value.unconfirmed ?? false,
    note: value.note ?? null,
    factorSet,
    // Only sets that document provenance carry the key, so the IPCC sets (and inventory hashes) stay as they were.
    ...(value.provenance ? { provenance: { ...value.provenance, applicability: value.provenance.applicability ?? null } } : {}),
  };
}

function resolveChain(definition: FactorSetDefinition, available: readonly FactorSetDefinition[], seen: readonly string[]): ResolvedFactorSet {
  const issues = definitionIssues(definition);
  let base: ResolvedFactorSet | null = null;
  if (definition.base !== null) {
    const baseDefinition = available.find((s) => s.code === definition.base) ?? BUILT_IN_FACTOR_SETS.find((s) => s.code === definition.base);
    if (!baseDefinition) {
      issues.push({ path: 'base', reason: 'UNKNOWN_BASE', message: `no factor set "${definition.base}"` });
    } else if (seen.includes(baseDefinition.code) || baseDefinition.code === definition.code) {
      issues.push({ path: 'base', reason: 'CYCLE', message: `base chain loops: ${[...seen, definition.code, baseDefinition.code].join(' → ')}` });
    } else {
      base = resolveChain(baseDefinition, available, [...seen, definition.code]);
    }
  }
  if (issues.length > 0) throw new EngineInputError(issues);

  const factors: ResolvedFactorSet['factors'] = { ...(base?.factors ?? {}) };
  for (const [key, value] of Object.entries(definition.factors)) factors[key] = normalise(value, definition.code);
  return {
    code: definition.code,
    name: definition.name,
    description: definition.description,
    chain: [definition.code, ...(base?.chain ?? [])],
    factors,
    gaps: [...(definition.gaps ?? []), ...(base?.gaps ?? [])],
  };
}

/**
 * Merges a set's factors over its base chain. Bases are looked up in `available`, then among the built-in
 * sets. Unknown base, unknown key, a unit other than the engine's, or a malformed value → EngineInputError
 * (paths 'base' or 'factors.<key>').
 */
export function resolveFactorSet(definition: FactorSetDefinition, available: readonly FactorSetDefinition[]): ResolvedFactorSet {
  return resolveChain(definition, available, []);
}

function loadBuiltIn(raw: unknown): FactorSetDefinition {
  // JSON imports are typed loosely (ranges as number[]); check the shape once at load instead of casting blindly.
  if (!isRecord(raw) || !isRecord(raw.factors) || typeof raw.code !== 'string') {
    throw new Error('A built-in factor set file is malformed');
  }
  const definition: FactorSetDefinition = {
    code: raw.code,
    name: String(raw.name),
    description: String(raw.description),
    base: null,
    factors: { ...(raw.factors as Record<string, FactorValue>), ...(gridData.factors as Record<string, FactorValue>) },
  };
  const issues = definitionIssues(definition);
  if (issues.length > 0) throw new EngineInputError(issues);
  return deepFreeze(definition);
}

// Shared by every caller in the process: freeze so no caller can change another's factors.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const IPCC_SETS = [loadBuiltIn(ipcc2006Data), loadBuiltIn(ipcc2019Data)];

/**
 * A country-specific set from its data file, over one of the IPCC sets. Every factor must document its
 * provenance; a malformed file (shape, unknown key, wrong unit, missing provenance, unknown base) throws an
 * EngineInputError whose message names the file and every issue, so the process stops at start.
 */
export function loadCountrySet(raw: unknown, file: string): FactorSetDefinition {
  const issues: InputIssue[] = [];
  if (!isRecord(raw)) throw new EngineInputError([{ path: file, reason: 'INVALID_VALUE', message: 'must be a JSON object' }]);
  for (const field of ['name', 'description', 'base'] as const) {
    if (typeof raw[field] !== 'string' || raw[field] === '') issues.push({ path: field, reason: 'REQUIRED', message: 'must be non-empty text' });
  }
  if (typeof raw.base === 'string' && !IPCC_SETS.some((s) => s.code === raw.base)) {
    issues.push({ path: 'base', reason: 'UNKNOWN_BASE', message: `must be one of ${IPCC_SETS.map((s) => s.code).join(', ')}` });
  }
  const factors = isRecord(raw.factors) ? raw.factors : {};
  for (const [key, value] of Object.entries(factors)) {
    if (isRecord(value) && value.provenance === undefined) issues.push(...provenanceIssues(`factors.${key}.provenance`, undefined));
  }
  issues.push(...gapIssues(raw.gaps));
  const definition = {
    code: raw.code,
    name: raw.name,
    description: raw.description,
    base: raw.base,
    factors: raw.factors,
    gaps: raw.gaps,
  } as FactorSetDefinition;
  issues.push(...definitionIssues(definition));
  if (issues.length > 0) {
    throw new EngineInputError(issues.map((i) => ({ ...i, message: `${file}: ${i.message}` })));
  }
  return deepFreeze({ ...definition, gaps: (raw.gaps ?? []) as FactorSetGap[] });
}

/** IPCC2006 and IPCC2019, each with Viet Nam's grid factors merged in, and the Viet Nam Tier 2 set over IPCC2019. */
export const BUILT_IN_FACTOR_SETS: readonly FactorSetDefinition[] = Object.freeze([
  ...IPCC_SETS,
  loadCountrySet(vnTier2Data, 'engine/data/vn-tier2-2026.json'),
]);

const resolvedBuiltIns = new Map<string, ResolvedFactorSet>();

/**
 * A built-in set, resolved; throws for an unknown code. Resolved once per process and frozen: the
 * built-ins are frozen and their bases are built-ins, so the result never changes, and checking and
 * copying a hundred-odd factors on every calculation was most of the calculator's own work.
 */
export function builtInFactorSet(code: string): ResolvedFactorSet {
  let resolved = resolvedBuiltIns.get(code);
  if (!resolved) {
    const definition = BUILT_IN_FACTOR_SETS.find((s) => s.code === code);
    if (!definition) throw new EngineInputError([{ path: 'factorSet', reason: 'UNKNOWN_FACTOR_SET', message: `no built-in factor set "${code}"` }]);
    resolved = deepFreeze(resolveFactorSet(definition, BUILT_IN_FACTOR_SETS));
    resolvedBuiltIns.set(code, resolved);
  }
  return resolved;
}

export const isBuiltInFactorSet = (code: string): boolean => BUILT_IN_FACTOR_SETS.some((s) => s.code === code);
