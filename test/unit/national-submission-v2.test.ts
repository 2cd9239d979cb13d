import { canonicalHash } from '../../src/core/canonical-json';
import { submissionProblems } from '../../tools/national-sim/validate';
import { fileAdapter } from '../../src/modules/sync/adapters/file';
import { httpJsonAdapter } from '../../src/modules/sync/adapters/http-json';
import { buildJsonSubmission } from '../../src/modules/sync/adapters/json-submission';
import { InventorySubmissionSource, SourceUncertainty, canonicalJson } from '../../src/modules/sync/submission';
import { CRT_CATEGORIES, crtCategoryOf } from '../../src/modules/sync/crt/crt-categories';
import { SUBMISSION_FORMAT_V2, buildSubmissionDocumentV2, pctText, sumDecimals, uncertaintyOf } from '../../src/modules/sync/crt/submission-v2';

// The urea row's figure as the inventory module gives it (binary floats): 2 decimals in the document.
const UREA_ROW: SourceUncertainty = { pct: 50.000000004, lowerPct: 50.000000004, upperPct: 50.000000004, linesNotAssessed: 0 };
// The line figures by category × gas × kind: urea has an asymmetric figure; diesel lines were stored unassessed.
const LINE_FIGURES: Record<string, SourceUncertainty> = {
  '3.C.3|CO2|EMISSION': { pct: 48.4426, lowerPct: 32.0012, upperPct: 48.4426, linesNotAssessed: 0 },
  '1.A.4.c|CO2|EMISSION': { pct: null, lowerPct: null, upperPct: null, linesNotAssessed: 3 },
};

const source: InventorySubmissionSource = {
  inventoryId: '6f1c1c1e-8c44-4d7e-9a53-3c0d8b1f2a10',
  version: 2,
  replacesVersion: 1,
  province: { code: '66', name: 'Tỉnh Đắk Lắk' },
  year: 2026,
  method: 'IPCC 2006 Tier 1',
  factorSet: 'IPCC2019',
  factorSetChain: ['IPCC2019'],
  gwpSet: 'AR5',
  verifiedAt: '2027-03-31T09:00:00.000Z',
  verifiedBy: null,
  inputHash: 'abc',
  communesIncluded: ['24175', '24133'],
  communesMissing: ['24100'],
  lines: [
    { category: '3.C.3', categoryName: 'Urea application', gas: 'CO2', kind: 'EMISSION', massKg: 1466.666667, co2eKg: 1466.666667 },
    { category: '1.A.4.c', categoryName: 'Diesel', gas: 'CO2', kind: 'EMISSION', massKg: 10, co2eKg: 10 },
  ],
  activityRows: [
    {
      category: '3.C.3',
      item: 'UREA',
      activityData: [{ parameter: 'ureaApplied', value: '2000', unit: 'kg' }],
      gases: [
        {
          gas: 'CO2',
          kind: 'EMISSION',
          massKg: '1466.666667',
          co2eKg: '1466.666667',
          impliedFactor: { parameter: 'impliedEmissionFactor', value: '0.7333333335', unit: 'kg CO2/kg' },
        },
      ],
      uncertainty: UREA_ROW,
    },
  ],
  totals: { totalCo2eKg: 1476.666667, emissionsCo2eKg: 1476.666667, removalsCo2eKg: 0, indirectEnergyCo2eKg: 0 },
  uncertainty: {
    approach: 'IPCC 2006 Vol 1 Ch 3 Approach 1 (error propagation, 95 %)',
    factorsWithoutRange: ['FERTILIZER.N_FRACTION.UREA', 'CO2.UREA.EF'],
    ofLines: (lines) =>
      lines.length === 1
        ? (LINE_FIGURES[`${lines[0].category}|${lines[0].gas}|${lines[0].kind}`] ?? { pct: null, lowerPct: null, upperPct: null, linesNotAssessed: 0 })
        : { pct: 0, lowerPct: 0, upperPct: 0, linesNotAssessed: 0 },
  },
};

