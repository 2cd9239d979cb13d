import { DeliveryFailure } from './adapter';
import { buildJsonSubmission } from './adapters/json-submission';
import { classifyResponse } from './adapters/http-json';
import { InventorySubmissionSource, buildSubmissionDocument, canonicalJson, submissionCsv } from './submission';

const source: InventorySubmissionSource = {
  inventoryId: '6f1c1c1e-8c44-4d7e-9a53-3c0d8b1f2a10',
  version: 3,
  replacesVersion: 2,
  province: { code: '66', name: 'Tỉnh Đắk Lắk' },
  year: 2026,
  method: 'IPCC 2006 Tier 1',
  factorSet: 'VN-CROPS-2025.1',
  factorSetChain: ['IPCC-2006', 'VN-CROPS-2025.1'],
  gwpSet: 'AR5-100',
  verifiedAt: '2027-03-31T09:00:00.000Z',
  verifiedBy: null,
  inputHash: 'abc',
  communesIncluded: ['24175', '24133'],
  communesMissing: [],
  activityRows: [],
  uncertainty: {
    approach: 'IPCC 2006 Vol 1 Ch 3 Approach 1',
    factorsWithoutRange: [],
    ofLines: () => ({ pct: null, lowerPct: null, upperPct: null, linesNotAssessed: 0 }),
  },
  lines: [
    { category: '3.C.7', categoryName: 'Rice cultivation', gas: 'CH4', kind: 'EMISSION', massKg: 1000, co2eKg: 28000 },
    { category: '3.C.4', categoryName: 'Direct N2O emissions, "managed" soils', gas: 'N2O', kind: 'EMISSION', massKg: 10, co2eKg: 2650 },
  ],
  totals: { totalCo2eKg: 30650, emissionsCo2eKg: 30650, removalsCo2eKg: 0, indirectEnergyCo2eKg: 0 },
};

describe('the submission document', () => {
  it('gives the same bytes and hash whatever the order of lines and communes', () => {
    const shuffled = { ...source, lines: [...source.lines].reverse(), communesIncluded: [...source.communesIncluded].reverse() };
    expect(buildJsonSubmission(shuffled)).toEqual(buildJsonSubmission(source));
    expect(buildJsonSubmission(source).contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(buildJsonSubmission({ ...source, version: 4 }).contentHash).not.toBe(buildJsonSubmission(source).contentHash);
  });

  it('says which version it replaces, with the factor and GWP sets', () => {
    const document = buildSubmissionDocument(source);
    expect(document.inventory).toMatchObject({ version: 3, replacesVersion: 2 });
    expect(document).toMatchObject({ factorSet: 'VN-CROPS-2025.1', gwpSet: 'AR5-100', communes: { included: ['24133', '24175'], missing: [] } });
    expect(document.lines.map((l) => l.category)).toEqual(['3.C.4', '3.C.7']);
  });

  it('sorts keys at every level and keeps nulls', () => {
    expect(canonicalJson({ b: 1, a: { d: null, c: [{ z: 1, y: 2 }] } })).toBe('{"a":{"c":[{"y":2,"z":1}],"d":null},"b":1}');
  });

  it('writes the lines as RFC 4180 CSV', () => {
    expect(submissionCsv(buildSubmissionDocument(source))).toBe(
      'category,categoryName,gas,kind,massKg,co2eKg\r\n' +
        '3.C.4,"Direct N2O emissions, ""managed"" soils",N2O,EMISSION,10,2650\r\n' +
        '3.C.7,Rice cultivation,CH4,EMISSION,1000,28000\r\n',
    );
  });
});

describe("classifying a receiver's answer", () => {
  const kindOf = (status: number, body = '{}', retryAfter: string | null = null) => {
    try {
      return classifyResponse(status, body, retryAfter);
    } catch (error) {
      return error as DeliveryFailure;
    }
  };

  it('takes the ack from 2xx, and from 409 "already received"', () => {
    expect(kindOf(201, '{"ackId":"A1"}')).toEqual({ ackId: 'A1' });
    expect(kindOf(200, '{"id":"A2"}')).toEqual({ ackId: 'A2' });
    expect(kindOf(409, '{"status":"ALREADY_RECEIVED","ackId":"A1"}')).toEqual({ ackId: 'A1' });
  });

  it.each([
    [500, 'TEMPORARY'],
    [502, 'TEMPORARY'],
    [503, 'TEMPORARY'],
    [429, 'TEMPORARY'],
    [408, 'TEMPORARY'],
    [401, 'AUTH'],
    [403, 'AUTH'],
    [400, 'PERMANENT'],
    [404, 'PERMANENT'],
    [409, 'PERMANENT'],
    [413, 'PERMANENT'],
    [422, 'PERMANENT'],
  ])('HTTP %i is %s', (status, kind) => {
    expect((kindOf(status) as DeliveryFailure).kind).toBe(kind);
  });

  it("refuses a 2xx without an ack id, and keeps the receiver's reason short", () => {
    expect(kindOf(200, 'OK')).toMatchObject({ kind: 'PERMANENT', message: 'HTTP 200 without an acknowledgement id' });
    expect((kindOf(422, JSON.stringify({ message: 'x'.repeat(5000) })) as DeliveryFailure).message.length).toBeLessThan(600);
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect((kindOf(503, '{}', '7') as DeliveryFailure).retryAfterMs).toBe(7000);
    const later = new Date(Date.now() + 60_000).toUTCString();
    expect((kindOf(429, '{}', later) as DeliveryFailure).retryAfterMs).toBeGreaterThan(50_000);
  });
});
