import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { SessionEntity } from './session.entity';
import { hashToken, newToken } from './tokens';

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(SessionEntity);
  }

  async create(userId: string, flags: { awaitingSecondFactor: boolean; secondFactorVerified: boolean }, userAgent: string | null) {
    const token = newToken();
    const session = await this.repo.save(
      this.repo.create({ tokenHash: hashToken(token), userId, ...flags, userAgent: userAgent?.slice(0, 300) ?? null, lastSeenAt: new Date() }),
    );
    return { token, session };
  }

  findByToken(token: string) {
    return this.repo.findOneBy({ tokenHash: hashToken(token) });
  }

  async touch(id: string, at: Date) {
    await this.repo.update({ id }, { lastSeenAt: at });
  }

  listForUser(userId: string) {
    return this.repo.find({ where: { userId, awaitingSecondFactor: false }, order: { lastSeenAt: 'DESC' }, take: 100 });
  }

  async delete(id: string) {
    await this.repo.delete({ id });
  }

  async deleteForUser(userId: string, id: string): Promise<boolean> {
    const result = await this.repo.delete({ id, userId });
    return (result.affected ?? 0) > 0;
  }

  async deleteAllForUser(userId: string, exceptId?: string) {
    await this.repo.delete(exceptId ? { userId, id: Not(exceptId) } : { userId });
  }

  async markSecondFactorVerified(id: string) {
    await this.repo.update({ id }, { secondFactorVerified: true });
  }
}
