import { APPENDIX_ERRATA, applyErrata, type Erratum } from './errata';

const EMPTY = { title: '', lead: '', coordinating: '', years: '', expectedResult: '' };

describe('APPENDIX_ERRATA', () => {
  it('lists the known transcription errors, each with a reason', () => {
    expect(APPENDIX_ERRATA.map((e) => [e.taskCode, e.column, e.wrong, e.right])).toEqual([
      ['III.6', 'lead', 'Sở Nông ng nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường'],
      ['VI.5', 'coordinating', 'có liên quan liên quan', 'có liên quan'],
    ]);
    for (const erratum of APPENDIX_ERRATA) expect(erratum.reason.length).toBeGreaterThan(20);
  });
});

describe('applyErrata', () => {
  it('corrects only the named task and column', () => {
    const cells = { ...EMPTY, lead: 'Sở Nông ng nghiệp và Môi trường; UBND các xã, phường' };
    const { cells: fixed, applied } = applyErrata('III.6', cells);
    expect(fixed.lead).toBe('Sở Nông nghiệp và Môi trường; UBND các xã, phường');
    expect(applied).toEqual([APPENDIX_ERRATA[0]]);
    expect(cells.lead).toBe('Sở Nông ng nghiệp và Môi trường; UBND các xã, phường');
    expect(applyErrata('III.5', cells)).toEqual({ cells, applied: [] });
  });

  it('inserts the corrected text literally', () => {
    const erratum: Erratum = { taskCode: 'X.1', column: 'title', wrong: 'a', right: '$&$&', reason: 'test' };
    expect(applyErrata('X.1', { ...EMPTY, title: 'bab' }, [erratum]).cells.title).toBe('b$&$&b');
  });

  it('throws when the wrong text is missing or occurs more than once', () => {
    expect(() => applyErrata('VI.5', { ...EMPTY, coordinating: 'Các Sở, ngành' })).toThrow(
      'Erratum for task VI.5 (coordinating) expects "có liên quan liên quan" once, found 0 in "Các Sở, ngành"',
    );
    const erratum: Erratum = { taskCode: 'X.1', column: 'title', wrong: 'a', right: 'b', reason: 'test' };
    expect(() => applyErrata('X.1', { ...EMPTY, title: 'aa' }, [erratum])).toThrow(/found 2/u);
  });
});
