import type { Role } from '@concordia/domain';
import type { AuthContext } from '../auth/auth-context';

/** Whoever reads: a signed-in person, or undefined for a visitor. */
export type Viewer = AuthContext | undefined;

/**
 * Staff powers count only once the session passed the second factor, as on staff endpoints:
 * a moderator signed in without TOTP sees what a citizen sees.
 */
export function hasStaffRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return !!viewer && viewer.session.secondFactorVerified && roles.some((role) => viewer.user.roles.includes(role));
}

export const isAdmin = (viewer: Viewer) => hasStaffRole(viewer, ['admin']);
/** Moderators and admins decide on proposals (committee rosters come later). */
export const isModerator = (viewer: Viewer) => hasStaffRole(viewer, ['moderator', 'admin']);
