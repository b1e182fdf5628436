import { generateSync } from 'otplib';
import type { DemoAccount } from './demo-accounts';

export function printDemoAccounts(accounts: DemoAccount[], say: (line: string) => void): void {
  say('');
  say('Demo accounts (development only — never created in production):');
  for (const account of accounts) {
    const totp = account.totpSecret ? `  TOTP secret ${account.totpSecret} (code now: ${generateSync({ secret: account.totpSecret })})` : '';
    say(`  ${account.roles.filter((r) => r !== 'citizen').join('+') || 'citizen'}: ${account.email} / ${account.password}${totp}`);
  }
  say('');
}
