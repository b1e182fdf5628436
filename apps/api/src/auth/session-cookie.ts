import type { Response } from 'express';

export const SESSION_COOKIE = 'concordia_session';

export function setSessionCookie(response: Response, token: string, secure: boolean, maxAgeSeconds: number): void {
  response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds * 1000 });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
