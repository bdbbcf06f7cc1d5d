/**
 * The kinds of evidence file the investigation file keeps (docs/procedure.md, The investigation
 * file), recognised by their first bytes as well as their name: a renamed executable is not a
 * PDF because it is called `report.pdf`.
 */
export const EVIDENCE_FILE_KINDS = [
  'pdf',
  'docx',
  'xlsx',
  'png',
  'jpeg',
  'txt',
  'eml',
  'msg',
] as const;
export type EvidenceFileKind = (typeof EVIDENCE_FILE_KINDS)[number];

/** What the file is served as when downloaded. */
export const EVIDENCE_CONTENT_TYPES: Record<EvidenceFileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
};

/** Default largest evidence file, in bytes (10 MB); a setting of the deployment (EVIDENCE_MAX_BYTES). */
export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** How many first bytes {@link evidenceFileKind} needs to see. */
export const EVIDENCE_SNIFF_BYTES = 512;

const EXTENSIONS: Record<string, EvidenceFileKind> = {
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  txt: 'txt',
  eml: 'eml',
  msg: 'msg',
};

const startsWith = (head: Uint8Array, bytes: readonly number[]) =>
  head.length >= bytes.length && bytes.every((b, i) => head[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Text: no NUL byte and no control character other than tab, line feed, form feed, carriage return and escape. */
function looksLikeText(head: Uint8Array): boolean {
  for (const b of head) if (b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(b)) return false;
  return true;
}

/** An e-mail message starts with a header line: `Name: value`. */
function looksLikeEmail(head: Uint8Array): boolean {
  const firstLine = new TextDecoder('latin1').decode(head).split(/\r?\n/, 1)[0] ?? '';
  return looksLikeText(head) && /^[A-Za-z][A-Za-z0-9-]*:[ \t]/.test(firstLine);
}

/**
 * The kind of an evidence file from its name's extension and its first bytes (at least the first
 * {@link EVIDENCE_SNIFF_BYTES}, or the whole file when shorter); null when the extension is not
 * on the list or the content does not match it.
 *
 * @example
 * evidenceFileKind('letter.pdf', new TextEncoder().encode('%PDF-1.7')) // 'pdf'
 * evidenceFileKind('letter.pdf', new TextEncoder().encode('MZ\x90\x00')) // null
 */
export function evidenceFileKind(fileName: string, head: Uint8Array): EvidenceFileKind | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  const kind = EXTENSIONS[ext];
  if (!kind || head.length === 0) return null;
  const matches: Record<EvidenceFileKind, () => boolean> = {
    pdf: () => startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d]),
    docx: () => startsWith(head, ZIP),
    xlsx: () => startsWith(head, ZIP),
    png: () => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    jpeg: () => startsWith(head, [0xff, 0xd8, 0xff]),
    txt: () => looksLikeText(head),
    eml: () => looksLikeEmail(head),
    msg: () => startsWith(head, OLE),
  };
  return matches[kind]() ? kind : null;
}
