import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MergeResult } from '@concordia/contracts';
import { ConsultationPhase, MergeProblem, mergeProblem } from '@concordia/domain';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { AppException, badRequest, conflict, forbidden, notFound } from '../common/http/app-exception';
import { ProposalsRepository } from '../proposals/proposals.repository';
import type { MergeDto } from './moderation.dto';
import { ModerationNotices } from './moderation-notices.service';
import { ModerationTargetsRepository } from './moderation-targets.repository';
import { MergeRepository, MergeRow } from './merge.repository';
import { ModerationLogWriter } from './shared/moderation-log.repository';
import { ModerationRights } from './shared/moderation-rights.service';

/** Bad requests (400): the pair can never be merged. Conflicts (409): not in the current state. */
const PROBLEMS: Record<MergeProblem, { status: 400 | 409; key: string }> = {
  'same-proposal': { status: 400, key: 'moderation.merge-same' },
  'other-consultation': { status: 400, key: 'moderation.merge-other-consultation' },
  'different-round': { status: 400, key: 'moderation.merge-different-round' },
  'source-not-mergeable': { status: 409, key: 'moderation.merge-source-state' },
  'target-not-published': { status: 409, key: 'moderation.merge-target-state' },
  'voting-closed': { status: 409, key: 'moderation.merge-voting-closed' },
  'secret-ballots-overlap': { status: 409, key: 'moderation.merge-secret-overlap' },
};

/**
 * Merging a duplicate A into B, in one transaction: A becomes `merged` (merged_into = B) and
 * redirects there; A's authors become co-authors of B; A's ballots move to B where that
 * participant has none on B. See mergeProblem (libs/domain) for the secret-ballot rule.
 */
@Injectable()
export class MergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalsRepository,
    private readonly merges: MergeRepository,
    private readonly targets: ModerationTargetsRepository,
    private readonly rights: ModerationRights,
    private readonly log: ModerationLogWriter,
    private readonly notices: ModerationNotices,
  ) {}

  async merge(input: MergeDto, auth: AuthContext): Promise<MergeResult> {
    const [fromFound, intoFound] = await Promise.all([this.proposals.findByIdOrRef(input.from), this.proposals.findByIdOrRef(input.into)]);
    if (!fromFound || !intoFound) throw notFound('proposals.not-found');
    if (fromFound.id === intoFound.id) throw badRequest('moderation.merge-same');
    return this.db.transaction(async (manager) => {
      const rows = await this.merges.lockPair(manager, [fromFound.id, intoFound.id]);
      const from = rows.find((row) => row.id === fromFound.id) as MergeRow;
      const into = rows.find((row) => row.id === intoFound.id) as MergeRow;
      const source = await this.targets.read(manager, 'proposal', from.id);
      const target = await this.targets.read(manager, 'proposal', into.id);
      if (!source || !target) throw notFound('proposals.not-found');
      await this.rights.assertMayModerate(auth, from.consultation_id, manager);
      await this.rights.assertMayModerate(auth, into.consultation_id, manager);
      if (source.authorIds.includes(auth.user.id)) throw forbidden('moderation.own-content');
      const overlap = await this.merges.secretOverlap(manager, from.id, into.id);
      const problem = mergeProblem(
        { id: from.id, consultationId: from.consultation_id, state: from.state, round: from.round },
        { id: into.id, consultationId: into.consultation_id, state: into.state, round: into.round },
        source.consultationPhase as ConsultationPhase,
        overlap,
      );
      if (problem) throw new AppException(PROBLEMS[problem].status, PROBLEMS[problem].key);

      const open = await this.merges.moveOpenBallots(manager, from.id, into.id);
      const secret = await this.merges.moveSecretBallots(manager, from.id, into.id);
      // Under the lock and without overlap each moved register row has its box row: anything else is a broken invariant.
      if (secret.register !== secret.removed || secret.register !== secret.box) throw conflict('moderation.merge-secret-mismatch');
      const coauthorsAdded = await this.merges.addCoauthors(manager, from.id, into.id);
      await this.merges.markMerged(manager, from.id, into.id, input.note ?? null);
      await this.log.record(
        {
          consultationId: from.consultation_id,
          targetType: 'proposal',
          targetId: from.id,
          actorId: auth.user.id,
          action: 'merge',
          reason: 'duplicate',
          note: input.note ?? null,
          previousState: from.state,
          newState: 'merged',
          mergedInto: into.id,
        },
        manager,
      );
      await this.notices.tell(manager, source.authorIds, 'moderation.merged', source, { intoRef: Number(into.ref), intoTitle: into.title, intoId: into.id, note: input.note ?? '' });
      const newcomers = new Set(source.authorIds);
      await this.notices.tell(manager, target.authorIds.filter((id) => !newcomers.has(id)), 'moderation.merged-into', target, { fromRef: Number(from.ref), fromTitle: from.title, fromId: from.id });
      return {
        from: { id: from.id, ref: Number(from.ref) },
        into: { id: into.id, ref: Number(into.ref) },
        ballotsMoved: open.moved,
        ballotsDropped: open.dropped,
        secretBallotsMoved: secret.box,
        coauthorsAdded,
      };
    });
  }
}
