/**
 * Failed sign-ins slow down, they never lock for good: after `freeAttempts` failures within the
 * window, each further attempt must wait, the wait doubling up to `maxDelaySeconds`. Failures older
 * than the window are forgotten, so a victim whose address an attacker hammers gets back in once
 * the attacker stops, and can always reset the password by e-mail meanwhile.
 */
export interface LoginThrottlePolicy {
  freeAttempts: number;
  windowSeconds: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  freeAttempts: 10,
  windowSeconds: 15 * 60,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
};

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * @param failures timestamps (ms) of recent failures for one key (an account or an address)
 * @param now current time (ms)
 */
export function loginThrottleVerdict(
  failures: readonly number[],
  now: number,
  policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
): ThrottleVerdict {
  const recent = failures.filter((at) => now - at < policy.windowSeconds * 1000).sort((a, b) => a - b);
  if (recent.length < policy.freeAttempts) return { allowed: true };
  const excess = recent.length - policy.freeAttempts;
  const delay = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** Math.min(excess, 20));
  const last = recent[recent.length - 1];
  const waitUntil = Math.min(last + delay * 1000, recent[0] + policy.windowSeconds * 1000);
  const retryAfterSeconds = Math.ceil((waitUntil - now) / 1000);
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}
