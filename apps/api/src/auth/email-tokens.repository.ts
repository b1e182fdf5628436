import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from './tokens';

export type EmailTokenPurpose = 'verify-email' | 'reset-password';

@Injectable()
export class EmailTokensRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A new link replaces the unused ones of the same purpose. */
  async issue(userId: string, purpose: EmailTokenPurpose, ttlSeconds: number): Promise<string> {
    const token = newToken();
    await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM email_tokens WHERE user_id = $1 AND purpose = $2`, [userId, purpose]);
      await manager.query(
        `INSERT INTO email_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
        [hashToken(token), userId, purpose, ttlSeconds],
      );
    });
    return token;
  }

  /** Who a still-valid token belongs to, without using it up (to check a new password first). */
  async peek(token: string, purpose: EmailTokenPurpose): Promise<string | null> {
    const rows: { user_id: string }[] = await this.db.query(
      `SELECT user_id FROM email_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [hashToken(token), purpose],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Single use even under concurrent clicks: the UPDATE marks it used or finds nothing. */
  async consume(token: string, purpose: EmailTokenPurpose): Promise<string | null> {
    const rows: { user_id: string }[] = await this.db.query(
      `UPDATE email_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [hashToken(token), purpose],
    ).then((result: unknown) => (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { user_id: string }[]);
    return rows[0]?.user_id ?? null;
  }
}
