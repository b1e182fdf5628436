import { csvField, csvRecord, UTF8_BOM } from './csv';

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Adoptée')).toBe('Adoptée');
    expect(csvField(42, 'number')).toBe('42');
    expect(csvField(-3, 'number')).toBe('-3');
    expect(csvField(null)).toBe('');
  });
  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Un, deux')).toBe('"Un, deux"');
    expect(csvField('Le « bon » "mot"')).toBe('"Le « bon » ""mot"""');
    expect(csvField('ligne 1\r\nligne 2')).toBe('"ligne 1\r\nligne 2"');
    expect(csvField(' espace')).toBe('" espace"');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+33 6')).toBe("'+33 6");
    expect(csvField('-')).toBe("'-");
  });
  it('ends records with CRLF and exposes the BOM', () => {
    expect(csvRecord(['a', 'b'])).toBe('a,b\r\n');
    expect(UTF8_BOM.charCodeAt(0)).toBe(0xfeff);
  });
});
