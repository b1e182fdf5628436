import { isStaff, Role } from '../accounts/roles';

/** Bumped whenever a field of the export changes meaning, so scripts reading old files can tell. */
export const EXPORT_FORMAT_VERSION = 1;

/** `concordia-export-2026-12-04.json`: the UTC day, so the name never depends on the server's zone. */
export function exportFileName(at: Date): string {
  return `concordia-export-${at.toISOString().slice(0, 10)}.json`;
}

/**
 * A second factor is asked whenever the account has one (or must have one, as staff do): erasure is
 * final, so it wants the same proof as signing in.
 */
export function erasureNeedsTotp(account: { roles: readonly Role[]; totpEnabled: boolean }): boolean {
  return account.totpEnabled || isStaff(account.roles);
}

export type ErasureRefusal = 'last-admin';

/** An instance with no administrator left could never be administered again. */
export function erasureRefusal(target: { roles: readonly Role[] }, adminCount: number): ErasureRefusal | null {
  if (target.roles.includes('admin') && adminCount <= 1) return 'last-admin';
  return null;
}
