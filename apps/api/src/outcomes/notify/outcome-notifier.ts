import { Inject, Injectable } from '@nestjs/common';
import type { FollowUpStatusName, ResponseDecisionName } from '@concordia/contracts';
import { isAdoptedDecision } from '@concordia/domain';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { Mail } from '../../mail/mail.service';
import type { NewNotification } from '../../notifications/notifications.repository';
import { NotificationsService } from '../../notifications/notifications.service';
import { FollowersRepository } from './followers.repository';
import { decisionMail, followUpMail, outcomesMail } from './outcome-mails';

/** A big consultation has tens of thousands of voters: notices are written in slices of this size. */
const SLICE = 500;

export interface PublishedDecision {
  proposalId: string;
  ref: number;
  title: string;
  decision: ResponseDecisionName;
}

/**
 * Tells people what became of the recommendations they cared about, in the caller's transaction
 * (so a publication and its notices commit together). Kinds and params: see OutcomeNotificationParams
 * in libs/contracts. Links are web paths; e-mails carry the full URL.
 */
@Injectable()
export class OutcomeNotifier {
  constructor(
    private readonly followers: FollowersRepository,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Authors hear of their own proposal's decision (one notice per proposal); everyone who voted on
   * or commented a reviewed proposal gets one notice for the whole consultation, not one per ballot.
   */
  async outcomesPublished(
    manager: EntityManager,
    consultation: { slug: string; title: string },
    decisions: PublishedDecision[],
  ): Promise<void> {
    if (decisions.length === 0) return;
    const outcomesPath = `/consultations/${consultation.slug}/outcomes`;
    const byProposal = new Map(decisions.map((d) => [d.proposalId, d]));
    const ids = decisions.map((d) => d.proposalId);
    const authorNotices = (await this.followers.authors(manager, ids)).map((author) => {
      const decided = byProposal.get(author.proposalId) as PublishedDecision;
      const path = `${outcomesPath}#recommendation-${decided.ref}`;
      return {
        userId: author.userId,
        kind: 'outcome.decision',
        params: {
          consultationSlug: consultation.slug,
          consultationTitle: consultation.title,
          proposalRef: decided.ref,
          proposalTitle: decided.title,
          decision: decided.decision,
        },
        link: path,
        email: decisionMail(author, {
          consultationTitle: consultation.title,
          ref: decided.ref,
          title: decided.title,
          decision: decided.decision,
          link: this.url(path),
        }),
      };
    });
    await this.send(manager, authorNotices);
    const adopted = decisions.filter((d) => isAdoptedDecision(d.decision)).length;
    const counts = { recommendations: decisions.length, adopted };
    const participantNotices = (await this.followers.participants(manager, ids)).map((person) => ({
      userId: person.userId,
      kind: 'outcomes.published',
      params: { consultationSlug: consultation.slug, consultationTitle: consultation.title, ...counts },
      link: outcomesPath,
      email: outcomesMail(person, { consultationTitle: consultation.title, ...counts, link: this.url(outcomesPath) }),
    }));
    await this.send(manager, participantNotices);
  }

  /**
   * Every follow-up update reaches the followers in the app; an e-mail only when the status changed
   * (planned → in progress → done or abandoned), so a series of progress updates does not flood inboxes.
   */
  async followUpPosted(
    manager: EntityManager,
    consultationSlug: string,
    proposal: { id: string; ref: number; title: string },
    update: { status: FollowUpStatusName; progress: number; milestone: string | null; statusChanged: boolean },
  ): Promise<void> {
    const path = `/consultations/${consultationSlug}/follow-up#recommendation-${proposal.ref}`;
    const milestone = update.milestone ?? '';
    const notices = (await this.followers.followers(manager, proposal.id)).map((person) => ({
      userId: person.userId,
      kind: 'follow-up.posted',
      params: {
        consultationSlug,
        proposalRef: proposal.ref,
        proposalTitle: proposal.title,
        status: update.status,
        progress: update.progress,
        milestone,
      },
      link: path,
      email: update.statusChanged
        ? followUpMail(person, {
            ref: proposal.ref,
            title: proposal.title,
            status: update.status,
            progress: update.progress,
            milestone,
            link: this.url(path),
          })
        : undefined,
    }));
    await this.send(manager, notices);
  }

  private async send(manager: EntityManager, notices: (NewNotification & { email?: Mail })[]): Promise<void> {
    for (let start = 0; start < notices.length; start += SLICE) {
      await this.notifications.notify(notices.slice(start, start + SLICE), manager);
    }
  }

  private url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }
}
