import { filetypeinfo } from 'magic-bytes.js';
import { zipEntryNames } from './zip-entries';

/** A type uploads may have: what downloads are served as, and the extension the safe name gets. */
export interface AllowedType {
  contentType: string;
  extension: string;
  /** Shown in the browser (images, PDF); everything else downloads as an attachment. */
  inline: boolean;
}

const PDF: AllowedType = { contentType: 'application/pdf', extension: 'pdf', inline: true };
const PNG: AllowedType = { contentType: 'image/png', extension: 'png', inline: true };
const JPEG: AllowedType = { contentType: 'image/jpeg', extension: 'jpg', inline: true };
const WEBP: AllowedType = { contentType: 'image/webp', extension: 'webp', inline: true };
const XLSX: AllowedType = { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', inline: false };
const DOCX: AllowedType = { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', inline: false };
const CSV: AllowedType = { contentType: 'text/csv', extension: 'csv', inline: false };
const TEXT: AllowedType = { contentType: 'text/plain', extension: 'txt', inline: false };
const JSON_TYPE: AllowedType = { contentType: 'application/json', extension: 'json', inline: false };
const GEOJSON: AllowedType = { contentType: 'application/geo+json', extension: 'geojson', inline: false };

/** Every type an upload may be detected as (README, "Files"). */
export const ALLOWED_TYPES: readonly AllowedType[] = [PDF, PNG, JPEG, WEBP, XLSX, DOCX, CSV, TEXT, JSON_TYPE, GEOJSON];

const BY_MAGIC: Record<string, AllowedType> = { pdf: PDF, png: PNG, jpg: JPEG, webp: WEBP };

/**
 * Office Open XML is a ZIP; only a workbook or a document without macros is one of ours. Any other
 * archive (JAR, APK, a ZIP of executables) is refused.
 */
function officeType(bytes: Buffer): AllowedType | null {
  const names = zipEntryNames(bytes);
  if (!names?.includes('[Content_Types].xml')) return null;
  if (names.some((name) => /vbaProject\.bin$/i.test(name))) return null;
  if (names.includes('xl/workbook.xml')) return XLSX;
  if (names.includes('word/document.xml')) return DOCX;
  return null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Control characters other than tab, line feed, form feed and carriage return: binary, not text. */
// eslint-disable-next-line no-control-regex
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Text has no magic number: valid UTF-8 without NUL or other binary control characters. */
function textType(bytes: Buffer, name: string): AllowedType | null {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return null;
  }
  if (text.length === 0 || BINARY_CONTROL.test(text)) return null;
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      const kind = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { type?: unknown }).type : undefined;
      return kind === 'FeatureCollection' || kind === 'Feature' ? GEOJSON : JSON_TYPE;
    } catch {
      // Not JSON: plain text or CSV below.
    }
  }
  // Both are served as attachments with nosniff: the name may choose between two kinds of text.
  return /\.csv$/i.test(name) ? CSV : TEXT;
}

/**
 * The allowed type of the bytes, by content alone (the name only tells CSV from other text), or
 * null: executables, archives, macro-enabled documents and any other binary are refused.
 */
export function detectFileType(bytes: Buffer, name: string): AllowedType | null {
  const guesses = filetypeinfo(bytes.subarray(0, 4100)).map((guess) => guess.typename);
  if (guesses.includes('zip')) return officeType(bytes);
  for (const guess of guesses) if (BY_MAGIC[guess]) return BY_MAGIC[guess];
  // Short signatures also match text (a CSV starting with "BM" looks like a bitmap): what is valid
  // text is text. Executables and other binaries fail that test (they hold NUL bytes).
  return textType(bytes, name);
}
