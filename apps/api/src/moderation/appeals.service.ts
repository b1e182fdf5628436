import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppealListItem, AppealOutcome, AppealView, DecisionView, Language, Page } from '@concordia/contracts';
import { AppealDeciderProblem, appealDeciderProblem, appealOutcomeState, appealProblem, REASONED_ACTIONS } from '@concordia/domain';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { AppException, conflict, forbidden, notFound } from '../common/http/app-exception';
import { ConsultationsRepository } from '../consultations/consultations.repository';
import { AppealListRow, AppealRow, AppealsRepository } from './appeals.repository';
import type { AppealsQueryDto } from './moderation.dto';
import { ModerationNotices } from './moderation-notices.service';
import { ModerationTargetsRepository } from './moderation-targets.repository';
import { scopedConsultations } from './queue.service';
import { appealView, DecisionRow, decisionView, DecisionsReader, isAppealable } from './shared/decisions.reader';
import { ModerationLogWriter } from './shared/moderation-log.repository';
import { ModerationRights } from './shared/moderation-rights.service';

const DECIDER_PROBLEM_KEYS: Record<AppealDeciderProblem, string> = {
  'cannot-moderate': 'moderation.not-your-consultation',
  'made-the-decision': 'moderation.appeal-own-decision',
  'is-party': 'moderation.appeal-is-party',
};

function toAppealView(row: AppealRow): AppealView {
  return appealView({
    id: row.decision_id,
    appeal_id: row.id,
    appeal_text: row.text,
    appeal_created_at: row.created_at,
    appeal_outcome: row.outcome,
    appeal_note: row.note,
    appeal_decided_at: row.decided_at,
  }) as AppealView;
}

