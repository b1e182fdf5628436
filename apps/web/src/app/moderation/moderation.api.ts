import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AppealDecisionRequest,
  AppealListItem,
  AppealView,
  BulkDecisionRequest,
  BulkDecisionResult,
  DecisionAction,
  DecisionRequest,
  DecisionView,
  MergeRequest,
  MergeResult,
  ModerationLogAction,
  ModerationLogPage,
  ModerationReason,
  ModerationSummary,
  ModerationTargetType,
  Page,
  QueuePage,
  QueueReason,
  ReportReceipt,
  ReportRequest,
} from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

/** A consultation the reader moderates (GET /api/moderation/consultations). */
export interface ModeratedConsultation {
  id: string;
  slug: string;
  title: string;
  phase: string;
}

export interface QueueQuery {
  consultation?: string;
  kind?: ModerationTargetType;
  reason?: QueueReason;
  q?: string;
  page: number;
  pageSize: number;
}

export interface LogQuery {
  consultation?: string;
  action?: ModerationLogAction;
  targetType?: ModerationTargetType;
  reason?: ModerationReason | 'reported';
  page: number;
  pageSize: number;
}

export type AppealStatus = 'open' | 'decided' | 'all';

/** Kebab-case in URLs: confirm_hidden → confirm-hidden. */
function pathAction(action: DecisionAction): string {
  return action.replace('_', '-');
}

/** Without the empty filters: the API validates every parameter it gets. */
function params(query: object): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value as string | number;
  }
  return out;
}

/** The moderation endpoints the web uses, as promises. */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(HttpClient);

  consultations(): Promise<ModeratedConsultation[]> {
    return firstValueFrom(this.http.get<ModeratedConsultation[]>('/api/moderation/consultations'));
  }

  queue(query: QueueQuery): Promise<QueuePage> {
    return firstValueFrom(this.http.get<QueuePage>('/api/moderation/queue', { params: params(query) }));
  }

  decide(targetType: ModerationTargetType, id: string, action: DecisionAction, body: DecisionRequest): Promise<DecisionView> {
    return firstValueFrom(
      this.http.post<DecisionView>(`/api/moderation/items/${targetType}/${encodeURIComponent(id)}/${pathAction(action)}`, body),
    );
  }

  bulk(body: BulkDecisionRequest): Promise<BulkDecisionResult> {
    return firstValueFrom(this.http.post<BulkDecisionResult>('/api/moderation/bulk', body));
  }

  merge(body: MergeRequest & { note?: string }): Promise<MergeResult> {
    return firstValueFrom(this.http.post<MergeResult>('/api/moderation/merge', body));
  }

  decision(id: string): Promise<DecisionView> {
    return firstValueFrom(this.http.get<DecisionView>(`/api/moderation/decisions/${encodeURIComponent(id)}`));
  }

  appeal(decisionId: string, text: string): Promise<AppealView> {
    return firstValueFrom(this.http.post<AppealView>(`/api/moderation/decisions/${encodeURIComponent(decisionId)}/appeal`, { text }));
  }

  appeals(status: AppealStatus, page: number, pageSize: number, consultation?: string): Promise<Page<AppealListItem>> {
    return firstValueFrom(this.http.get<Page<AppealListItem>>('/api/moderation/appeals', { params: params({ status, page, pageSize, consultation }) }));
  }

  decideAppeal(id: string, body: AppealDecisionRequest): Promise<AppealView> {
    return firstValueFrom(this.http.post<AppealView>(`/api/moderation/appeals/${encodeURIComponent(id)}/decide`, body));
  }

  log(query: LogQuery): Promise<ModerationLogPage> {
    return firstValueFrom(this.http.get<ModerationLogPage>('/api/moderation/log', { params: params(query) }));
  }

  summary(slug: string): Promise<ModerationSummary> {
    return firstValueFrom(this.http.get<ModerationSummary>(`/api/consultations/${encodeURIComponent(slug)}/moderation-summary`));
  }

  report(body: ReportRequest): Promise<ReportReceipt> {
    return firstValueFrom(this.http.post<ReportReceipt>('/api/reports', body));
  }
}
