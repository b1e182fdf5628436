import { everyMinutesCron } from './cron';

describe('everyMinutesCron', () => {
  it('runs every minute for a minute or less (PHASE_SCHEDULER_MS below 60000 is rounded up)', () => {
    expect(everyMinutesCron(1)).toBe('* * * * *');
  });
  it('steps in minutes below an hour, in whole hours above', () => {
    expect(everyMinutesCron(5)).toBe('*/5 * * * *');
    expect(everyMinutesCron(60)).toBe('0 */1 * * *');
    expect(everyMinutesCron(90)).toBe('0 */2 * * *');
    expect(everyMinutesCron(24 * 60)).toBe('0 */23 * * *');
  });
});
