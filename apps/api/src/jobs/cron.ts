/**
 * Every n minutes as cron. The job system's resolution is a minute, so shorter settings run every
 * minute; past an hour, cron steps in whole hours.
 */
export function everyMinutesCron(minutes: number): string {
  if (minutes <= 1) return '* * * * *';
  if (minutes < 60) return `*/${minutes} * * * *`;
  return `0 */${Math.min(Math.ceil(minutes / 60), 23)} * * *`;
}
