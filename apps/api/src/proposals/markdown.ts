import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * What survives sanitising: text structure, links and nothing that runs. No images (a picture
 * can track readers and carry data: URLs), no style, no script, no frames, no event handlers.
 */
export const MARKDOWN_ALLOW_LIST: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 'del', 's', 'blockquote',
    'ul', 'ol', 'li', 'code', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Only a script is dropped with its content. Any other tag goes and its text stays: an unclosed
  // <math>, <svg> or <style> would otherwise take every word after it with it (the parser reads the
  // rest of the text as its content), and an author's words are never worth less than their markup.
  nonTextTags: ['script'],
  disallowedTagsMode: 'discard',
  transformTags: {
    // Readers follow links at their own risk; the site lends them no ranking and no window handle.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer' } }),
  },
};

/** Markdown (GitHub flavour, raw HTML allowed in but filtered out) → HTML safe to insert in a page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, MARKDOWN_ALLOW_LIST).trim();
}
