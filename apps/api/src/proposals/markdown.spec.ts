import { MARKDOWN_ALLOW_LIST, renderMarkdown } from './markdown';

// marked is ESM-only; the unit suite runs without VM modules, so load its UMD build, the same code.
jest.mock('marked', () => {
  const { dirname, join } = jest.requireActual<typeof import('node:path')>('node:path');
  return jest.requireActual(join(dirname(require.resolve('marked/package.json')), 'lib/marked.umd.js'));
});

const SAFE_TAGS = new Set(MARKDOWN_ALLOW_LIST.allowedTags as string[]);
const SAFE_ATTRIBUTES = new Set(['href', 'title', 'rel', 'start', 'align']);

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&');

/**
 * Nothing that runs may survive. The sanitiser's output escapes every "<" of text, so each "<"
 * left opens a real element: each must be on the allow-list, carry no handler or style, and link
 * only to http(s) or mailto. Text may mention "onerror=" or "javascript:": escaped, it is words.
 */
function assertInert(html: string): void {
  const found: string[] = [];
  for (const [, name, attributes] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    if (!SAFE_TAGS.has(name.toLowerCase())) found.push(`<${name}>`);
    for (const [, attribute, value = ''] of attributes.matchAll(/([^\s="]+)(?:="([^"]*)")?/g)) {
      if (!SAFE_ATTRIBUTES.has(attribute.toLowerCase())) found.push(`${name}[${attribute}]`);
      if (attribute === 'href' && !/^(https?:\/\/|mailto:)/i.test(decodeEntities(value).trim())) found.push(`href=${value}`);
    }
  }
  expect(html).not.toMatch(/<(?![a-zA-Z/])/);
  expect({ html, found }).toEqual({ html, found: [] });
}

const XSS_PAYLOADS: [string, string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script tag, mixed case', '<ScRiPt>alert(1)</sCrIpT>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
  ['svg with script inside', '<svg><script>alert(1)</script></svg>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe src javascript', '<iframe src="javascript:alert(1)"></iframe>'],
  ['html link javascript', '<a href="javascript:alert(1)">x</a>'],
  ['html link mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['html link with leading space', '<a href=" javascript:alert(1)">x</a>'],
  ['html link entity-encoded scheme', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>'],
  ['html link hex entities and tab', '<a href="java&#x09;script:alert(1)">x</a>'],
  ['html link with newline in scheme', '<a href="java\nscript:alert(1)">x</a>'],
  ['markdown link javascript', '[x](javascript:alert(1))'],
  ['markdown link encoded', '[x](javascript&#58;alert(1))'],
  ['markdown link mixed case', '[x](JAVASCRIPT:alert(1))'],
  ['markdown autolink-like javascript', '<javascript:alert(1)>'],
  ['markdown image onerror', '![x](x" onerror="alert(1))'],
  ['markdown image data URL', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['data URL link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['vbscript link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['style expression', '<p style="width: expression(alert(1))">x</p>'],
  ['style tag', '<style>body{background:url("javascript:alert(1)")}</style>'],
  ['event handler on allowed tag', '<p onclick="alert(1)" onmouseover=alert(1)>x</p>'],
  ['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ['form action', '<form action="javascript:alert(1)"><button>go</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['broken nesting', '<<script>script>alert(1)<</script>/script>'],
  ['attribute breaking quotes', '<a href="https://x.org" " onmouseover="alert(1)">x</a>'],
  ['math with xlink', '<math><mtext><a xlink:href="javascript:alert(1)">x</a></mtext></math>'],
  ['entity-encoded tag', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['protocol-relative link', '<a href="//evil.example/x">x</a>'],
  ['template smuggling', '<template><img src=x onerror=alert(1)></template>'],
  ['noscript parsing trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
];

describe('renderMarkdown', () => {
  it('renders the Markdown people write', () => {
    const html = renderMarkdown('## Titre\n\nUn **texte** avec *emphase* et une liste :\n\n- un\n- deux\n\n> citation\n\n`code`');
    expect(html).toContain('<h2>Titre</h2>');
    expect(html).toContain('<strong>texte</strong>');
    expect(html).toContain('<em>emphase</em>');
    expect(html).toContain('<li>un</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>code</code>');
  });

  it('keeps http, https and mailto links, marked nofollow noopener', () => {
    const html = renderMarkdown('[site](https://montpellier.fr) [mail](mailto:a@b.fr) <a href="http://x.org">x</a>');
    expect(html).toContain('<a href="https://montpellier.fr" rel="nofollow noopener noreferrer">site</a>');
    expect(html).toContain('href="mailto:a@b.fr"');
    expect(html).toContain('href="http://x.org"');
    expect(html.match(/rel="nofollow noopener noreferrer"/g)).toHaveLength(3);
  });

  it('does not let an author set rel or other attributes', () => {
    const html = renderMarkdown('<a href="https://x.org" rel="opener" target="_top" class="c" id="i">x</a>');
    expect(html).toBe('<p><a href="https://x.org" rel="nofollow noopener noreferrer">x</a></p>');
  });

  it('shows escaped HTML as text', () => {
    expect(renderMarkdown('1 < 2 & 3 > 2')).toBe('<p>1 &lt; 2 &amp; 3 &gt; 2</p>');
  });

  it(`neutralises ${XSS_PAYLOADS.length} XSS payloads`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(XSS_PAYLOADS)('neutralises %s', (_, payload) => {
    assertInert(renderMarkdown(payload));
    // The same payload inside surrounding Markdown must not escape its block either.
    assertInert(renderMarkdown(`Avant\n\n${payload}\n\n**après**`));
  });

  it('keeps the words around a removed script', () => {
    expect(renderMarkdown('Bonjour <script>alert(1)</script> le monde')).toBe('<p>Bonjour  le monde</p>');
  });

  it('removes unknown or unsafe tags without losing the text after them', () => {
    for (const tag of ['math', 'svg', 'style', 'textarea', 'iframe']) {
      const html = renderMarkdown(`Avant <${tag}>milieu\n\nAprès le paragraphe, la suite compte aussi.`);
      expect([tag, html]).toEqual([tag, expect.stringContaining('la suite compte aussi.')]);
      expect(html).not.toContain(`<${tag}`);
    }
    expect(renderMarkdown('Une formule <math><mi>x</mi><mo>=</mo><mn>2</mn></math> lisible')).toBe('<p>Une formule x=2 lisible</p>');
  });
});
