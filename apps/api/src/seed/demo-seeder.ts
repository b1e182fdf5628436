import { Inject, Injectable } from '@nestjs/common';
import { normaliseEmail } from '@concordia/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersRepository } from '../accounts/users.repository';
import { AuthService } from '../auth/auth.service';
import { PasswordsService } from '../auth/passwords.service';
import { TotpService } from '../auth/totp.service';
import { ConsultationsRepository } from '../consultations/consultations.repository';
import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import { DEMO_CONSULTATION } from './demo-consultation';

/** Idempotent: each start adds only what is missing, never touches what people changed. */
@Injectable()
export class DemoSeeder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly passwords: PasswordsService,
    private readonly totp: TotpService,
    private readonly consultations: ConsultationsRepository,
  ) {}

  async seed(): Promise<DemoAccount[]> {
    if (this.config.mode === 'production') throw new Error('Demo data is never seeded in production.');
    for (const account of DEMO_ACCOUNTS) await this.ensureAccount(account);
    if (!(await this.consultations.findBySlug(DEMO_CONSULTATION.slug))) await this.consultations.insert({ ...DEMO_CONSULTATION });
    return DEMO_ACCOUNTS;
  }

  private async ensureAccount(account: DemoAccount): Promise<void> {
    const emailNormalised = normaliseEmail(account.email);
    if (await this.users.findByEmail(emailNormalised)) return;
    const user = await this.users.insert({
      email: account.email,
      emailNormalised,
      emailHmac: this.auth.emailHmac(emailNormalised),
      displayName: account.displayName,
      passwordHash: await this.passwords.hash(account.password),
      roles: account.roles,
      language: 'fr',
      emailVerifiedAt: new Date(),
    });
    if (account.totpSecret) {
      await this.users.update(user.id, { totpSecret: this.totp.seal(account.totpSecret), totpEnabledAt: new Date() });
    }
  }
}
