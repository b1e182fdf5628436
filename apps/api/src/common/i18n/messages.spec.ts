import { languageFrom } from './language';
import { MESSAGES, translate } from './messages';

describe('API messages', () => {
  it('has every message in French and English, with the same parameters', () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      expect({ key, fr: !!text.fr.trim(), en: !!text.en.trim() }).toEqual({ key, fr: true, en: true });
      const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, params: params(text.en) }).toEqual({ key, params: params(text.fr) });
    }
  });

  it('fills parameters and falls back to the key for an unknown message', () => {
    expect(translate('auth.login-throttled', 'en', { seconds: 30 })).toContain('30 seconds');
    expect(translate('no.such.key', 'fr')).toBe('no.such.key');
  });
});

describe('languageFrom', () => {
  it.each([
    [undefined, 'fr'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE', 'fr'],
    ['en;q=0.2, fr;q=0.8', 'fr'],
    ['garbage;;;', 'fr'],
  ])('%s → %s', (header, expected) => {
    expect(languageFrom(header)).toBe(expected);
  });
});
