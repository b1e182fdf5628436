/**
 * Where to go after signing in: only a path on this site ("/account"), never another origin
 * ("//evil.example", "https://…", "/\\evil.example") nor the sign-in pages themselves.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || typeof value !== 'string') return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // Backslashes and control characters (tab, newline…) can turn a path into another origin.
  if (value.includes('\\') || [...value].some((char) => char.charCodeAt(0) < 0x20)) return '/';
  const path = value.split(/[?#]/)[0];
  if (['/sign-in', '/sign-up'].includes(path)) return '/';
  return value;
}
