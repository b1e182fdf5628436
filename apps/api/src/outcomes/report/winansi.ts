/**
 * PDFKit's built-in fonts (Helvetica, Courier) encode text in WinAnsi (Windows-1252), which holds
 * every French letter (é, à, ç, œ, Œ, «, », ’, –, —, …, €) but not the rest of Unicode. No Unicode
 * font is guaranteed on a fresh machine and we ship none, so characters outside WinAnsi are
 * transliterated (≥ → >=, ligatures and other accented letters to their base letters) and anything
 * left becomes "?", instead of the garbage PDFKit would draw.
 */
const CP1252_ABOVE_7E = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const REPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space (French typography before ; : ! ?) → no-break space
  '\u2007': '\u00a0',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2008': ' ',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
  '\ufe0f': '',
  '\r': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2212': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u21d2': '=>',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2715': 'x',
  '\u2717': 'x',
  '\u2022': '•',
  '\u2032': "'",
  '\u2033': '"',
  '\u2039': '‹',
  '\u2126': 'Ohm',
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) as number;
  return (
    code === 0x0a || code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_ABOVE_7E.includes(char)
  );
}

export function winAnsiSafe(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (isWinAnsi(char)) out += char;
    else if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else {
      // Compatibility decomposition: ﬁ → fi, ā → a, ² → 2; then drop the combining marks.
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every(isWinAnsi) ? base : /\p{M}/u.test(char) ? '' : '?';
    }
  }
  return out;
}