/**
 * Appeals: an author asks once per decision for another look; a different moderator or an admin
 * answers. Whoever made the decision never decides its appeal (403), nor does an author.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly appeals: AppealsRepository,
    private readonly decisions: DecisionsReader,
    private readonly targets: ModerationTargetsRepository,
    private readonly rights: ModerationRights,
    private readonly consultations: ConsultationsRepository,
    private readonly log: ModerationLogWriter,
    private readonly notices: ModerationNotices,
  ) {}

  /** A decision as its author or a moderator of its consultation reads it; 404 for anyone else. */
  async decision(id: string, auth: AuthContext, language: Language): Promise<DecisionView> {
    const row = await this.decisions.byId(id);
    if (!row) throw notFound('moderation.decision-not-found');
    const [moderator, author] = await Promise.all([this.rights.mayModerate(auth, row.consultation_id), this.isAuthor(row, auth.user.id)]);
    if (!moderator && !author) throw notFound('moderation.decision-not-found');
    const view = decisionView(row, moderator, language);
    return { ...view, appealable: view.appealable && author };
  }

  async appeal(decisionId: string, text: string, auth: AuthContext): Promise<AppealView> {
    try {
      return await this.db.transaction(async (manager) => {
        const found = await this.decisions.byId(decisionId, manager);
        if (!found) throw notFound('moderation.decision-not-found');
        // The item's lock orders the appeal with decisions and edits of the same item.
        const target = await this.targets.lock(manager, found.proposal_id ? 'proposal' : 'comment', (found.proposal_id ?? found.comment_id) as string);
        const decision = (await this.decisions.byId(decisionId, manager)) as DecisionRow;
        if (!target) throw notFound('moderation.decision-not-found');
        const problem = appealProblem({ id: decision.id, decidedBy: decision.actor_id ?? '', authorIds: target.authorIds }, auth.user.id, decision.appeal_id ? [decision.id] : []);
        if (problem === 'not-author') throw forbidden('moderation.appeal-not-author');
        if (problem === 'already-appealed') throw conflict('moderation.already-appealed');
        if (!REASONED_ACTIONS.includes(decision.action)) throw conflict('moderation.not-appealable');
        if (!isAppealable(decision)) throw conflict('moderation.decision-superseded');
        const appeal = await this.appeals.insert(manager, decision, auth.user.id, text);
        await this.log.record(
          { consultationId: target.consultationId, targetType: target.type, targetId: target.id, actorId: auth.user.id, action: 'appeal', decisionId: decision.id },
          manager,
        );
        return toAppealView(appeal);
      });
    } catch (error) {
      // Two co-authors appealing at once: the unique decision_id lets one through.
      if ((error as { code?: string }).code === '23505') throw conflict('moderation.already-appealed');
      throw error;
    }
  }

  async list(query: AppealsQueryDto, auth: AuthContext, language: Language): Promise<Page<AppealListItem>> {
    const consultationIds = await scopedConsultations(this.rights, this.consultations, auth, query.consultation);
    const { page, pageSize } = query;
    const { rows, total } = await this.appeals.page({ consultationIds, status: query.status ?? 'open' }, page, pageSize);
    const items: AppealListItem[] = [];
    for (const row of rows) {
      const decision = (await this.decisions.byId(row.decision_id)) as DecisionRow;
      items.push(this.listItem(row, decision, auth, language));
    }
    return { items, page, pageSize, total };
  }

  async decide(appealId: string, outcome: AppealOutcome, note: string | null, auth: AuthContext): Promise<AppealView> {
    return this.db.transaction(async (manager) => {
      const found = await this.appeals.lock(manager, appealId);
      if (!found) throw new AppException(404, 'moderation.appeal-not-found');
      const decision = (await this.decisions.byId(found.decision_id, manager)) as DecisionRow;
      const target = await this.targets.lock(manager, decision.proposal_id ? 'proposal' : 'comment', (decision.proposal_id ?? decision.comment_id) as string);
      if (!target) throw new AppException(404, 'moderation.appeal-not-found');
      const mayModerate = await this.rights.mayModerate(auth, target.consultationId, manager);
      const problem = appealDeciderProblem({ id: decision.id, decidedBy: decision.actor_id ?? '', authorIds: target.authorIds }, { id: auth.user.id, mayModerate });
      if (problem) throw forbidden(DECIDER_PROBLEM_KEYS[problem]);
      if (found.outcome) throw conflict('moderation.appeal-already-decided');
      const decided = await this.appeals.decide(manager, found.id, outcome, note, auth.user.id);
      // Overturned: back in public view, unless the item moved on meanwhile (edited and resubmitted, say).
      const next = appealOutcomeState(decision.new_state, outcome);
      const moves = outcome === 'overturned' && target.state === decision.new_state;
      if (moves) await this.targets.setState(manager, target, { state: next, moderationReason: null, stateReason: null, reviewed: true });
      await this.log.record(
        {
          consultationId: target.consultationId,
          targetType: target.type,
          targetId: target.id,
          actorId: auth.user.id,
          action: outcome === 'overturned' ? 'appeal_overturned' : 'appeal_upheld',
          note,
          previousState: target.state,
          newState: moves ? next : target.state,
          decisionId: decision.id,
        },
        manager,
      );
      const kind = outcome === 'overturned' ? 'moderation.appeal-overturned' : 'moderation.appeal-upheld';
      await this.notices.tell(manager, target.authorIds, kind, target, { note: note ?? '', decisionId: decision.id, reason: decision.reason ?? '' });
      return toAppealView(decided);
    });
  }

  private listItem(row: AppealListRow, decision: DecisionRow, auth: AuthContext, language: Language): AppealListItem {
    const problem = appealDeciderProblem({ id: decision.id, decidedBy: decision.actor_id ?? '', authorIds: row.author_ids }, { id: auth.user.id, mayModerate: true });
    return {
      ...toAppealView(row),
      decision: decisionView(decision, true, language),
      consultation: { slug: row.consultation_slug, title: row.consultation_title },
      proposal: { id: row.proposal_id, ref: Number(row.proposal_ref), title: row.proposal_title },
      canDecide: !row.outcome && problem === null,
    };
  }

  private async isAuthor(row: DecisionRow, userId: string): Promise<boolean> {
    const target = await this.targets.read(this.db.manager, row.proposal_id ? 'proposal' : 'comment', (row.proposal_id ?? row.comment_id) as string);
    return !!target && target.authorIds.includes(userId);
  }
}
