import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@concordia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  emailNormalised: string;
  emailHmac: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  language: 'fr' | 'en';
  emailVerifiedAt?: Date | null;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private repo(manager: EntityManager = this.db.manager) {
    return manager.getRepository(UserEntity);
  }

  findById(id: string) {
    return this.repo().findOneBy({ id });
  }

  findByEmail(emailNormalised: string) {
    return this.repo().findOneBy({ emailNormalised });
  }

  /**
   * The identity register keeps a keyed hash of the address, so someone who erases the account and
   * signs up again gets the same participant identity (and so no second vote).
   * Throws the unique-violation of users_email_unique when the address is taken.
   */
  async insert(user: NewUser): Promise<UserEntity> {
    return this.db.transaction(async (manager) => {
      const [{ participant_id: participantId }] = await manager.query(
        `INSERT INTO identity_register (email_hmac) VALUES ($1)
         ON CONFLICT (email_hmac) DO UPDATE SET email_hmac = EXCLUDED.email_hmac
         RETURNING participant_id`,
        [user.emailHmac],
      );
      const { emailHmac: _, ...fields } = user;
      return this.repo(manager).save(this.repo(manager).create({ ...fields, participantId }));
    });
  }

  async update(id: string, fields: Partial<UserEntity>) {
    await this.repo().update({ id }, fields);
  }

  async page(page: number, pageSize: number, search?: string) {
    const query = this.repo().createQueryBuilder('u').orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'ASC');
    if (search) {
      query.where('(u.email_normalised ILIKE :q OR u.display_name ILIKE :q)', { q: `%${search.replace(/[%_\\]/g, '\\$&')}%` });
    }
    const [items, total] = await query.skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items, total };
  }

  async countAdmins(): Promise<number> {
    const [{ count }] = await this.db.query(`SELECT count(*)::int AS count FROM users WHERE 'admin' = ANY(roles)`);
    return count;
  }

  /** Consumes a TOTP time step once: a code seen on the wire cannot be replayed. */
  async claimTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
      [id, step],
    );
    return result[1] > 0 || (Array.isArray(result[0]) && result[0].length > 0);
  }

  /** Blocking ends every session at once, in the same transaction. */
  async setBlocked(id: string, blocked: boolean) {
    await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE users SET blocked_at = CASE WHEN $2 THEN now() ELSE NULL END WHERE id = $1`, [id, blocked]);
      if (blocked) await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [id]);
    });
  }
}
