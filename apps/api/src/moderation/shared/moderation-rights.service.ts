import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../../auth/auth-context';
import { forbidden } from '../../common/http/app-exception';
import { hasStaffRole, Viewer } from '../../consultations/viewer';

/** Every consultation, or the ones listed. */
export type ModerationScope = { all: true } | { all: false; consultationIds: string[] };

/**
 * Who moderates what: moderators and admins every consultation; holders of the committee role
 * the consultations whose committee roster (committee_members) lists them. Staff powers count
 * only once the session passed the second factor, as everywhere else.
 */
@Injectable()
export class ModerationRights {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async scope(viewer: Viewer, manager: EntityManager = this.db.manager): Promise<ModerationScope> {
    if (hasStaffRole(viewer, ['moderator', 'admin'])) return { all: true };
    if (!viewer || !hasStaffRole(viewer, ['committee'])) return { all: false, consultationIds: [] };
    const rows: { consultation_id: string }[] = await manager.query(`SELECT consultation_id FROM committee_members WHERE user_id = $1`, [viewer.user.id]);
    return { all: false, consultationIds: rows.map((row) => row.consultation_id) };
  }

  async mayModerate(viewer: Viewer, consultationId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    if (hasStaffRole(viewer, ['moderator', 'admin'])) return true;
    if (!viewer || !hasStaffRole(viewer, ['committee'])) return false;
    const rows = await manager.query(`SELECT 1 FROM committee_members WHERE consultation_id = $1 AND user_id = $2`, [consultationId, viewer.user.id]);
    return rows.length > 0;
  }

  /** 403 with a message saying why, for a committee member outside their consultation's roster. */
  async assertMayModerate(auth: AuthContext, consultationId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.mayModerate(auth, consultationId, manager))) throw forbidden('moderation.not-your-consultation');
  }
}
