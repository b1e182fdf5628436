import { Injectable } from '@nestjs/common';
import type { Language, OutcomesPublished, PublicationReadiness } from '@concordia/contracts';
import {
  canonicalFingerprint,
  officialResponseDocument,
  phaseIndex,
  phaseTransitionProblem,
  publicationProblems,
  PublicationProblem,
  publishedDecision,
} from '@concordia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../auth/auth-context';
import { AppException, conflict } from '../../common/http/app-exception';
import { translate } from '../../common/i18n/messages';
import { CommitteeAccess } from '../../committee/committee-access.service';
import { CommitteeRepository } from '../../committee/committee.repository';
import { ResponseRow, ResponsesRepository } from '../../committee/responses/responses.repository';
import { ReviewConsultation, ReviewedProposal, ReviewRow, ReviewsRepository } from '../../committee/review/reviews.repository';
import { AuditLogService } from '../../audit/audit-log.service';
import { sha256Hex } from '../../audit/sha256';
import { OutcomeNotifier, PublishedDecision } from '../notify/outcome-notifier';
import { PublicationRepository } from './publication.repository';

interface Pending {
  proposal: ReviewedProposal;
  review: ReviewRow;
  response: ResponseRow | null;
  problems: PublicationProblem[];
}

/**
 * The chair publishes every official response of a consultation at once: each is frozen with its
 * fingerprint, each reviewed proposal takes its decision, the phase moves to outcomes_published
 * (the domain's rule: only the chair), the event is chained into the audit log and the authors and
 * participants are told — one transaction, so it all happens or none of it does.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly committee: CommitteeRepository,
    private readonly responses: ResponsesRepository,
    private readonly access: CommitteeAccess,
    private readonly publication: PublicationRepository,
    private readonly audit: AuditLogService,
    private readonly notifier: OutcomeNotifier,
  ) {}

  async readiness(slug: string, auth: AuthContext): Promise<PublicationReadiness> {
    const consultation = await this.consultation(slug);
    const reader = await this.access.memberOrAdmin(consultation.id, auth);
    const pending = await this.pending(consultation.id);
    const missing = pending.filter((p) => p.problems.length > 0);
    return {
      ready: missing.length === 0 && consultation.phase === 'committee_review',
      reviewed: pending.length,
      missing: missing.map((p) => ({ proposalId: p.proposal.id, ref: p.proposal.ref, title: p.proposal.title, problems: p.problems })),
      canPublish: reader.isChair && consultation.phase === 'committee_review',
    };
  }

  async publish(slug: string, auth: AuthContext, language: Language): Promise<OutcomesPublished> {
    const consultation = await this.consultation(slug);
    await this.access.chair(consultation.id, auth);
    return this.committee.transaction(async (manager) => {
      const locked = await this.committee.lockConsultation(manager, consultation.id);
      const phase = locked?.phase ?? consultation.phase;
      if (phaseIndex(phase as ReviewConsultation['phase']) >= phaseIndex('outcomes_published'))
        throw conflict('outcomes.already-published');
      const problem = phaseTransitionProblem(phase as ReviewConsultation['phase'], 'outcomes_published', { by: 'chair' });
      if (problem) throw conflict('outcomes.not-now');
      if (!(await this.committee.state(consultation.id, manager)).reviewOpenedAt) throw conflict('outcomes.review-not-opened');

      const pending = await this.pending(consultation.id, manager);
      const missing = pending.filter((p) => p.problems.length > 0);
      if (missing.length > 0) {
        const list = missing.map(
          (p) =>
            `#${p.proposal.ref} « ${p.proposal.title} » (${p.problems.map((k) => translate(`outcomes.problem.${k}`, language)).join(', ')})`,
        );
        throw conflict('outcomes.missing-responses', { count: missing.length, list: list.join(' ; ') });
      }

      const at = new Date();
      const published: (PublishedDecision & { fingerprint: string })[] = [];
      for (const { proposal, review, response } of pending) {
        const draft = response as ResponseRow;
        const decision = publishedDecision(review.decision as NonNullable<ReviewRow['decision']>, draft);
        const document = officialResponseDocument({
          consultation: { slug: consultation.slug, title: consultation.title },
          proposal: {
            id: proposal.id,
            ref: proposal.ref,
            version: proposal.version,
            title: proposal.title,
            summary: proposal.summary,
            body: proposal.body,
          },
          decision,
          opinion: draft.opinion,
          amendedText: draft.amendedText,
          committeeVote: review.tally as NonNullable<ReviewRow['tally']>,
          publishedAt: at,
        });
        const fingerprint = canonicalFingerprint(document, sha256Hex);
        await this.responses.publish(manager, proposal.id, at, document, fingerprint);
        await this.publication.decideProposal(manager, proposal.id, decision);
        published.push({ proposalId: proposal.id, ref: proposal.ref, title: proposal.title, decision, fingerprint });
      }
      await this.publication.markPublished(manager, consultation.id, at);
      if (!(await this.publication.movePhase(manager, consultation.id, 'committee_review', 'outcomes_published', 'chair')))
        throw conflict('outcomes.not-now');
      await this.audit.append(manager, 'outcomes.published', {
        consultation: consultation.slug,
        publishedAt: at.toISOString(),
        responses: published.map((p) => ({ proposalId: p.proposalId, ref: p.ref, decision: p.decision, fingerprint: p.fingerprint })),
      });
      await this.notifier.outcomesPublished(manager, consultation, published);
      return { publishedAt: at.toISOString(), responses: published };
    });
  }

  private async consultation(slug: string): Promise<ReviewConsultation> {
    const found = await this.reviews.consultationBySlug(slug);
    if (!found) throw new AppException(404, 'consultations.not-found');
    return found;
  }

  /** Every reviewed proposal with what stops its publication (libs/domain publicationProblems). */
  private async pending(consultationId: string, manager?: EntityManager): Promise<Pending[]> {
    const rows = (await this.reviews.all(consultationId, manager)).filter((row) => row.proposal.state === 'under_review');
    const responses = await this.responses.many(
      rows.map((row) => row.proposal.id),
      manager,
    );
    return rows.map(({ proposal, review }) => {
      const response = responses.get(proposal.id) ?? null;
      const problems = publicationProblems(
        review.decision,
        response && { decision: response.decision, opinion: response.opinion, amendedText: response.amendedText },
      );
      return { proposal, review, response, problems };
    });
  }
}
