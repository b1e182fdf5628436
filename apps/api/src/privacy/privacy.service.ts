import { Inject, Injectable, Logger } from '@nestjs/common';
import { EXPORT_FORMAT_VERSION, erasureNeedsTotp, erasureRefusal, normaliseEmail } from '@concordia/domain';
import { AppException, badRequest, conflict, forbidden } from '../common/http/app-exception';
import type { UserEntity } from '../accounts/user.entity';
import { UsersRepository } from '../accounts/users.repository';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { PasswordsService } from '../auth/passwords.service';
import { keyedHash } from '../auth/tokens';
import { TotpService } from '../auth/totp.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ExportOwner, ListSection, PrivacyRepository } from './privacy.repository';

/** The lists of the export, in the order they are written. */
const LISTS: ListSection[] = [
  'consultationParticipation',
  'sessions',
  'comments',
  'openBallots',
  'secretBallotsCast',
  'reports',
  'appeals',
  'notifications',
  'committeeMemberships',
  'committeeNotes',
  'committeeBallots',
  'moderationActions',
];

@Injectable()
export class PrivacyService {
  private readonly logger = new Logger('Privacy');

  constructor(
    private readonly repository: PrivacyRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordsService,
    private readonly totp: TotpService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The export as JSON text in pieces (a PrivacyExport once joined): each section is read page by
   * page and written as it comes, so memory stays flat however much a person contributed.
   */
  async *exportChunks(user: UserEntity, at = new Date()): AsyncGenerator<string> {
    const owner: ExportOwner = { userId: user.id, participantId: user.participantId };
    const account = await this.repository.account(user.id);
    if (!account) throw new AppException(404, 'accounts.not-found');
    const head = { format: 'concordia-export', formatVersion: EXPORT_FORMAT_VERSION, generatedAt: at.toISOString(), account, preferences: { language: account.language } };
    yield JSON.stringify(head, null, 1).replace(/\n}$/, '');
    yield* this.list('proposals', this.proposals(owner));
    for (const section of LISTS) yield* this.list(section, this.repository.pages(section, owner));
    yield `,\n "demographics": ${JSON.stringify(await this.repository.demographics(user.participantId))}\n}\n`;
  }

  private async *list(name: string, pages: AsyncIterable<unknown[]>): AsyncGenerator<string> {
    yield `,\n ${JSON.stringify(name)}: [`;
    let separator = '';
    for await (const page of pages) {
      let chunk = '';
      for (const item of page) {
        chunk += `${separator}\n  ${JSON.stringify(item)}`;
        separator = ',';
      }
      yield chunk;
    }
    yield separator ? '\n ]' : ']';
  }

  private async *proposals(owner: ExportOwner): AsyncGenerator<unknown[]> {
    for await (const page of this.repository.pages('proposals', owner, 100)) {
      const versions = await this.repository.versions(page.map((p) => p['id'] as string));
      yield page.map((proposal) => ({
        ...proposal,
        versions: versions.filter((v) => v['proposalId'] === proposal['id']).map(({ proposalId: _, ...version }) => version),
      }));
    }
  }

  /** Self-service erasure: the same proof as signing in (password, then TOTP when the account has or needs it). */
  async eraseSelf(auth: AuthContext, password: string, totpCode: string | undefined, client: ClientInfo): Promise<void> {
    const { user } = auth;
    await this.throttle.assertAllowed(user.emailNormalised, client.ip);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      await this.throttle.recordFailure(user.emailNormalised, client.ip);
      throw badRequest('privacy.wrong-password');
    }
    if (erasureNeedsTotp({ roles: user.roles, totpEnabled: !!user.totpEnabledAt })) {
      // Staff just given a role may not have enrolled yet: they are sent to do so, not asked for a code they cannot have.
      if (!user.totpSecret || !user.totpEnabledAt) throw forbidden('auth.second-factor-required');
      if (!totpCode) throw badRequest('privacy.totp-required');
      if (!(await this.totpAccepted(user, totpCode))) {
        await this.throttle.recordFailure(user.emailNormalised, client.ip);
        throw badRequest('auth.totp-invalid');
      }
    }
    await this.erase(user.id, null);
    this.logger.log({ event: 'account.erased', userId: user.id, by: 'self' });
  }

  async eraseByAdmin(auth: AuthContext, userId: string): Promise<void> {
    await this.erase(userId, auth.user.id);
    this.logger.log({ event: 'account.erased', userId, by: 'admin', adminId: auth.user.id });
  }

  private async totpAccepted(user: UserEntity, code: string): Promise<boolean> {
    const step = this.totp.verify(this.totp.open(user.totpSecret as string), code);
    return step !== null && (await this.users.claimTotpStep(user.id, step));
  }

  private async erase(userId: string, erasedBy: string | null): Promise<void> {
    const erased = await this.repository.transaction(async (manager) => {
      const locked = await this.repository.lockForErasure(manager, userId);
      if (!locked) throw new AppException(404, 'accounts.not-found');
      if (erasureRefusal({ roles: locked.target.roles as UserEntity['roles'] }, locked.adminCount) === 'last-admin') {
        throw conflict('privacy.last-admin');
      }
      await this.repository.erase(manager, locked.target, erasedBy, keyedHash(this.config.sessionSecret, 'mail-recipient', normaliseEmail(locked.target.email)));
      return locked.target;
    });
    // Failed sign-ins are counted under a keyed hash of the address: personal data too.
    await this.throttle.clearAccount(erased.emailNormalised);
  }
}
