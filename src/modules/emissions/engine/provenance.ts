// Checks of what a country-specific set must document beyond a value: each factor's provenance and the
// reported values it does not adopt. Issues are returned, not thrown, so a whole file is reported at once.
import type { InputIssue } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (issues: InputIssue[], path: string, value: unknown, nullable = false) => {
  if (nullable && (value === null || value === undefined)) return;
  if (typeof value !== 'string' || value.trim() === '') issues.push({ path, reason: 'REQUIRED', message: 'must be non-empty text' });
};

/** A factor's provenance: source key, citation, location, whether it is a Viet Nam value, applicability. */
export function provenanceIssues(path: string, value: unknown): InputIssue[] {
  if (!isRecord(value)) return [{ path, reason: 'REQUIRED', message: 'every factor of a country set documents its provenance' }];
  const issues: InputIssue[] = [];
  if (typeof value.sourceKey !== 'string' || !/^[A-Z][A-Z0-9]{1,19}$/u.test(value.sourceKey)) {
    issues.push({ path: `${path}.sourceKey`, reason: 'INVALID_VALUE', message: 'must be a source key of the methods sheet, e.g. VNRICE' });
  }
  text(issues, `${path}.citation`, value.citation);
  text(issues, `${path}.location`, value.location);
  if (typeof value.countrySpecific !== 'boolean') {
    issues.push({ path: `${path}.countrySpecific`, reason: 'INVALID_VALUE', message: 'must be true or false' });
  }
  text(issues, `${path}.applicability`, value.applicability, true);
  return issues;
}

/** The list of reported values a set does not adopt; each says what is used instead and why. */
export function gapIssues(value: unknown): InputIssue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [{ path: 'gaps', reason: 'INVALID_VALUE', message: 'must be a list' }];
  const issues: InputIssue[] = [];
  value.forEach((gap, i) => {
    const path = `gaps[${i}]`;
    if (!isRecord(gap)) {
      issues.push({ path, reason: 'INVALID_VALUE', message: 'must be an object with topic, sourceKey, fallback and reason' });
      return;
    }
    for (const field of ['topic', 'sourceKey', 'fallback', 'reason']) text(issues, `${path}.${field}`, gap[field]);
  });
  return issues;
}
