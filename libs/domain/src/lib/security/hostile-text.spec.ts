import { hostileTextPath, isHostileText } from './hostile-text';

describe('hostile text', () => {
  it('refuses NUL and other control characters, lets tab and line breaks through', () => {
    expect(isHostileText('a\u0000b')).toBe(true);
    expect(isHostileText('bell\u0007')).toBe(true);
    expect(isHostileText('del\u007f')).toBe(true);
    expect(isHostileText('ligne 1\nligne 2\r\n\tfin')).toBe(false);
    expect(isHostileText('Référendum — « IA » 🙂')).toBe(false);
  });
  it('refuses half a character (a lone surrogate), not a whole one', () => {
    expect(isHostileText('\ud83d')).toBe(true);
    expect(isHostileText('x\ude42y')).toBe(true);
    expect(isHostileText('\ud83d\ude42')).toBe(false);
  });
  it('finds the first hostile string anywhere in a body, keys included', () => {
    expect(hostileTextPath({ title: 'ok', tags: ['a', 'b\u0000'] }, 'body')).toBe('body.tags[1]');
    expect(hostileTextPath({ nested: { deep: { x: 'a\u0001' } } }, 'body')).toBe('body.nested.deep.x');
    expect(hostileTextPath({ ['k\u0000']: 1 }, 'body')).toBe('body.k?');
    expect(hostileTextPath({ title: 'propre', n: 3, ok: true, none: null }, 'body')).toBeNull();
  });
});
