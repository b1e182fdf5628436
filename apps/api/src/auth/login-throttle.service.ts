import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loginThrottleVerdict, DEFAULT_LOGIN_THROTTLE } from '@concordia/domain';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppException } from '../common/http/app-exception';
import { keyedHash } from './tokens';

/**
 * Failed sign-ins are counted per account and per client address, in PostgreSQL so that every
 * API instance sees the same counts. Keys are keyed hashes: no address or IP is stored in clear.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private keys(emailNormalised: string, ip: string): string[] {
    return [keyedHash(this.config.sessionSecret, 'login-account', emailNormalised), keyedHash(this.config.sessionSecret, 'login-ip', ip)];
  }

  async assertAllowed(emailNormalised: string, ip: string): Promise<void> {
    const [account, address] = this.keys(emailNormalised, ip);
    const rows: { throttle_key: string; at: string }[] = await this.db.query(
      `SELECT throttle_key, (extract(epoch FROM failed_at) * 1000)::bigint AS at FROM login_failures
       WHERE throttle_key = ANY($1) AND failed_at > now() - make_interval(secs => $2)`,
      [[account, address], DEFAULT_LOGIN_THROTTLE.windowSeconds],
    );
    const now = Date.now();
    // An address gets more room than an account: many people may share one (a library, a town hall).
    const byAccount = loginThrottleVerdict(rows.filter((r) => r.throttle_key === account).map((r) => Number(r.at)), now);
    const byAddress = loginThrottleVerdict(
      rows.filter((r) => r.throttle_key === address).map((r) => Number(r.at)),
      now,
      { ...DEFAULT_LOGIN_THROTTLE, freeAttempts: 50 },
    );
    const waits = [byAccount, byAddress].flatMap((verdict) => (verdict.allowed ? [] : [verdict.retryAfterSeconds]));
    if (waits.length) {
      const seconds = Math.max(...waits);
      throw new AppException(429, 'auth.login-throttled', { seconds }, { 'Retry-After': String(seconds) });
    }
  }

  async recordFailure(emailNormalised: string, ip: string): Promise<void> {
    const keys = this.keys(emailNormalised, ip);
    await this.db.query(`INSERT INTO login_failures (throttle_key) SELECT unnest($1::text[])`, [keys]);
  }

  /** A successful sign-in or password reset clears the account's count, not the address's. */
  async clearAccount(emailNormalised: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE throttle_key = $1`, [keyedHash(this.config.sessionSecret, 'login-account', emailNormalised)]);
  }
}
