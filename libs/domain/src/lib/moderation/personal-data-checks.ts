/**
 * The check digits that tell a real identifier from a run of digits that merely looks like one.
 * Each takes the significant characters only (no spaces).
 */

/** Luhn (ISO/IEC 7812), used by payment cards. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** ISO 13616: country and check digits moved to the end, letters as 10–35, the whole ≡ 1 (mod 97). */
export function passesIbanCheck(iban: string): boolean {
  const compact = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char <= '9' ? char.charCodeAt(0) - 48 : char.charCodeAt(0) - 55;
    remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

/**
 * French NIR: 13 characters and a 2-digit key, key = 97 − (number mod 97). Corsican departments
 * 2A and 2B are read as 19 and 18 for the key, as INSEE does.
 */
export function nirKey(body: string): number | null {
  const upper = body.toUpperCase();
  if (!/^\d{5}(?:\d{2}|2[AB])\d{6}$/.test(upper)) return null;
  const numeric = upper.replace(/2A/, '19').replace(/2B/, '18');
  return 97 - (Number(numeric) % 97);
}

/** Sex digit (1, 2, or 3, 4, 7, 8 for provisional numbers), then the key must match. */
export function isValidNir(nir: string): boolean {
  const compact = nir.toUpperCase();
  if (compact.length !== 15 || !/^[123478]/.test(compact)) return false;
  const key = nirKey(compact.slice(0, 13));
  return key !== null && /^\d{2}$/.test(compact.slice(13)) && key === Number(compact.slice(13));
}
