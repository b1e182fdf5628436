import { Inject, Injectable } from '@nestjs/common';
import type { Language, ModerationNotificationKind } from '@concordia/contracts';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { moderationMail } from './moderation-mail';
import type { ModerationTarget } from './moderation-targets.repository';

interface Recipient {
  id: string;
  email: string;
  display_name: string;
  language: Language;
}

const EXCERPT_LENGTH = 80;

/** The start of a comment, on one line, to say which comment a notice is about. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}

/**
 * Tells authors what moderation did, in-app and by e-mail, in the caller's transaction: the
 * decision and its notice are stored together. The web words in-app notices from `kind` and
 * `params`; the mail is worded here in the recipient's language.
 */
@Injectable()
export class ModerationNotices {
  constructor(
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Where the web shows the item: the proposal's page, at the comment for comments. */
  link(target: Pick<ModerationTarget, 'type' | 'id' | 'consultationSlug' | 'proposalRef'>): string {
    const page = `/consultations/${target.consultationSlug}/proposals/${target.proposalRef}`;
    return target.type === 'comment' ? `${page}#comment-${target.id}` : page;
  }

  /** The params every moderation notice carries about its item. */
  itemParams(target: ModerationTarget): Record<string, string | number> {
    return {
      targetType: target.type,
      targetId: target.id,
      consultationSlug: target.consultationSlug,
      proposalRef: target.proposalRef,
      proposalTitle: target.proposalTitle,
      ...(target.type === 'comment' ? { commentExcerpt: excerpt(target.commentBody ?? '') } : {}),
    };
  }

  async tell(
    manager: EntityManager,
    userIds: readonly string[],
    kind: ModerationNotificationKind,
    target: ModerationTarget,
    extra: Record<string, string | number | null | undefined> = {},
  ): Promise<void> {
    const recipients = await this.recipients(manager, userIds);
    if (recipients.length === 0) return;
    const params: Record<string, string | number> = { ...this.itemParams(target) };
    for (const [name, value] of Object.entries(extra)) params[name] = value ?? '';
    const link = this.link(target);
    await this.notifications.notify(
      recipients.map((r) => ({
        userId: r.id,
        kind,
        params,
        link,
        email: moderationMail(kind, r.language, { to: r.email, name: r.display_name, link: `${this.config.publicUrl}${link}`, params }),
      })),
      manager,
    );
  }

  private recipients(manager: EntityManager, userIds: readonly string[]): Promise<Recipient[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return manager.query(`SELECT id, email, display_name, language FROM users WHERE id = ANY($1::uuid[])`, [[...new Set(userIds)]]);
  }
}
