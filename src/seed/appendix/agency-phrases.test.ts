import agenciesJson from '../data/agencies.json';
import { createAgencyResolver, normalisePhrase } from './agency-phrases';
import type { AgencyCatalogue, AgencyKind } from './appendix.types';

const catalogue = agenciesJson as AgencyCatalogue;
const resolve = createAgencyResolver(catalogue);

describe('agencies.json', () => {
  it('holds exactly the agreed agencies', () => {
    expect(catalogue.agencies.map((a) => [a.code, a.name, a.nameEn, a.kind])).toEqual([
      ['DAE', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment', 'PROVINCIAL_DEPARTMENT'],
      ['DOST', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', 'PROVINCIAL_DEPARTMENT'],
      ['DOIT', 'Sở Công Thương', 'Department of Industry and Trade', 'PROVINCIAL_DEPARTMENT'],
      ['DOF', 'Sở Tài chính', 'Department of Finance', 'PROVINCIAL_DEPARTMENT'],
      ['DLMEDIA', 'Báo và Phát thanh, Truyền hình Đắk Lắk', 'Đắk Lắk Newspaper, Radio and Television', 'MEDIA'],
      ['MAE', 'Bộ Nông nghiệp và Môi trường', 'Ministry of Agriculture and Environment', 'MINISTRY'],
      ['GROUP-DEPARTMENTS', 'Các Sở, ngành', 'Provincial departments and sectors', 'GROUP'],
      ['GROUP-COMMUNE-PCS', 'Ủy ban nhân dân các xã, phường', "People's Committees of all communes and wards", 'GROUP'],
      ['GROUP-RELATED-ORGS', 'Các tổ chức, cá nhân có liên quan', 'Related organisations and individuals', 'GROUP'],
    ]);
  });

  it('gives groups their member kinds; the related-organisations group is open', () => {
    const memberKinds = (code: string): AgencyKind[] | undefined => catalogue.agencies.find((a) => a.code === code)?.memberKinds;
    expect(memberKinds('GROUP-DEPARTMENTS')).toEqual(['PROVINCIAL_DEPARTMENT', 'MEDIA']);
    expect(memberKinds('GROUP-COMMUNE-PCS')).toEqual(['PEOPLES_COMMITTEE']);
    expect(memberKinds('GROUP-RELATED-ORGS')).toBeUndefined();
    expect(catalogue.agencies.find((a) => a.code === 'GROUP-RELATED-ORGS')?.note).toMatch(/open group/u);
    for (const agency of catalogue.agencies.filter((a) => a.kind !== 'GROUP')) {
      expect(agency.memberKinds).toBeUndefined();
    }
  });

  it("is NFC text, and every agency's name and aliases resolve to that agency alone", () => {
    expect(JSON.stringify(catalogue)).toBe(JSON.stringify(catalogue).normalize('NFC'));
    for (const agency of catalogue.agencies) {
      for (const phrase of [agency.name, ...agency.aliases]) {
        expect(resolve(phrase, 'test')).toEqual([agency.code]);
      }
    }
  });
});

describe('createAgencyResolver', () => {
  it.each([
    ['Sở Nông nghiệp và Môi trường; UBND các xã, phường', ['DAE', 'GROUP-COMMUNE-PCS']],
    ['Sở Nông nghiệp và Môi trường, Ủy ban nhân các xã, phường', ['DAE', 'GROUP-COMMUNE-PCS']],
    ['Ủy ban nhân dân các xã, phường', ['GROUP-COMMUNE-PCS']],
    ['Báo và phát thanh, truyền hình Tỉnh', ['DLMEDIA']],
    ['Các tổ chức, cá nhân có liên quan', ['GROUP-RELATED-ORGS']],
    ['Các Sở, ngành, các tổ chức, cá nhân có liên quan', ['GROUP-DEPARTMENTS', 'GROUP-RELATED-ORGS']],
    ['Các Sở, ngành, UBND các xã, phường, các tổ chức, cá nhân có liên quan', ['GROUP-DEPARTMENTS', 'GROUP-COMMUNE-PCS', 'GROUP-RELATED-ORGS']],
    ['Sở Công Thương', ['DOIT']],
    ['Sở Khoa học và Công nghệ', ['DOST']],
    ['Sở Tài chính', ['DOF']],
  ])('resolves "%s"', (text, codes) => {
    expect(resolve(text, 'X.1')).toEqual(codes);
  });

  it('returns codes in order of first appearance, without duplicates', () => {
    expect(resolve('UBND các xã, phường; Sở Tài chính; Ủy ban nhân dân các xã, phường', 'X.1')).toEqual(['GROUP-COMMUNE-PCS', 'DOF']);
  });

  it('ignores case, spacing and Unicode normal form', () => {
    expect(resolve('  sở  NÔNG nghiệp\u00A0và môi trường ', 'X.1')).toEqual(['DAE']);
    expect(resolve('Sở Nông nghiệp và Môi trường'.normalize('NFD'), 'X.1')).toEqual(['DAE']);
  });

  it('accepts "và", "các", commas, semicolons and periods between agencies', () => {
    expect(resolve('Sở Tài chính và các Sở, ngành.', 'X.1')).toEqual(['DOF', 'GROUP-DEPARTMENTS']);
    expect(resolve('Sở Tài chính; Sở Công Thương', 'X.1')).toEqual(['DOF', 'DOIT']);
  });

  it('returns nothing for an empty cell', () => {
    expect(resolve('', 'X.1')).toEqual([]);
  });

  it('throws on text it cannot resolve, naming the task and the cell', () => {
    expect(() => resolve('Sở Nông ng nghiệp và Môi trường', 'III.6')).toThrow('Unresolved agency text in task III.6: "Sở Nông ng nghiệp và Môi trường"');
    expect(() => resolve('Sở Tài chính, Sở Du lịch', 'VI.3')).toThrow(
      'Unresolved agency text in task VI.3: "Sở Tài chính, Sở Du lịch" (not matched: "sở du lịch")',
    );
    expect(() => resolve('Các Sở, ngành, các tổ chức, cá nhân có liên quan liên quan', 'VI.5')).toThrow(/not matched: "liên quan"/u);
  });

  it('matches whole words only', () => {
    expect(() => resolve('Sở Công Thươngg', 'X.1')).toThrow(/Unresolved agency text/u);
    expect(() => resolve('Sở Nông', 'X.1')).toThrow(/Unresolved agency text/u);
  });

  it('rejects a catalogue in which one alias names two agencies, or a code repeats', () => {
    const clash: AgencyCatalogue = {
      agencies: [
        { code: 'A', name: 'A', nameEn: 'A', kind: 'GROUP', aliases: ['Các Sở, ngành'] },
        { code: 'B', name: 'B', nameEn: 'B', kind: 'GROUP', aliases: ['các  sở, NGÀNH'] },
      ],
    };
    expect(() => createAgencyResolver(clash)).toThrow('Alias "các  sở, NGÀNH" belongs to both A and B');
    const repeated: AgencyCatalogue = {
      agencies: [
        { code: 'A', name: 'A', nameEn: 'A', kind: 'GROUP', aliases: ['x'] },
        { code: 'A', name: 'A', nameEn: 'A', kind: 'GROUP', aliases: ['y'] },
      ],
    };
    expect(() => createAgencyResolver(repeated)).toThrow('Duplicate agency code in catalogue: A');
  });
});

describe('normalisePhrase', () => {
  it('lower-cases, collapses whitespace and NFC-normalises', () => {
    expect(normalisePhrase(' UBND  các\txã, PHƯỜNG '.normalize('NFD'))).toBe('ubnd các xã, phường');
  });
});
