import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Language, NotificationItem } from '@concordia/contracts';

/** Where a notification leads in the web app: a router path, with its query and fragment. */
export interface NotificationTarget {
  path: string;
  queryParams?: Record<string, string>;
  fragment?: string;
}

/** The kinds worded in notifications.kinds (others get a generic text). */
const KNOWN = new Set([
  'moderation.approved',
  'moderation.rejected',
  'moderation.hidden',
  'moderation.hidden-confirmed',
  'moderation.restored',
  'moderation.hidden-by-reports',
  'moderation.merged',
  'moderation.merged-into',
  'moderation.appeal-upheld',
  'moderation.appeal-overturned',
  'outcome.decision',
  'outcomes.published',
  'follow-up.posted',
  'committee.review-opened',
  'committee.rapporteur-assigned',
]);

/** Worded per item: French participles agree with "proposition" (f.) or "commentaire" (m.). */
const BY_TARGET = new Set([
  'moderation.approved',
  'moderation.rejected',
  'moderation.hidden',
  'moderation.hidden-confirmed',
  'moderation.restored',
  'moderation.hidden-by-reports',
  'moderation.appeal-upheld',
  'moderation.appeal-overturned',
]);

/** Notices about a decision lead to the decision's page: its reason, its note, the appeal form. */
const TO_DECISION = new Set(['moderation.rejected', 'moderation.hidden', 'moderation.hidden-confirmed', 'moderation.appeal-upheld', 'moderation.appeal-overturned']);

/** The API's proposal links (/consultations/:slug/proposals/:ref) on the web's proposal route (/proposals/:ref). */
const PROPOSAL_LINK = /^\/consultations\/[^/?#]+\/proposals\/(\d+)$/;

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Where the notification leads. */
export function notificationTarget(item: NotificationItem): NotificationTarget | null {
  const p = item.params ?? {};
  if (TO_DECISION.has(item.kind) && p['decisionId']) {
    const queryParams: Record<string, string> = {};
    if (p['targetType'] === 'comment' && p['proposalRef']) queryParams['ref'] = text(p['proposalRef']);
    return { path: `/moderation/decisions/${text(p['decisionId'])}`, queryParams };
  }
  if (item.kind === 'moderation.merged' && p['intoRef']) return { path: `/proposals/${text(p['intoRef'])}` };
  if (!item.link) return null;
  const [withQuery, fragment] = item.link.split('#', 2);
  const [path, query] = withQuery.split('?', 2);
  const queryParams: Record<string, string> = {};
  if (query) new URLSearchParams(query).forEach((value, key) => (queryParams[key] = value));
  const proposal = PROPOSAL_LINK.exec(path);
  return { path: proposal ? `/proposals/${proposal[1]}` : path, queryParams, fragment: fragment || undefined };
}

/** The notice in words, in the page's language. */
export function notificationText(item: NotificationItem, translate: TranslateService): string {
  const p = item.params ?? {};
  if (!KNOWN.has(item.kind)) return translate.instant('notifications.kinds.unknown');
  const t = (key: string, params?: Record<string, unknown>) => translate.instant(key, params) as string;
  const params: Record<string, unknown> = { ...p };
  if (p['reason']) params['reasonLabel'] = t(`moderation.reasons.${text(p['reason'])}`);
  if (p['decision']) params['decisionLabel'] = t(`notifications.decisions.${text(p['decision'])}`);
  if (p['status']) params['statusLabel'] = t(`notifications.followUpStatus.${text(p['status'])}`);
  const key = BY_TARGET.has(item.kind) ? `notifications.kinds.${item.kind}.${p['targetType'] === 'comment' ? 'comment' : 'proposal'}` : `notifications.kinds.${item.kind}`;
  let out = t(key, params);
  if (p['reason'] && BY_TARGET.has(item.kind)) out += ` ${t('notifications.reason', params)}`;
  if (item.kind === 'follow-up.posted' && p['milestone']) out += ` ${t('notifications.milestone', params)}`;
  return out;
}

/** `{{ item | notificationText: language.current() }}`: re-worded when the language changes. */
@Pipe({ name: 'notificationText' })
export class NotificationTextPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(item: NotificationItem, _language: Language): string {
    return notificationText(item, this.translate);
  }
}
