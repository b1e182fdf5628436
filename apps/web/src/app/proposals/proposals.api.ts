import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CoauthorInvitation,
  Page,
  ProposalChanges,
  ProposalDetail,
  ProposalDiff,
  ProposalInput,
  ProposalPage,
  ProposalSort,
  ProposalState,
  ProposalVersionView,
  SimilarProposal,
  ProposalModerationExtras,
} from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

export interface ProposalQuery {
  q?: string;
  theme?: string;
  state?: ProposalState;
  sort?: ProposalSort;
  seed?: string;
  mine?: boolean;
  page: number;
  pageSize: number;
}

/** A merged proposal answers with where it went (the moderation module sets it). */
export type ProposalView = ProposalDetail & ProposalModerationExtras & { mergedInto?: { id: string; ref: number; title: string; consultationSlug: string } | null };

@Injectable({ providedIn: 'root' })
export class ProposalsApi {
  private readonly http = inject(HttpClient);

  private path(idOrRef: string | number): string {
    return `/api/proposals/${encodeURIComponent(String(idOrRef))}`;
  }

  list(slug: string, query: ProposalQuery): Promise<ProposalPage> {
    const params: Record<string, string | number | boolean> = { page: query.page, pageSize: query.pageSize };
    for (const key of ['q', 'theme', 'state', 'sort', 'seed'] as const) {
      const value = query[key];
      if (value) params[key] = value;
    }
    if (query.mine) params['mine'] = true;
    return firstValueFrom(this.http.get<ProposalPage>(`/api/consultations/${encodeURIComponent(slug)}/proposals`, { params }));
  }

  similar(slug: string, title: string, excludeId?: string): Promise<SimilarProposal[]> {
    const params: Record<string, string> = { title };
    if (excludeId) params['excludeId'] = excludeId;
    return firstValueFrom(this.http.get<SimilarProposal[]>(`/api/consultations/${encodeURIComponent(slug)}/proposals/similar`, { params }));
  }

  create(slug: string, body: ProposalInput): Promise<ProposalDetail> {
    return firstValueFrom(this.http.post<ProposalDetail>(`/api/consultations/${encodeURIComponent(slug)}/proposals`, body));
  }

  get(idOrRef: string | number): Promise<ProposalView> {
    return firstValueFrom(this.http.get<ProposalView>(this.path(idOrRef)));
  }

  update(id: string, body: ProposalChanges): Promise<ProposalDetail> {
    return firstValueFrom(this.http.patch<ProposalDetail>(this.path(id), body));
  }

  submit(id: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.post<ProposalDetail>(`${this.path(id)}/submit`, {}));
  }

  withdraw(id: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.post<ProposalDetail>(`${this.path(id)}/withdraw`, {}));
  }

  versions(id: string, page = 1, pageSize = 100): Promise<Page<ProposalVersionView>> {
    return firstValueFrom(this.http.get<Page<ProposalVersionView>>(`${this.path(id)}/versions`, { params: { page, pageSize } }));
  }

  diff(id: string, from: number, to: number): Promise<ProposalDiff> {
    return firstValueFrom(this.http.get<ProposalDiff>(`${this.path(id)}/diff`, { params: { from, to } }));
  }

  inviteCoauthor(id: string, email: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`${this.path(id)}/coauthors`, { email }));
  }

  acceptInvitation(id: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`${this.path(id)}/coauthors/accept`, {}));
  }

  removeCoauthor(id: string, userId: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`${this.path(id)}/coauthors/${encodeURIComponent(userId)}`));
  }

  invitations(): Promise<Page<CoauthorInvitation>> {
    return firstValueFrom(this.http.get<Page<CoauthorInvitation>>('/api/proposals/invitations'));
  }

  /** Temporary moderation (until the moderation queue's screens exist). */
  publish(id: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.post<ProposalDetail>(`${this.path(id)}/publish`, {}));
  }

  reject(id: string, reason: string): Promise<ProposalDetail> {
    return firstValueFrom(this.http.post<ProposalDetail>(`${this.path(id)}/reject`, { reason }));
  }
}
