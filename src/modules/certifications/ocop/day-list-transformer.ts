import { ValueTransformer } from 'typeorm';

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day as node-postgres parses an element of a `date[]` (local midnight) or as stored text. */
const dayOf = (value: string | Date) =>
  typeof value === 'string' ? value.slice(0, 10) : `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;

/**
 * `date[]` columns read back as YYYY-MM-DD strings: node-postgres turns a single `date` into text here
 * but the elements of a `date[]` into Dates at local midnight, which would print as instants.
 */
export const dayListTransformer: ValueTransformer = {
  to: (value: string[] | null | undefined) => value,
  from: (value: (string | Date)[] | null) => (value === null ? null : value.map(dayOf)),
};
