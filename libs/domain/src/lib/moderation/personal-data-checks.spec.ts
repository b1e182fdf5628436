import { isValidNir, nirKey, passesIbanCheck, passesLuhn } from './personal-data-checks';

describe('passesLuhn', () => {
  it('accepts test card numbers and refuses one digit off', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
  it('refuses non-digits', () => {
    expect(passesLuhn('4111 1111 1111 1111')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});

describe('passesIbanCheck', () => {
  it('accepts valid IBANs in either case', () => {
    expect(passesIbanCheck('FR7630006000011234567890189')).toBe(true);
    expect(passesIbanCheck('gb82west12345698765432')).toBe(true);
  });
  it('refuses a wrong check and malformed input', () => {
    expect(passesIbanCheck('FR7730006000011234567890189')).toBe(false);
    expect(passesIbanCheck('FR76 3000')).toBe(false);
    expect(passesIbanCheck('7630006000011234567890189')).toBe(false);
  });
});

describe('nirKey and isValidNir', () => {
  it('computes 97 − (number mod 97)', () => {
    expect(nirKey('1850578006084')).toBe(91);
    expect(nirKey('2690549588157')).toBe(80);
  });
  it('reads 2A as 19 and 2B as 18', () => {
    expect(nirKey('185052A006084')).toBe(nirKey('1850519006084'));
    expect(nirKey('185052b006084')).toBe(nirKey('1850518006084'));
  });
  it('refuses letters elsewhere than a Corsican department', () => {
    expect(nirKey('18505A2006084')).toBeNull();
    expect(nirKey('185053A006084')).toBeNull();
    expect(nirKey('18505780060')).toBeNull();
  });
  it('validates whole numbers', () => {
    expect(isValidNir('185057800608491')).toBe(true);
    expect(isValidNir('185052A00608435')).toBe(true);
    expect(isValidNir('185057800608492')).toBe(false);
    expect(isValidNir('585057800608491')).toBe(false);
    expect(isValidNir('18505780060849')).toBe(false);
  });
});
