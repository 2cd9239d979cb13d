import { Submission } from '../adapter';
import { InventorySubmissionSource, buildSubmissionDocument, canonicalJson, sha256Hex } from '../submission';

/** The built-ins' submission: the canonical JSON document and its SHA-256. */
export function buildJsonSubmission(source: InventorySubmissionSource): Submission {
  const document = buildSubmissionDocument(source);
  const body = canonicalJson(document);
  return { document, body, contentType: 'application/json', contentHash: sha256Hex(body) };
}
