// What the receiver checks of a submission: an @2 document against the JSON Schema the project
// publishes (schema/national-submission-v2.schema.json) and its own SHA-256; @1 documents are read as
// before. Ajv: the common, maintained JSON Schema validator (draft-07).
import Ajv from 'ajv';
import schema from '../../schema/national-submission-v2.schema.json';
import { canonicalHash } from '../../src/core/canonical-json';

export const FORMAT_V2 = 'daklak-lowemission/ghg-inventory-submission@2';

const validateV2 = new Ajv({ allErrors: true }).compile(schema);

/** Problems of a document ([] when valid): schema errors by JSON pointer, then a wrong documentSha256. */
export function submissionProblems(document: unknown): string[] {
  const format = (document as { format?: unknown } | null)?.format;
  if (format !== FORMAT_V2) return [];
  if (!validateV2(document)) return (validateV2.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  const { documentSha256, ...content } = document as { documentSha256: string };
  const expected = canonicalHash(content);
  return documentSha256 === expected ? [] : [`documentSha256 is ${documentSha256}, the content hashes to ${expected}`];
}
