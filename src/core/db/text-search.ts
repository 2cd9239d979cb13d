import { BadUserInputError } from '../errors/app-errors';

export const MAX_SEARCH_LENGTH = 200;

/** Validates a search string and turns it into a LIKE pattern with its wildcards escaped. */
export function containsPattern(search: string, field: string): string {
  const trimmed = search.trim();
  if (trimmed.length === 0) throw new BadUserInputError('Search text must not be empty', field, 'EMPTY');
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(`Search text must be at most ${MAX_SEARCH_LENGTH} characters`, field, 'TOO_LONG');
  }
  return `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** SQL matching any of `columns` against a :param LIKE pattern, ignoring case and Vietnamese diacritics. */
export function accentInsensitiveMatch(columns: string[], param: string): string {
  return `(${columns.map((c) => `unaccent(lower(${c})) LIKE unaccent(lower(:${param}))`).join(' OR ')})`;
}
