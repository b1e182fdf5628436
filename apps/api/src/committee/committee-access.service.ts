import { Injectable } from '@nestjs/common';
import type { CommitteeRole, CommitteeViewer } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import { forbidden } from '../common/http/app-exception';
import { hasStaffRole, isAdmin } from '../consultations/viewer';
import { CommitteeRepository } from './committee.repository';

export interface CommitteeReader extends CommitteeViewer {
  userId: string;
  role: CommitteeRole | null;
}

/**
 * Who may do what with one consultation's committee. Being on the roster counts only with the
 * `committee` role and a TOTP-verified session, as for every staff endpoint; admins read the
 * workspace but are not members: they neither vote nor read the private notes.
 */
@Injectable()
export class CommitteeAccess {
  constructor(private readonly committee: CommitteeRepository) {}

  async reader(consultationId: string, auth: AuthContext): Promise<CommitteeReader> {
    const role = hasStaffRole(auth, ['committee']) ? await this.committee.roleOf(consultationId, auth.user.id) : null;
    return { userId: auth.user.id, role, isMember: role !== null, isChair: role === 'chair', isAdmin: isAdmin(auth) };
  }

  async memberOrAdmin(consultationId: string, auth: AuthContext): Promise<CommitteeReader> {
    const reader = await this.reader(consultationId, auth);
    if (!reader.isMember && !reader.isAdmin) throw forbidden('committee.members-only');
    return reader;
  }

  async member(consultationId: string, auth: AuthContext): Promise<CommitteeReader> {
    const reader = await this.reader(consultationId, auth);
    if (!reader.isMember) throw forbidden('committee.members-only');
    return reader;
  }

  async chair(consultationId: string, auth: AuthContext): Promise<CommitteeReader> {
    const reader = await this.reader(consultationId, auth);
    if (!reader.isChair) throw forbidden('committee.chair-only');
    return reader;
  }

  async chairOrAdmin(consultationId: string, auth: AuthContext): Promise<CommitteeReader> {
    const reader = await this.reader(consultationId, auth);
    if (!reader.isChair && !reader.isAdmin) throw forbidden('committee.chair-only');
    return reader;
  }
}
