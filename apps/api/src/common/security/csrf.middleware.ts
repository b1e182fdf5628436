import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppException } from '../http/app-exception';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Signed double-submit cookie, Angular HttpClient's own convention: the server sets XSRF-TOKEN
 * (readable by the page's script), the page echoes it in X-XSRF-TOKEN on every unsafe request.
 * Another site can neither read the cookie nor forge a valid signature.
 */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  private readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secure = config.mode === 'production';
  }

  private sign(nonce: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(`csrf:${nonce}`).digest('base64url');
  }

  private isValid(token: unknown): token is string {
    if (typeof token !== 'string') return false;
    const [nonce, signature] = token.split('.');
    if (!nonce || !signature) return false;
    const expected = Buffer.from(this.sign(nonce));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  use(request: Request, response: Response, next: NextFunction): void {
    const cookie = request.cookies?.[CSRF_COOKIE];
    if (!this.isValid(cookie)) {
      const nonce = randomBytes(18).toString('base64url');
      response.cookie(CSRF_COOKIE, `${nonce}.${this.sign(nonce)}`, { httpOnly: false, sameSite: 'lax', secure: this.secure, path: '/' });
    }
    if (SAFE_METHODS.has(request.method)) return next();
    const header = request.headers[CSRF_HEADER];
    if (!this.isValid(cookie) || typeof header !== 'string' || header !== cookie) throw new AppException(403, 'error.csrf');
    next();
  }
}
