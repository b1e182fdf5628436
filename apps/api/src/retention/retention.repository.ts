import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The deletions behind the retention periods; each answers how many rows it removed. Ages use the database clock. */
@Injectable()
export class RetentionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Accounts never verified since sign-up: sessions, tokens and notifications go with them (ON
   * DELETE CASCADE). Their identity-register entry goes too, unless someone still holds that
   * participant identity or it carries ballots (a re-registration after erasure keeps its vote).
   */
  async deleteUnverifiedAccounts(olderThanSeconds: number): Promise<{ accounts: number; identities: number }> {
    return this.db.transaction(async (manager) => {
      const [deleted]: [{ participant_id: string }[], number] = await manager.query(
        `DELETE FROM users WHERE email_verified_at IS NULL AND created_at < now() - make_interval(secs => $1) RETURNING participant_id`,
        [olderThanSeconds],
      );
      if (!deleted.length) return { accounts: 0, identities: 0 };
      const [, identities] = await manager.query(
        `DELETE FROM identity_register r WHERE r.participant_id = ANY($1::uuid[])
           AND NOT EXISTS (SELECT 1 FROM users u WHERE u.participant_id = r.participant_id)
           AND NOT EXISTS (SELECT 1 FROM ballots b WHERE b.participant_id = r.participant_id)
           AND NOT EXISTS (SELECT 1 FROM vote_register v WHERE v.participant_id = r.participant_id)`,
        [deleted.map((row) => row.participant_id)],
      );
      return { accounts: deleted.length, identities: Number(identities) };
    });
  }

  /** Sessions past their idle or absolute lifetime (the middleware already refuses them). */
  async deleteExpiredSessions(idleSeconds: number, absoluteSeconds: number): Promise<number> {
    return this.count(
      `DELETE FROM sessions WHERE last_seen_at <= now() - make_interval(secs => $1) OR created_at <= now() - make_interval(secs => $2)`,
      [idleSeconds, absoluteSeconds],
    );
  }

  async deleteSpentEmailTokens(): Promise<number> {
    return this.count(`DELETE FROM email_tokens WHERE used_at IS NOT NULL OR expires_at <= now()`);
  }

  async deleteLoginFailures(olderThanSeconds: number): Promise<number> {
    return this.count(`DELETE FROM login_failures WHERE failed_at < now() - make_interval(secs => $1)`, [olderThanSeconds]);
  }

  async deleteSentMail(olderThanSeconds: number): Promise<number> {
    return this.count(`DELETE FROM mail_outbox WHERE sent_at < now() - make_interval(secs => $1)`, [olderThanSeconds]);
  }

  async deleteUndeliveredMail(olderThanSeconds: number): Promise<number> {
    return this.count(`DELETE FROM mail_outbox WHERE sent_at IS NULL AND created_at < now() - make_interval(secs => $1)`, [olderThanSeconds]);
  }

  private async count(sql: string, parameters: unknown[] = []): Promise<number> {
    const [, affected] = await this.db.query(sql, parameters);
    return Number(affected);
  }
}
