import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { isSessionExpired, shouldTouchSession } from '@concordia/domain';
import type { NextFunction, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersRepository } from '../accounts/users.repository';
import type { AuthenticatedRequest } from './auth-context';
import { clearSessionCookie, SESSION_COOKIE } from './session-cookie';
import { SessionsRepository } from './sessions.repository';

/** Resolves the session cookie to a person once per request; the guard then decides. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
  ) {}

  async use(request: AuthenticatedRequest, response: Response, next: NextFunction): Promise<void> {
    try {
      const token = request.cookies?.[SESSION_COOKIE];
      if (typeof token === 'string' && token.length > 0 && token.length < 200) {
        const session = await this.sessions.findByToken(token);
        const now = new Date();
        const lifetime = { idleSeconds: this.config.sessionIdleSeconds, absoluteSeconds: this.config.sessionAbsoluteSeconds };
        // A half-open sign-in waits five minutes at most for its code.
        const expired = session && (isSessionExpired(session, now, lifetime) || (session.awaitingSecondFactor && now.getTime() - session.createdAt.getTime() > 300_000));
        if (session && expired) await this.sessions.delete(session.id);
        const user = session && !expired ? await this.users.findById(session.userId) : null;
        if (session && user) {
          request.auth = { session, user };
          if (shouldTouchSession(session.lastSeenAt, now)) await this.sessions.touch(session.id, now);
        } else {
          clearSessionCookie(response, this.config.mode === 'production');
        }
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
