import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BulkDecisionResult, DecisionView, Language, ModerationNotificationKind, ModerationTargetType } from '@concordia/contracts';
import { DecisionAction, decisionOutcome, decisionReasonProblem, ModerationReason } from '@concordia/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { AppException, badRequest, conflict, forbidden, notFound } from '../common/http/app-exception';
import { translate } from '../common/i18n/messages';
import { safeError } from '../common/logging/safe-error';
import { decisionView, DecisionsReader } from './shared/decisions.reader';
import { ModerationLogWriter } from './shared/moderation-log.repository';
import { ModerationRights } from './shared/moderation-rights.service';
import { ModerationNotices } from './moderation-notices.service';
import { ModerationTarget, ModerationTargetsRepository } from './moderation-targets.repository';

export interface DecisionInput {
  reason?: ModerationReason;
  note?: string;
}

/** What each decision tells the authors. */
const NOTICE: Record<DecisionAction, ModerationNotificationKind> = {
  approve: 'moderation.approved',
  reject: 'moderation.rejected',
  hide: 'moderation.hidden',
  restore: 'moderation.restored',
  confirm_hidden: 'moderation.hidden-confirmed',
};

/**
 * A moderator's decision about one item: checked, applied under the item's row lock, written to
 * the moderation log and told to the authors, all in one transaction.
 */
@Injectable()
export class DecisionsService {
  private readonly logger = new Logger('Moderation');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: ModerationTargetsRepository,
    private readonly rights: ModerationRights,
    private readonly log: ModerationLogWriter,
    private readonly reader: DecisionsReader,
    private readonly notices: ModerationNotices,
  ) {}

  async decide(
    type: ModerationTargetType,
    id: string,
    action: DecisionAction,
    input: DecisionInput,
    auth: AuthContext,
    language: Language,
    expectedStates?: readonly string[],
  ): Promise<DecisionView> {
    const problem = decisionReasonProblem(action, input.reason, input.note);
    if (problem) throw badRequest(`moderation.${problem}`);
    return this.db.transaction(async (manager) => {
      const target = await this.targets.lock(manager, type, id);
      if (!target) throw notFound('moderation.target-not-found');
      await this.rights.assertMayModerate(auth, target.consultationId, manager);
      // Nobody moderates their own words: another moderator will.
      if (target.authorIds.includes(auth.user.id)) throw forbidden('moderation.own-content');
      if (expectedStates && !expectedStates.includes(target.state)) throw conflict('proposals.not-submitted');
      const next = decisionOutcome(type, action, target.state);
      if (!next) throw conflict('moderation.decision-not-applicable', { state: target.state });
      const lineId = await this.apply(manager, target, action, next, input, auth.user.id);
      const row = await this.reader.byId(lineId, manager);
      return decisionView(row as NonNullable<typeof row>, true, language);
    });
  }

  /** Each id in its own transaction and row lock: one refusal does not undo the others. */
  async bulk(type: ModerationTargetType, ids: string[], action: 'approve' | 'reject', input: DecisionInput, auth: AuthContext, language: Language): Promise<BulkDecisionResult> {
    const problem = decisionReasonProblem(action, input.reason, input.note);
    if (problem) throw badRequest(`moderation.${problem}`);
    const results: BulkDecisionResult['results'] = [];
    for (const id of [...new Set(ids)]) {
      try {
        results.push({ id, ok: true, statusCode: 200, decision: await this.decide(type, id, action, input, auth, language) });
      } catch (error) {
        if (!(error instanceof AppException)) this.logger.error({ error: safeError(error), id }, 'bulk decision failed');
        const statusCode = error instanceof AppException ? error.getStatus() : 500;
        const message = error instanceof AppException ? translate(error.messageKey, language, error.params) : translate('error.internal', language);
        results.push({ id, ok: false, statusCode, message });
      }
    }
    return { results };
  }

  private async apply(manager: EntityManager, target: ModerationTarget, action: DecisionAction, next: string, input: DecisionInput, actorId: string): Promise<string> {
    const taking = next === 'rejected' || next === 'hidden';
    await this.targets.setState(manager, target, {
      state: next,
      moderationReason: taking ? (input.reason ?? null) : null,
      stateReason: taking ? (input.note ?? null) : null,
      reviewed: true,
    });
    const line = await this.log.record(
      {
        consultationId: target.consultationId,
        targetType: target.type,
        targetId: target.id,
        actorId,
        action,
        reason: input.reason ?? null,
        note: input.note ?? null,
        previousState: target.state,
        newState: next,
      },
      manager,
    );
    // Approving what is already public ("seen, fine") changes nothing for its authors.
    if (action === 'approve' && target.state === next) return line.id;
    await this.notices.tell(manager, target.authorIds, NOTICE[action], target, {
      reason: input.reason ?? '',
      note: input.note ?? '',
      decisionId: line.id,
    });
    return line.id;
  }
}
