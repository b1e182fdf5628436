export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

export interface SessionLifetime {
  idleSeconds: number;
  absoluteSeconds: number;
}

export const DEFAULT_SESSION_LIFETIME: SessionLifetime = {
  idleSeconds: 7 * 24 * 3600,
  absoluteSeconds: 30 * 24 * 3600,
};

/** A session ends after a quiet spell or, however busy, after its absolute lifetime. */
export function isSessionExpired(session: SessionTimes, now: Date, lifetime = DEFAULT_SESSION_LIFETIME): boolean {
  const idle = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  return idle >= lifetime.idleSeconds * 1000 || age >= lifetime.absoluteSeconds * 1000;
}

/** Writing last-seen on every request would turn reads into writes; once a minute is enough. */
export function shouldTouchSession(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= 60_000;
}
