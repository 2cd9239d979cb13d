/** Longest base name kept (in characters, before the extension). */
const MAX_BASE = 100;

/**
 * Removed: C0/C1 controls and NUL (\p{Cc}), format characters (\p{Cf}: right-to-left and other
 * direction overrides, zero-width joiners, the BOM), line and paragraph separators, unassigned,
 * private-use and lone surrogate code points.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cn}\p{Co}\p{Cs}]/gu;
/** Replaced by `_`: what a file system, a shell or a header parameter treats specially. */
const SPECIAL = /[<>:"|?*;%`$]/g;
/** Names Windows reserves, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A name for downloads that cannot hurt whoever saves the file: no directories (only the part after
 * the last slash or backslash), no control, direction-override or invisible characters, no leading
 * dots, at most 100 characters, and the extension of the type detected from the content in place of
 * the uploader's (`photo.pdf` with PNG bytes becomes `photo.png`); inner dots become `_`, so no
 * second extension survives (`invoice.pdf.exe` of a PDF is `invoice_pdf.pdf`). Never empty: `file.<ext>`.
 */
export function safeFileName(uploaded: string, extension: string): string {
  const lastPart = uploaded.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let base = lastPart.replace(INVISIBLE, '').replace(SPECIAL, '_').replace(/\s+/gu, ' ').trim();
  base = base.replace(/\.[\p{L}\p{N}]{1,10}$/u, ''); // the uploader's extension
  base = base.replace(/^[.\s]+/u, '').replace(/\./g, '_');
  base = [...base].slice(0, MAX_BASE).join('').trim();
  if (base === '') base = 'file';
  if (RESERVED.test(base)) base = `_${base}`;
  return `${base}.${extension}`;
}

/** `Content-Disposition` with the safe name (RFC 6266): an ASCII fallback and the UTF-8 `filename*`. */
export function contentDisposition(kind: 'inline' | 'attachment', safeName: string): string {
  const ascii = safeName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(safeName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
