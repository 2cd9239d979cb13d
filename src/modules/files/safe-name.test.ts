import fc from 'fast-check';
import { contentDisposition, safeFileName } from './safe-name';

// Anything that must never reach a saved name: controls and NUL, direction overrides and other
// invisible format characters, separators, path and header specials.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cn}\p{Co}\p{Cs}/\\<>:"|?*;%`$]/u;
const EXTENSIONS = ['pdf', 'png', 'jpg', 'webp', 'xlsx', 'docx', 'csv', 'txt', 'json', 'geojson'];

/** Names as uploaders send them: any code points, paths, dots, direction overrides, very long runs. */
const names = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.constantFrom('../', '..\\', '/etc/', 'C:\\', '.', '.pdf', '.exe', '\u202e', '\u200b', '\u0000', ' ', 'Báo cáo', 'đ', '中文', 'CON', 'a'), {
      maxLength: 40,
    })
    .map((parts) => parts.join('')),
);

describe('safeFileName', () => {
  it('keeps no path, no invisible or special character, one extension (the detected one), at most 100 characters before it', () => {
    fc.assert(
      fc.property(names, fc.constantFrom(...EXTENSIONS), (name, extension) => {
        const safe = safeFileName(name, extension);
        expect(safe).not.toMatch(FORBIDDEN);
        expect(safe.endsWith(`.${extension}`)).toBe(true);
        expect(safe.split('.')).toHaveLength(2);
        const base = safe.slice(0, -extension.length - 1);
        expect(base.length).toBeGreaterThan(0);
        expect([...base].length).toBeLessThanOrEqual(100);
        expect(base).toBe(base.trim());
        expect(base).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i);
        // Sanitising a safe name changes nothing.
        expect(safeFileName(safe, extension)).toBe(safe);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['../../etc/passwd', 'txt', 'passwd.txt'],
    ['C:\\Users\\a\\Báo cáo quý 1.pdf', 'pdf', 'Báo cáo quý 1.pdf'],
    ['photo.pdf', 'png', 'photo.png'],
    ['invoice.pdf.exe', 'pdf', 'invoice_pdf.pdf'],
    ['invoice\u202Efdp.exe', 'pdf', 'invoicefdp.pdf'],
    ['..', 'pdf', 'file.pdf'],
    ['\u0000\u0001', 'csv', 'file.csv'],
    ['CON.txt', 'txt', '_CON.txt'],
    ['.bashrc', 'txt', 'file.txt'],
    ['a"b;c%d.csv', 'csv', 'a_b_c_d.csv'],
  ])('%j as %s is %j', (name, extension, expected) => {
    expect(safeFileName(name, extension)).toBe(expected);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name in filename* (RFC 6266, RFC 8187)', () => {
    expect(contentDisposition('attachment', 'Báo cáo đợt 1.pdf')).toBe(
      `attachment; filename="Bao cao _ot 1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%91%E1%BB%A3t%201.pdf`,
    );
  });

  it('is one header line whatever the safe name', () => {
    fc.assert(
      fc.property(names, (name) => {
        const header = contentDisposition('inline', safeFileName(name, 'pdf'));
        expect(header).toMatch(/^inline; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]+$/);
      }),
    );
  });
});
