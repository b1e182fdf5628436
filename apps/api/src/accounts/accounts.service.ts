import { Injectable } from '@nestjs/common';
import type { AccountSummary, Page } from '@concordia/contracts';
import { normaliseRoles, Role } from '@concordia/domain';
import { AppException, conflict } from '../common/http/app-exception';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

function toSummary(user: UserEntity): AccountSummary {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    emailVerified: !!user.emailVerifiedAt,
    totpEnabled: !!user.totpEnabledAt,
    blocked: !!user.blockedAt,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class AccountsService {
  constructor(private readonly users: UsersRepository) {}

  async list(page: number, pageSize: number, q?: string): Promise<Page<AccountSummary>> {
    const { items, total } = await this.users.page(page, pageSize, q || undefined);
    return { items: items.map(toSummary), page, pageSize, total };
  }

  async setRoles(id: string, roles: Role[]): Promise<AccountSummary> {
    const user = await this.users.findById(id);
    if (!user) throw new AppException(404, 'accounts.not-found');
    const next = normaliseRoles(roles);
    if (user.roles.includes('admin') && !next.includes('admin') && (await this.users.countAdmins()) <= 1) {
      throw conflict('accounts.last-admin');
    }
    await this.users.update(id, { roles: next });
    return toSummary({ ...user, roles: next });
  }

  async setBlocked(id: string, blocked: boolean): Promise<AccountSummary> {
    const user = await this.users.findById(id);
    if (!user) throw new AppException(404, 'accounts.not-found');
    await this.users.setBlocked(id, blocked);
    return toSummary({ ...user, blockedAt: blocked ? new Date() : null });
  }
}
