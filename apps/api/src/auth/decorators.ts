import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@concordia/domain';
import type { AuthenticatedRequest, AuthContext } from './auth-context';

export const PUBLIC_KEY = 'concordia:public';
export const ROLES_KEY = 'concordia:roles';
export const PENDING_SECOND_FACTOR_KEY = 'concordia:pending-second-factor';
export const BLOCKED_MAY_WRITE_KEY = 'concordia:blocked-may-write';

/** Readable by visitors. Every other endpoint wants a signed-in person. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Only for people holding one of these roles; staff roles also want a verified second factor. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** The one step a half-signed-in session (password given, TOTP not yet) may take. */
export const AllowPendingSecondFactor = () => SetMetadata(PENDING_SECOND_FACTOR_KEY, true);
/** A blocked account keeps the right to leave: sign out, end sessions. */
export const BlockedMayWrite = () => SetMetadata(BLOCKED_MAY_WRITE_KEY, true);

export const CurrentAuth = createParamDecorator((_: unknown, context: ExecutionContext): AuthContext | undefined => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
});
