import { IBAN_LENGTHS } from './iban-lengths';
import { isValidNir, passesIbanCheck, passesLuhn } from './personal-data-checks';

export type PersonalDataKind = 'email' | 'phone' | 'nir' | 'iban' | 'card';

/** A flagged stretch of text; `start` and `end` are string indices (UTF-16), `end` exclusive. */
export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

/**
 * When two findings overlap, the more certain one wins: an address is unmistakable, then the kinds
 * that carry check digits, and last the phone number, which is only a pattern. So a NIR or a card is
 * never also reported as the phone number hidden in its digits.
 */
const PRIORITY: readonly PersonalDataKind[] = ['email', 'iban', 'nir', 'card', 'phone'];

/** Separators people put inside numbers, French typography's narrow spaces included. */
const SEP = '[ .\\-\\u00a0\\u202f]';
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';

const EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}_%+\\-]+(?:\\.[\\p{L}\\p{N}_%+\\-]+)*@` +
    `(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}${NOT_BEFORE_WORD}`,
  'gu',
);

/**
 * 0X XX XX XX XX in its usual spellings, or +33 / 0033 with an optional (0). Not a piece of a longer
 * run of digit groups (a reference number, a card), and never dates or postcodes, which lack the shape.
 */
const PHONE = new RegExp(
  `(?<![\\p{L}\\p{N}_+])(?<!\\d${SEP})` +
    `(?:(?:\\+|00)33${SEP}?(?:\\(0\\)${SEP}?)?[1-9]|0[1-9])(?:${SEP}?\\d{2}){4}` +
    `(?!\\p{N})(?!${SEP}\\d)`,
  'gu',
);

/** Sex digit then 14 characters, single separators allowed anywhere; the key decides. */
const NIR = new RegExp(
  `${NOT_AFTER_WORD}(?<!\\d${SEP})[1-478](?:${SEP}?[\\dABab]){14}${NOT_BEFORE_WORD}(?!${SEP}\\d)`,
  'gu',
);

/** A maximal run of digits with single spaces or dashes between them. */
const DIGIT_RUN = new RegExp(`${NOT_AFTER_WORD}\\d(?:[ \\-\\u00a0\\u202f]?\\d)*${NOT_BEFORE_WORD}`, 'gu');

const IBAN_START = new RegExp(`${NOT_AFTER_WORD}[A-Za-z]{2}\\d{2}`, 'gu');

const significant = (text: string) => text.replace(/[^0-9A-Za-z]/g, '');

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) yield match;
}

function span(kind: PersonalDataKind, text: string, start: number, end: number): PersonalDataSpan {
  return { kind, start, end, text: text.slice(start, end) };
}

function emails(text: string): PersonalDataSpan[] {
  return [...matches(EMAIL, text)].map((m) => span('email', text, m.index, m.index + m[0].length));
}

function phones(text: string): PersonalDataSpan[] {
  return [...matches(PHONE, text)].map((m) => span('phone', text, m.index, m.index + m[0].length));
}

function nirs(text: string): PersonalDataSpan[] {
  return [...matches(NIR, text)]
    .filter((m) => isValidNir(significant(m[0])))
    .map((m) => span('nir', text, m.index, m.index + m[0].length));
}

/** Reads exactly the country's length of characters, allowing one space between any two. */
function ibans(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const match of matches(IBAN_START, text)) {
    const length = IBAN_LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    let end = match.index + match[0].length;
    let read = 4;
    while (read < length) {
      const skip = /[ \u00a0]/.test(text[end] ?? '') ? 1 : 0;
      if (!/[0-9A-Za-z]/.test(text[end + skip] ?? '')) break;
      end += skip + 1;
      read++;
    }
    if (read < length || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    if (passesIbanCheck(significant(text.slice(match.index, end)))) found.push(span('iban', text, match.index, end));
  }
  return found;
}

/** SIRET numbers (companies, public) pass Luhn too; written 3-3-3-5, they are not cards. */
function isCardNumber(digits: string, layout: string): boolean {
  return (
    digits.length >= 13 &&
    digits.length <= 19 &&
    digits[0] !== '0' &&
    !/^(\d)\1*$/.test(digits) &&
    layout !== '3-3-3-5' &&
    passesLuhn(digits)
  );
}

/** How cards are printed: one block, groups of four (13, 15, 16, 19 digits), Amex 4-6-5, Diners 4-6-4. */
const CARD_LAYOUT = /^(?:\d+|4-4-4-[134]|4-4-4-4-3|4-6-[45])$/;

/**
 * 13 to 19 digits passing Luhn, not starting with 0, not one digit repeated. A run of digit groups
 * may hold a card followed by another number ("4111 1111 1111 1111 12/26"), so its leading groups
 * are tried too, preferring the way cards are printed, then the longest.
 */
function cards(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  for (const match of matches(DIGIT_RUN, text)) {
    const groups = [...match[0].matchAll(/\d+/g)];
    const candidates = groups
      .map((group, g) => {
        const end = (group.index as number) + group[0].length;
        const layout = groups
          .slice(0, g + 1)
          .map((part) => part[0].length)
          .join('-');
        return { end, layout, digits: significant(match[0].slice(0, end)) };
      })
      .filter((candidate) => isCardNumber(candidate.digits, candidate.layout))
      .sort((a, b) => Number(CARD_LAYOUT.test(b.layout)) - Number(CARD_LAYOUT.test(a.layout)) || b.end - a.end);
    if (candidates.length > 0) found.push(span('card', text, match.index, match.index + candidates[0].end));
  }
  return found;
}

const overlaps = (a: PersonalDataSpan, b: PersonalDataSpan) => a.start < b.end && b.start < a.end;

/** E-mail addresses, French phone numbers, NIR, IBAN and card numbers, in text order, never overlapping. */
export function detectPersonalData(text: string): PersonalDataSpan[] {
  const candidates = [...emails(text), ...ibans(text), ...nirs(text), ...cards(text), ...phones(text)];
  candidates.sort(
    (a, b) =>
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: PersonalDataSpan[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => overlaps(candidate, other))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function containsPersonalData(text: string): boolean {
  return detectPersonalData(text).length > 0;
}
