import { AdapterConfigError, AdapterSettings, Submission } from '../adapter';
import { buildSubmissionDocumentV2, submissionV2Body } from '../crt/submission-v2';
import { InventorySubmissionSource, buildSubmissionDocument, canonicalJson, sha256Hex } from '../submission';

/** Which document a target receives: `2` (default, the reporting tables) or `1` (the totals-only format, for a receiver not yet upgraded). */
export type SubmissionVersion = 1 | 2;

/** Reads the target's optional `"format"` setting (1 or 2). */
export function submissionVersionOf(values: AdapterSettings): SubmissionVersion {
  const value = values.format ?? 2;
  if (value !== 1 && value !== 2) throw new AdapterConfigError('"format" must be 1 or 2');
  return value;
}

/** The built-ins' submission: the canonical JSON document and its SHA-256. */
export function buildJsonSubmission(source: InventorySubmissionSource, version: SubmissionVersion = 2): Submission {
  if (version === 2) {
    const document = buildSubmissionDocumentV2(source);
    const body = submissionV2Body(document);
    return { document, body, contentType: 'application/json', contentHash: sha256Hex(body) };
  }
  const document = buildSubmissionDocument(source);
  const body = canonicalJson(document);
  return { document, body, contentType: 'application/json', contentHash: sha256Hex(body) };
}
