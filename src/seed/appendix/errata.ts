// Known transcription errors in the Appendix I text, corrected after page-break rows are merged and
// before any cell is interpreted. Everything else is kept verbatim, including the plan's own typos
// (e.g. "tiên bộ" in III.3, "triển thực hiện" in I.4): they are the official wording, not transcription faults.
import type { AppendixColumn } from './table-rows';

export interface Erratum {
  taskCode: string;
  column: AppendixColumn;
  /** Text that must occur exactly once in the merged cell. */
  wrong: string;
  right: string;
  reason: string;
}

export const APPENDIX_ERRATA: readonly Erratum[] = [
  {
    taskCode: 'III.6',
    column: 'lead',
    wrong: 'Sở Nông ng nghiệp và Môi trường',
    right: 'Sở Nông nghiệp và Môi trường',
    reason:
      'The cell is split over a page break as "Sở Nông" + "ng nghiệp và Môi trường; UBND các xã, phường"; ' +
      'the second page repeats "ng", the tail of "Nông", so the merged text reads "Sở Nông ng nghiệp".',
  },
  {
    taskCode: 'VI.5',
    column: 'coordinating',
    wrong: 'có liên quan liên quan',
    right: 'có liên quan',
    reason:
      'The page after VI.5 starts with a continuation row holding only "liên quan" in this column, but ' +
      'VI.5\'s cell is already complete ("…cá nhân có liên quan") on the previous page, so merging repeats it.',
  },
];

function countOccurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

/**
 * Applies the errata for one task to its cells and returns the corrected cells and the errata used.
 * An erratum whose wrong text is absent (or ambiguous) throws: the source changed and the table must be reviewed.
 */
export function applyErrata(
  taskCode: string,
  cells: Readonly<Record<AppendixColumn, string>>,
  errata: readonly Erratum[] = APPENDIX_ERRATA,
): { cells: Record<AppendixColumn, string>; applied: Erratum[] } {
  const corrected = { ...cells };
  const applied: Erratum[] = [];
  for (const erratum of errata) {
    if (erratum.taskCode !== taskCode) continue;
    const text = corrected[erratum.column];
    const count = countOccurrences(text, erratum.wrong);
    if (count !== 1) {
      throw new Error(`Erratum for task ${taskCode} (${erratum.column}) expects "${erratum.wrong}" once, found ${count} in "${text}"`);
    }
    // A replacer function keeps "$" in the corrected text literal.
    corrected[erratum.column] = text.replace(erratum.wrong, () => erratum.right);
    applied.push(erratum);
  }
  return { cells: corrected, applied };
}