describe('the @2 submission document', () => {
  const document = buildSubmissionDocumentV2(source);

  it('maps every IPCC 2006 code of our lines to its CRT category, as data', () => {
    expect(['3.C.7', '3.C.4', '3.C.5', '3.C.1', '3.C.2', '3.C.3', '3.B.2'].map((c) => crtCategoryOf(c)?.crt)).toEqual([
      '3.C',
      '3.D',
      '3.D',
      '3.F',
      '3.G',
      '3.H',
      '4.B',
    ]);
    expect(crtCategoryOf('1.A.4.c')).toBeNull();
    expect(document.tables.map((t) => t.crtCategory)).toEqual(CRT_CATEGORIES.map((c) => c.crt));
  });

  it('shows both codes on the row, the NO key for categories without records, and the uncertainty as exact decimals', () => {
    const urea = document.tables.find((t) => t.crtCategory === '3.H')!;
    expect(urea.rows[0]).toMatchObject({
      crtCategory: '3.H',
      ipccCategory: '3.C.3',
      co2eKg: '1466.666667',
      // Symmetric: one figure, no lower/upper.
      uncertainty: { pct: '50', lowerPct: null, upperPct: null, notation: null },
    });
    // Asymmetric (e.g. a factor 1.22 in [0.83, 1.81]): the larger half-width and both sides.
    expect(urea.totals[0].uncertainty).toEqual({ pct: '48.44', lowerPct: '32', upperPct: '48.44', notation: null });
    expect(urea.notationKeys).toEqual([expect.objectContaining({ key: 'IE', gas: 'N2O' })]);
    const rice = document.tables.find((t) => t.crtCategory === '3.C')!;
    expect(rice.rows).toEqual([]);
    expect(rice.notationKeys).toEqual([
      expect.objectContaining({ ipccCategory: '3.C.7', key: 'NO', explanation: expect.stringContaining('2 communes covered (1 communes missing') }),
    ]);
  });

  it('gives NE with the reason only where there is no figure, NA for a table without lines', () => {
    expect(uncertaintyOf(LINE_FIGURES['1.A.4.c|CO2|EMISSION'])).toEqual({
      pct: null,
      lowerPct: null,
      upperPct: null,
      notation: { key: 'NE', explanation: expect.stringContaining('3 commune lines were stored before uncertainty was assessed') },
    });
    // Even with a figure for the other lines, a row with unassessed lines gets none (it would understate).
    expect(uncertaintyOf({ pct: 10, lowerPct: 10, upperPct: 10, linesNotAssessed: 1 }).notation?.key).toBe('NE');
    expect(uncertaintyOf({ pct: null, lowerPct: null, upperPct: null, linesNotAssessed: 0 }).notation).toEqual({
      key: 'NE',
      explanation: 'the emissions are zero, so a relative uncertainty (%) is undefined',
    });
    expect(uncertaintyOf(null).notation?.key).toBe('NE');
    const rice = document.tables.find((t) => t.crtCategory === '3.C')!;
    expect(rice.uncertainty).toMatchObject({ pct: null, notation: { key: 'NA' } });
    expect([pctText(0.005), pctText(12.344999), pctText(100), pctText(7.1)]).toEqual(['0.01', '12.34', '100', '7.1']);
  });

  it('names the approach and the factors without a range in provenance', () => {
    expect(document.provenance.uncertaintyMethod).toMatch(/^IPCC 2006 Vol 1 Ch 3 Approach 1/);
    expect(document.provenance.factorsWithoutRange).toEqual(['CO2.UREA.EF', 'FERTILIZER.N_FRACTION.UREA']);
  });

  it('carries provenance and a SHA-256 a reader recomputes from the canonical JSON', () => {
    expect(document.format).toBe(SUBMISSION_FORMAT_V2);
    expect(document.provenance).toMatchObject({ factorSet: 'IPCC2019', gwpSet: 'AR5', communes: { covered: ['24133', '24175'], missing: ['24100'] } });
    const { documentSha256, ...content } = document;
    expect(documentSha256).toBe(canonicalHash(content));
    const sent = buildJsonSubmission(source);
    expect(sent.body).toBe(canonicalJson(document));
    expect(JSON.parse(sent.body)).toHaveProperty('inventory.verifiedBy', null);
    const { documentSha256: received, ...parsed } = JSON.parse(sent.body) as { documentSha256: string };
    expect(canonicalHash(parsed)).toBe(received);
  });

  it('passes the published JSON Schema; a changed number or a broken document does not', () => {
    const sent = JSON.parse(buildJsonSubmission(source).body) as Record<string, unknown>;
    expect(submissionProblems(sent)).toEqual([]);
    const tampered = JSON.parse(JSON.stringify(sent).replace('"1466.666667"', '"1466.666668"')) as unknown;
    expect(submissionProblems(tampered)[0]).toMatch(/documentSha256/);
    expect(submissionProblems({ ...sent, year: '2026' })).toEqual(['/year must be integer']);
    expect(submissionProblems({ ...sent, tables: [{ crtCategory: '3.C' }] }).length).toBeGreaterThan(0);
    // An uncertainty without a figure must say why; a figure with a notation is refused too.
    const urea = JSON.stringify({ lowerPct: null, notation: null, pct: '50', upperPct: null });
    expect(JSON.stringify(sent)).toContain(urea);
    const silent = JSON.parse(JSON.stringify(sent).replace(urea, JSON.stringify({ lowerPct: null, notation: null, pct: null, upperPct: null }))) as unknown;
    expect(submissionProblems(silent)).toContain('/tables/4/rows/0/uncertainty must match exactly one schema in oneOf');
    const both = JSON.stringify({ lowerPct: null, notation: { explanation: 'x', key: 'NE' }, pct: '50', upperPct: null });
    expect(submissionProblems(JSON.parse(JSON.stringify(sent).replace(urea, both)) as unknown)).toContain(
      '/tables/4/rows/0/uncertainty must match exactly one schema in oneOf',
    );
  });

  it('still builds @1 for a target configured with format 1', () => {
    expect(buildJsonSubmission(source, 1).document.format).toBe('daklak-lowemission/ghg-inventory-submission@1');
    const context = { env: {}, dataDir: '/tmp' };
    const file = fileAdapter.create(fileAdapter.validateConfig({ format: 1 }, context), 'archive');
    expect(file.buildSubmission(source).document.format).toBe('daklak-lowemission/ghg-inventory-submission@1');
    const http = httpJsonAdapter.create(httpJsonAdapter.validateConfig({ url: 'https://ghg.example/api' }, context), 'national');
    expect(http.buildSubmission(source).document.format).toBe(SUBMISSION_FORMAT_V2);
    expect(() => httpJsonAdapter.validateConfig({ url: 'https://ghg.example/api', format: '2' }, context)).toThrow('"format" must be 1 or 2');
  });

  it('adds decimal strings exactly', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['-1.5', '0.25'])).toBe('-1.25');
    expect(sumDecimals([])).toBe('0');
    expect(sumDecimals(['123456789012345678.000001', '0.999999'])).toBe('123456789012345679');
  });
});
