import { createHash } from 'node:crypto';

/** Drops null/undefined members and sorts keys, so equal data always serialises to the same text. */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] != null)
        .map((key) => [key, canonicalize((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export const canonicalJson = (value: unknown): string => JSON.stringify(canonicalize(value));

/** SHA-256 (hex) of the canonical JSON: the same inputs give the same hash on every machine. */
export const canonicalHash = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');
