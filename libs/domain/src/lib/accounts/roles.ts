/** The roles a person may hold; several at once. */
export const ROLES = ['citizen', 'moderator', 'committee', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles act on other people's contributions, so they must prove a second factor. */
export const STAFF_ROLES: readonly Role[] = ['moderator', 'committee', 'admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((role) => STAFF_ROLES.includes(role));
}

/** Everyone signed up is a citizen; staff roles come on top, never instead. */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  const wanted = new Set<Role>(['citizen', ...roles]);
  return ROLES.filter((role) => wanted.has(role));
}

export type AccessDecision = 'allowed' | 'missing-role' | 'second-factor-required';

/**
 * Whether a person may use an endpoint that asks for one of `required`.
 * A staff endpoint also wants the session to have passed the TOTP step.
 */
export function decideAccess(
  held: readonly Role[],
  required: readonly Role[],
  session: { secondFactorVerified: boolean },
): AccessDecision {
  if (required.length === 0) return 'allowed';
  if (!required.some((role) => held.includes(role))) return 'missing-role';
  if (isStaff(required) && required.every((role) => STAFF_ROLES.includes(role)) && !session.secondFactorVerified) {
    return 'second-factor-required';
  }
  return 'allowed';
}
