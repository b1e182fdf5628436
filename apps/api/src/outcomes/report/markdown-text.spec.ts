import { markdownToText } from './markdown-text';

// marked is ESM-only; the unit suite runs without VM modules, so load its UMD build (as markdown.spec does).
jest.mock('marked', () => {
  const { dirname, join } = jest.requireActual<typeof import('node:path')>('node:path');
  return jest.requireActual(join(dirname(require.resolve('marked/package.json')), 'lib/marked.umd.js'));
});

describe('markdownToText', () => {
  it('keeps the words and the structure, drops the markup', () => {
    expect(markdownToText('Un **avis** & des <script>alert(1)</script>raisons.\n\n- premier\n- second')).toBe(
      'Un avis & des raisons.\n\n• premier\n• second',
    );
    expect(markdownToText('## Titre\n\nTexte « cité » avec `code` et [lien](https://example.org).')).toBe(
      'Titre\n\nTexte « cité » avec code et lien.',
    );
  });
});
