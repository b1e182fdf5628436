import { winAnsiSafe } from './winansi';

describe('winAnsiSafe', () => {
  it('keeps French text as it is', () => {
    const french = 'Ça évolue : « l’élève » reçoit une réponse sûre — œuvre, Œdipe, 10 € … À É È Ê Ë Î Ï Ô Ù Û Ü Ÿ ç';
    expect(winAnsiSafe(french)).toBe(french);
  });
  it('transliterates what WinAnsi lacks', () => {
    expect(winAnsiSafe('x ≥ 3 et y ≤ 2')).toBe('x >= 3 et y <= 2');
    expect(winAnsiSafe('ﬁchier')).toBe('fichier');
    expect(winAnsiSafe('Łódź')).toBe('?ódz');
    expect(winAnsiSafe('Oui\u202f!')).toBe('Oui\u00a0!');
    expect(winAnsiSafe('e\u0301')).toBe('é');
    expect(winAnsiSafe('IA 🤖 ok')).toBe('IA ? ok');
    expect(winAnsiSafe('ligne\r\nsuivante')).toBe('ligne\nsuivante');
  });
});
