/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quote, a line break or leading or
 * trailing spaces, quotes doubled, line breaks kept inside the quotes. Records end in CRLF.
 * Text that a spreadsheet would run as a formula (= + - @, or a tab or CR first) gets a leading
 * apostrophe, the usual guard against CSV injection; the JSON download keeps every text untouched.
 */
export function csvField(value: string | number | null | undefined, kind: 'text' | 'number' = 'text'): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (kind === 'text' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(fields: string[]): string {
  return `${fields.join(',')}\r\n`;
}

/** Spreadsheets (Excel in particular) read UTF-8 correctly only after this byte-order mark. */
export const UTF8_BOM = '\ufeff';
