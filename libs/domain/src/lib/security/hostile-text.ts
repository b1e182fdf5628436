/**
 * Text no person types and no form sends: control characters other than tab, line feed and carriage
 * return (NUL above all, which PostgreSQL refuses in text and which used to surface as a 500), and
 * lone UTF-16 surrogates (half a character, invalid in UTF-8).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isHostileText(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/** The first hostile string in a parsed JSON value (keys included), as a path like "body.title"; null when clean. */
export function hostileTextPath(value: unknown, path: string, depth = 0): string | null {
  if (depth > 32) return path;
  if (typeof value === 'string') return isHostileText(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = hostileTextPath(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (isHostileText(key)) return `${path}.${key.replace(CONTROL, '?')}`;
      const found = hostileTextPath(inner, `${path}.${key}`, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
