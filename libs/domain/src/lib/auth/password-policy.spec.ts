import { passwordProblems } from './password-policy';

const common = new Set(['motdepasse123', 'password1234']);
const isCommon = (p: string) => common.has(p);

describe('passwordProblems', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(passwordProblems('le chat dort sur le canapé', isCommon)).toEqual([]);
  });
  it('accepts 64 characters and more', () => {
    expect(passwordProblems('x'.repeat(30) + 'yz'.repeat(20), isCommon)).toEqual([]);
  });
  it('refuses fewer than 12 characters', () => {
    expect(passwordProblems('court1234', isCommon)).toContain('too-short');
  });
  it('counts accented characters once', () => {
    expect(passwordProblems('éééééééééé12', isCommon)).not.toContain('too-short');
  });
  it('refuses over 256 characters', () => {
    expect(passwordProblems('ab'.repeat(129), isCommon)).toContain('too-long');
  });
  it('refuses a listed password whatever its case', () => {
    expect(passwordProblems('MotDePasse123', isCommon)).toEqual(['common']);
  });
  it('refuses repetitions', () => {
    expect(passwordProblems('abcabcabcabc', isCommon)).toEqual(['common']);
    expect(passwordProblems('aaaaaaaaaaaaaa', isCommon)).toEqual(['common']);
  });
  it('refuses the e-mail or the name as password', () => {
    expect(passwordProblems('camille.dupont', isCommon, { email: 'camille.dupont@example.org' })).toEqual(['personal']);
    expect(passwordProblems('Camille Dupont', isCommon, { displayName: 'camille dupont' })).toEqual(['personal']);
  });
  it('allows a name that is a small part of a long passphrase', () => {
    expect(passwordProblems('camille aime les longues phrases secrètes', isCommon, { displayName: 'Camille' })).toEqual([]);
  });
});
