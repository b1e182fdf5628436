import sanitizeHtml from 'sanitize-html';
import { renderMarkdown } from '../../proposals/markdown';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Markdown as plain text for the PDF: rendered and sanitised exactly as on the page (so nothing
 * the page would drop shows up in the PDF), then block ends as line breaks and list items as bullets.
 */
export function markdownToText(markdown: string): string {
  // The renderer's own line breaks are layout, not text: blocks and list items make the breaks.
  const html = renderMarkdown(markdown)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/(p|h[1-6]|blockquote|pre|ul|ol|table)>/gi, '\n\n')
    .replace(/<\/(li|tr)>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '  ');
  const text = decodeEntities(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }));
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
