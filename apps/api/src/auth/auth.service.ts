import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Language, LoginResponse, SessionInfo, TotpEnrolment } from '@concordia/contracts';
import { isStaff, normaliseEmail } from '@concordia/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppException, badRequest, conflict, forbidden, unauthorized } from '../common/http/app-exception';
import { UsersRepository } from '../accounts/users.repository';
import type { UserEntity } from '../accounts/user.entity';
import { MailService } from '../mail/mail.service';
import { accountMail } from '../mail/mail-templates';
import type { AuthContext } from './auth-context';
import { EmailTokensRepository } from './email-tokens.repository';
import { LoginThrottleService } from './login-throttle.service';
import { toMe } from './me.mapper';
import { PasswordsService } from './passwords.service';
import { SessionsRepository } from './sessions.repository';
import { keyedHash } from './tokens';
import { TotpService } from './totp.service';

const VERIFY_TTL = 24 * 3600;
const RESET_TTL = 3600;

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  language: Language;
}

export interface SignInResult {
  response: LoginResponse;
  token?: string;
}

@Injectable()
export class AuthService {
  /** Verifying against this when the account does not exist keeps response times alike. */
  private dummyHash?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly emailTokens: EmailTokensRepository,
    private readonly passwords: PasswordsService,
    private readonly throttle: LoginThrottleService,
    private readonly totp: TotpService,
    private readonly mail: MailService,
  ) {}

  emailHmac(emailNormalised: string): string {
    return keyedHash(this.config.sessionSecret, 'identity', emailNormalised);
  }

  async register(input: { email: string; displayName: string; password: string }, language: Language): Promise<void> {
    const emailNormalised = normaliseEmail(input.email);
    this.passwords.assertAcceptable(input.password, { email: emailNormalised, displayName: input.displayName });
    if (await this.users.findByEmail(emailNormalised)) throw conflict('auth.email-taken');
    let user: UserEntity;
    try {
      user = await this.users.insert({
        email: input.email.trim(),
        emailNormalised,
        emailHmac: this.emailHmac(emailNormalised),
        displayName: input.displayName,
        passwordHash: await this.passwords.hash(input.password),
        roles: ['citizen'],
        language,
      });
    } catch (error) {
      // Two sign-ups racing for one address: the unique constraint decides.
      if ((error as { code?: string }).code === '23505') throw conflict('auth.email-taken');
      throw error;
    }
    await this.sendVerification(user);
  }

  private async sendVerification(user: UserEntity): Promise<void> {
    const token = await this.emailTokens.issue(user.id, 'verify-email', VERIFY_TTL);
    const link = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    await this.mail.enqueue(accountMail('verify-email', user.language, user.email, user.displayName, link));
  }

  async verifyEmail(token: string): Promise<void> {
    const userId = await this.emailTokens.consume(token, 'verify-email');
    if (!userId) throw badRequest('auth.token-invalid');
    await this.users.update(userId, { emailVerifiedAt: new Date() });
  }

  /** Answers the same whether or not the address is known, so it reveals nothing. */
  async resendVerification(email: string): Promise<void> {
    const user = await this.users.findByEmail(normaliseEmail(email));
    if (user && !user.emailVerifiedAt) await this.sendVerification(user);
  }

  async login(input: { email: string; password: string }, client: ClientInfo): Promise<SignInResult> {
    const emailNormalised = normaliseEmail(input.email);
    await this.throttle.assertAllowed(emailNormalised, client.ip);
    const user = await this.users.findByEmail(emailNormalised);
    const valid = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verify(await this.dummy(), input.password).then(() => false);
    if (!user || !valid) {
      await this.throttle.recordFailure(emailNormalised, client.ip);
      throw unauthorized('auth.bad-credentials');
    }
    if (!user.emailVerifiedAt) throw forbidden('auth.email-not-verified');
    await this.throttle.clearAccount(emailNormalised);
    const awaiting = !!user.totpEnabledAt;
    const { token } = await this.sessions.create(user.id, { awaitingSecondFactor: awaiting, secondFactorVerified: false }, client.userAgent);
    return awaiting ? { token, response: { status: 'totp-required' } } : { token, response: { status: 'signed-in', me: toMe(user) } };
  }

  /** Second step: the half-open session is replaced by a new one, so its token never grants more. */
  async completeLogin(auth: AuthContext | undefined, code: string, client: ClientInfo): Promise<SignInResult> {
    if (!auth?.session.awaitingSecondFactor || !auth.user.totpSecret) throw unauthorized('auth.totp-not-pending');
    await this.throttle.assertAllowed(auth.user.emailNormalised, client.ip);
    if (!(await this.checkCode(auth.user, this.totp.open(auth.user.totpSecret), code))) {
      await this.throttle.recordFailure(auth.user.emailNormalised, client.ip);
      throw badRequest('auth.totp-invalid');
    }
    await this.sessions.delete(auth.session.id);
    const { token } = await this.sessions.create(auth.user.id, { awaitingSecondFactor: false, secondFactorVerified: true }, client.userAgent);
    return { token, response: { status: 'signed-in', me: toMe(auth.user) } };
  }

  private async checkCode(user: UserEntity, secret: string, code: string): Promise<boolean> {
    const step = this.totp.verify(secret, code);
    return step !== null && (await this.users.claimTotpStep(user.id, step));
  }

  async logout(auth: AuthContext): Promise<void> {
    await this.sessions.delete(auth.session.id);
  }

  async forgotPassword(email: string): Promise<void> {
    const user = await this.users.findByEmail(normaliseEmail(email));
    if (!user) return;
    const token = await this.emailTokens.issue(user.id, 'reset-password', RESET_TTL);
    const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mail.enqueue(accountMail('reset-password', user.language, user.email, user.displayName, link));
  }

  async resetPassword(token: string, password: string): Promise<void> {
    // A refused password must not use up the link: check it first, then consume the token atomically.
    const userId = await this.emailTokens.peek(token, 'reset-password');
    const user = userId ? await this.users.findById(userId) : null;
    if (!user) throw badRequest('auth.token-invalid');
    this.passwords.assertAcceptable(password, { email: user.emailNormalised, displayName: user.displayName });
    if ((await this.emailTokens.consume(token, 'reset-password')) !== user.id) throw badRequest('auth.token-invalid');
    // The link proved the mailbox, so the address counts as verified too.
    await this.users.update(user.id, { passwordHash: await this.passwords.hash(password), emailVerifiedAt: user.emailVerifiedAt ?? new Date() });
    await this.sessions.deleteAllForUser(user.id);
    await this.throttle.clearAccount(user.emailNormalised);
  }

  async changePassword(auth: AuthContext, currentPassword: string, newPassword: string): Promise<void> {
    const { user } = auth;
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) throw badRequest('auth.wrong-password');
    this.passwords.assertAcceptable(newPassword, { email: user.emailNormalised, displayName: user.displayName });
    await this.users.update(user.id, { passwordHash: await this.passwords.hash(newPassword) });
    await this.sessions.deleteAllForUser(user.id, auth.session.id);
    await this.mail.enqueue(accountMail('password-changed', user.language, user.email, user.displayName));
  }

  async listSessions(auth: AuthContext): Promise<SessionInfo[]> {
    const sessions = await this.sessions.listForUser(auth.user.id);
    return sessions.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      userAgent: s.userAgent,
      current: s.id === auth.session.id,
    }));
  }

  async revokeSession(auth: AuthContext, id: string): Promise<void> {
    if (!(await this.sessions.deleteForUser(auth.user.id, id))) throw new AppException(HttpStatus.NOT_FOUND, 'auth.session-not-found');
  }

  async startTotpEnrolment(auth: AuthContext): Promise<TotpEnrolment> {
    const secret = this.totp.newSecret();
    await this.users.update(auth.user.id, { totpPendingSecret: this.totp.seal(secret) });
    return this.totp.enrolment(secret, auth.user.email);
  }

  /** Confirming with a first code proves the authenticator works; this session counts as verified. */
  async confirmTotpEnrolment(auth: AuthContext, code: string): Promise<void> {
    const pending = auth.user.totpPendingSecret;
    if (!pending) throw badRequest('auth.totp-no-enrolment');
    if (!(await this.checkCode(auth.user, this.totp.open(pending), code))) throw badRequest('auth.totp-invalid');
    await this.users.update(auth.user.id, { totpSecret: pending, totpPendingSecret: null, totpEnabledAt: new Date() });
    await this.sessions.markSecondFactorVerified(auth.session.id);
  }

  async disableTotp(auth: AuthContext, password: string): Promise<void> {
    if (isStaff(auth.user.roles)) throw conflict('auth.totp-required-for-staff');
    if (!(await this.passwords.verify(auth.user.passwordHash, password))) throw badRequest('auth.wrong-password');
    await this.users.update(auth.user.id, { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null });
  }

  async setLanguage(auth: AuthContext, language: Language): Promise<void> {
    await this.users.update(auth.user.id, { language });
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.passwords.hash('concordia-timing-equaliser');
    return this.dummyHash;
  }
}
