/**
 * One spelling per mailbox: the identity register and the unique index both key on this form,
 * so "Alice@Example.ORG " and "alice@example.org" are the same person.
 */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** Enough to recognise one's own address on screen without writing it whole. */
export function maskEmail(email: string): string {
  const [local, domain] = normaliseEmail(email).split('@');
  if (!domain) return '***';
  return `${local.slice(0, 1)}***@${domain}`;
}
