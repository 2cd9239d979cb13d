// Resolves a lead/coordinating cell ("Sở Nông nghiệp và Môi trường; UBND các xã, phường") to agency codes
// by matching the catalogue's alias phrases. Anything left over that is not a separator is an error:
// a silently dropped agency would misstate who is responsible for a task.
import type { AgencyCatalogue } from './appendix.types';

export type AgencyResolver = (cellText: string, taskCode: string) => string[];

interface Alias {
  phrase: string;
  code: string;
}

/** What may remain between matched phrases: punctuation and the joining words "và" (and), "các" (the). */
const FILLER_WORDS = new Set(['và', 'các']);
const SEPARATORS = /[\s,;.]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Marks consumed characters; keeps indices stable so matches can be ordered by position.
const CONSUMED = '\u0000';

/** The form aliases and cell texts are compared in: NFC, lower case, single spaces. */
export function normalisePhrase(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

function catalogueAliases(catalogue: AgencyCatalogue): Alias[] {
  const codes = new Set<string>();
  const byPhrase = new Map<string, string>();
  for (const agency of catalogue.agencies) {
    if (codes.has(agency.code)) throw new Error(`Duplicate agency code in catalogue: ${agency.code}`);
    codes.add(agency.code);
    for (const alias of agency.aliases) {
      const phrase = normalisePhrase(alias);
      if (phrase === '') throw new Error(`Empty alias for agency ${agency.code}`);
      const owner = byPhrase.get(phrase);
      if (owner !== undefined && owner !== agency.code) {
        throw new Error(`Alias "${alias}" belongs to both ${owner} and ${agency.code}`);
      }
      byPhrase.set(phrase, agency.code);
    }
  }
  // Longest first, so "ủy ban nhân dân các xã, phường" wins over any shorter phrase inside it;
  // ties by text keep the order deterministic.
  return [...byPhrase]
    .map(([phrase, code]) => ({ phrase, code }))
    .sort((a, b) => b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Builds a resolver for one catalogue; throws at once if the catalogue itself is ambiguous. */
export function createAgencyResolver(catalogue: AgencyCatalogue): AgencyResolver {
  const aliases = catalogueAliases(catalogue);

  return (cellText, taskCode) => {
    let working = normalisePhrase(cellText);
    const found: { index: number; code: string }[] = [];

    for (const { phrase, code } of aliases) {
      let from = 0;
      for (;;) {
        const index = working.indexOf(phrase, from);
        if (index < 0) break;
        const end = index + phrase.length;
        // Whole words only: "sở nông" must not match inside a longer word.
        if (isWordChar(working[index - 1]) || isWordChar(working[end])) {
          from = index + 1;
          continue;
        }
        found.push({ index, code });
        working = working.slice(0, index) + CONSUMED.repeat(phrase.length) + working.slice(end);
        from = end;
      }
    }

    const leftover = working
      .split(CONSUMED)
      .join(' ')
      .split(SEPARATORS)
      .filter((word) => word !== '' && !FILLER_WORDS.has(word));
    if (leftover.length > 0) {
      throw new Error(`Unresolved agency text in task ${taskCode}: "${cellText}" (not matched: "${leftover.join(' ')}")`);
    }

    const codes: string[] = [];
    for (const { code } of found.sort((a, b) => a.index - b.index)) {
      if (!codes.includes(code)) codes.push(code);
    }
    return codes;
  };
}
