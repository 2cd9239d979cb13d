import { countryCode } from './country-codes';

describe('country codes', () => {
  it('take the 249 assigned ISO 3166-1 alpha-2 codes, in any case', () => {
    for (const code of ['VN', 'de', ' jp ', 'US', 'AD', 'ZW', 'SS']) expect(countryCode(code, 'f')).toBe(code.trim().toUpperCase());
  });

  it('refuse reserved, withdrawn and made-up codes with the field', () => {
    for (const bad of ['EU', 'UK', 'XK', 'YU', 'ZZ', 'V', 'VNM', '', 'V\u0000', 'A B'])
      expect(() => countryCode(bad, 'input.countryCode')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.countryCode' }) }),
      );
  });
});
