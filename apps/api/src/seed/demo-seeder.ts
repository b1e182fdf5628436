import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseEmail } from '@concordia/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersRepository } from '../accounts/users.repository';
import { AuthService } from '../auth/auth.service';
import { PasswordsService } from '../auth/passwords.service';
import { TotpService } from '../auth/totp.service';
import { ConsultationsRepository } from '../consultations/consultations.repository';
import { ResultsFreezer } from '../votes/results-freezer';
import { DEMO_ACCOUNTS, DEMO_AUTHORS, DemoAccount } from './demo-accounts';
import { DEMO_CONSULTATION, demoSchedule } from './demo-consultation';
import { seedDemoModeration } from './demo-moderation';
import { seedDemoOutcomes } from './demo-outcomes';
import { seedDemoParticipation } from './demo-participation';
import { seedDemoDemographics } from './demo-demographics';

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
    private readonly freezer: ResultsFreezer,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async seed(): Promise<DemoAccount[]> {
    if (this.config.mode === 'production') throw new Error('Demo data is never seeded in production.');
    const ids: Record<string, string> = {};
    for (const account of DEMO_ACCOUNTS) ids[account.email] = await this.ensureAccount(account);
    const authorIds = [ids[DEMO_ACCOUNTS[0].email]];
    for (const author of DEMO_AUTHORS) {
      authorIds.push(await this.ensureAccount({ ...author, password: randomBytes(24).toString('base64url'), roles: ['citizen'] }));
    }
    const voting =
      (await this.consultations.findBySlug(DEMO_CONSULTATION.slug)) ??
      (await this.consultations.insert({ ...DEMO_CONSULTATION, phaseSchedule: demoSchedule(), phaseChangedAt: new Date() }, (saved) => [
        'consultation.created',
        { consultationId: saved.id, consultation: saved.slug, title: saved.title, settings: saved.settings },
      ]));
    await this.db.transaction(async (manager) => {
      await seedDemoParticipation(manager, voting.id, authorIds);
      await seedDemoModeration(manager, voting.id, authorIds);
      const committee = { chairId: ids['comite@concordia.localhost'], memberIds: [ids['comite2@concordia.localhost'], ids['comite3@concordia.localhost']] };
      // The voting consultation's committee is ready for the review that follows the vote.
      await manager.query(
        `INSERT INTO committee_members (consultation_id, user_id, role)
         SELECT $1, unnest($2::uuid[]), unnest($3::text[]) ON CONFLICT DO NOTHING`,
        [voting.id, [committee.chairId, ...committee.memberIds], ['chair', 'member', 'member']],
      );
      await seedDemoOutcomes(manager, authorIds, committee, (m, id) => this.freezer.freeze(m, id));
      await seedDemoDemographics(manager);
    });
    return DEMO_ACCOUNTS;
  }

  private async ensureAccount(account: DemoAccount): Promise<string> {
    const emailNormalised = normaliseEmail(account.email);
    const existing = await this.users.findByEmail(emailNormalised);
    if (existing) return existing.id;
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
    return user.id;
  }
}
