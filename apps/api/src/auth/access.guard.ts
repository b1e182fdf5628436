import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decideAccess, Role } from '@concordia/domain';
import { forbidden, unauthorized } from '../common/http/app-exception';
import type { AuthenticatedRequest } from './auth-context';
import { BLOCKED_MAY_WRITE_KEY, PENDING_SECOND_FACTOR_KEY, PUBLIC_KEY, ROLES_KEY } from './decorators';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every endpoint: signed in unless marked public, roles checked on the server,
 * staff endpoints only after the second factor, blocked accounts read-only.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const meta = <T>(key: string) => this.reflector.getAllAndOverride<T>(key, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    if (meta<boolean>(PENDING_SECOND_FACTOR_KEY)) return true;
    // A session still waiting for its code counts as signed out everywhere else.
    if (request.auth?.session.awaitingSecondFactor) request.auth = undefined;
    if (meta<boolean>(PUBLIC_KEY)) return true;

    const auth = request.auth;
    if (!auth) throw unauthorized();
    if (auth.user.blockedAt && !SAFE_METHODS.has(request.method) && !meta<boolean>(BLOCKED_MAY_WRITE_KEY)) {
      throw forbidden('auth.account-blocked');
    }
    const decision = decideAccess(auth.user.roles, meta<Role[]>(ROLES_KEY) ?? [], auth.session);
    if (decision === 'missing-role') throw forbidden();
    if (decision === 'second-factor-required') throw forbidden('auth.second-factor-required');
    return true;
  }
}
