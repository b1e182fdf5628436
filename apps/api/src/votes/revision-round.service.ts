import { Inject, Injectable } from '@nestjs/common';
import type { RevisionCreated, RevisionRoundStarted } from '@concordia/contracts';
import {
  DEFAULT_GRADE_SCALE,
  gradeLabel,
  majorityJudgmentResult,
  revisionRound,
  revisionRoundProblem,
  RevisionRoundProblem,
} from '@concordia/domain';
import { AuditLogService } from '../audit/audit-log.service';
import type { AuthContext } from '../auth/auth-context';
import { AppException, conflict, forbidden } from '../common/http/app-exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { gradeTally } from './results-builder';
import { revisionMail } from './revision-mail';
import { renderMarkdown } from '../proposals/markdown';
import { RevisionsRepository } from './revisions.repository';
import { TalliesRepository } from './tallies.repository';
import { VotingContextRepository } from './voting-context.repository';
import { VotingGate } from './voting-gate';
import type { RevisionDto } from './votes.dto';

const PROBLEM_KEYS: Record<RevisionRoundProblem, string> = {
  'needs-majority-judgment': 'votes.revision-needs-majority-judgment',
  'no-revision-threshold': 'votes.revision-disabled',
  'voting-not-closed': 'votes.revision-voting-not-closed',
  'outcomes-published': 'votes.revision-outcomes-published',
};

/**
 * The Montpellier convention's method: after a vote, proposals whose majority grade is at or below
 * the threshold go back to their authors, whose new versions are graded in the next round.
 */
@Injectable()
export class RevisionRoundService {
  constructor(
    private readonly context: VotingContextRepository,
    private readonly tallies: TalliesRepository,
    private readonly revisions: RevisionsRepository,
    private readonly gate: VotingGate,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLogService,
  ) {}

  async start(slug: string): Promise<RevisionRoundStarted> {
    const found = await this.context.findConsultation(slug);
    if (!found) throw new AppException(404, 'consultations.not-found');
    return this.revisions.transaction(async (manager) => {
      await this.revisions.lockConsultation(manager, found.id);
      // Read again under the lock: a concurrent start has moved the phase on.
      const consultation = (await this.context.findConsultation(slug, manager)) ?? found;
      const { settings, revisionRound: round } = consultation;
      const problem = revisionRoundProblem(consultation.phase, settings);
      if (problem) throw conflict(PROBLEM_KEYS[problem]);
      const threshold = settings.revisionThreshold as number;
      const scale = settings.gradeScale ?? DEFAULT_GRADE_SCALE;

      const graded = await this.context.roundProposals(consultation.id, round, ['published'], manager);
      const tallies = await this.tallies.roundTallies(settings.ballotSecrecy, consultation.id, round, ['published'], manager);
      const grades = new Map(
        graded.map((p) => {
          const tally = gradeTally(tallies.get(p.id) ?? new Map(), scale);
          return [p.id, majorityJudgmentResult(tally, { scale, noOpinion: settings.noOpinion }).majorityGrade];
        }),
      );
      const decision = revisionRound(
        graded.map((p) => ({ id: p.id, majorityGrade: grades.get(p.id) ?? null })),
        threshold,
        scale,
      );
      if (decision.revise.length === 0) throw conflict('votes.nothing-to-revise', { threshold });

      await this.revisions.requestRevision(manager, decision.revise);
      const next = await this.revisions.openNextRound(manager, consultation.id);
      const subject = { consultationId: consultation.id, consultation: consultation.slug };
      await this.audit.append(manager, 'consultation.phase-changed', { ...subject, from: consultation.phase, to: 'voting_open', by: 'admin' });
      await this.audit.append(manager, 'voting.revision-round-started', {
        ...subject,
        round: next,
        threshold,
        revise: decision.revise.length,
        keep: decision.keep.length,
        ungraded: decision.ungraded.length,
      });
      await this.audit.append(manager, 'voting.opened', { ...subject, round: next });
      // The notification centre comes later; until then authors hear of it by e-mail, sent with the round.
      for (const recipient of await this.revisions.recipients(manager, decision.revise)) {
        const grade = gradeLabel(scale, grades.get(recipient.proposalId) as number, recipient.language);
        const link = `${this.config.publicUrl}/consultations/${consultation.slug}`;
        const notice = { to: recipient.email, name: recipient.displayName, title: recipient.title, grade, round: next, link };
        await this.mail.enqueue(revisionMail(recipient.language, notice), manager);
      }
      return { round: next, phase: 'voting_open', threshold, ...decision };
    });
  }

  async submit(proposalId: string, auth: AuthContext, input: RevisionDto): Promise<RevisionCreated> {
    const { proposal, consultation } = await this.gate.publicTarget(proposalId);
    if (!(await this.revisions.isAuthor(proposalId, auth.user.id))) throw forbidden('votes.revision-not-author');
    if (proposal.state !== 'revision_requested') throw conflict('votes.revision-not-requested');
    if (consultation.phase !== 'voting_open' || consultation.revisionRound !== proposal.round + 1) {
      throw conflict('votes.revision-round-over');
    }
    const state = consultation.settings.moderation === 'post' ? 'published' : 'submitted';
    const body = input.body ?? '';
    return this.revisions.transaction(async (manager) => {
      if (!(await this.revisions.supersede(manager, proposalId))) throw conflict('votes.revision-not-requested');
      const created = await this.revisions.insertVersion(manager, proposalId, {
        title: input.title,
        summary: input.summary ?? '',
        body,
        bodyHtml: renderMarkdown(body),
        state,
        editedBy: auth.user.id,
      });
      return { ...created, revisionOf: proposalId, state };
    });
  }
}
