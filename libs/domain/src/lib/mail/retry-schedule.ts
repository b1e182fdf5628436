/**
 * When to try a message again after `attempts` failed deliveries: 30 s, 1 min, 2 min … capped at
 * one hour. An SMTP outage only delays messages, until the retention period for undelivered
 * mail drops them (see retention-periods).
 */
export function nextDeliveryDelaySeconds(attempts: number, baseSeconds = 30, capSeconds = 3600): number {
  if (attempts <= 0) return 0;
  return Math.min(capSeconds, baseSeconds * 2 ** Math.min(attempts - 1, 20));
}
