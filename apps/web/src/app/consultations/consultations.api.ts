import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ConsultationDetail,
  ConsultationInput,
  ConsultationResults,
  ConsultationSummary,
  JoinConsultationRequest,
  Page,
  Phase,
} from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

/** A batch of invitation codes (GET /api/consultations/:slug/invitation-codes). */
export interface CodeBatch {
  batchId: string;
  createdAt: string;
  total: number;
  used: number;
}

/** The consultation endpoints the web uses, as promises. */
@Injectable({ providedIn: 'root' })
export class ConsultationsApi {
  private readonly http = inject(HttpClient);

  private path(slug: string): string {
    return `/api/consultations/${encodeURIComponent(slug)}`;
  }

  get(slug: string): Promise<ConsultationDetail> {
    return firstValueFrom(this.http.get<ConsultationDetail>(this.path(slug)));
  }

  join(slug: string, body: JoinConsultationRequest): Promise<ConsultationDetail> {
    return firstValueFrom(this.http.post<ConsultationDetail>(`${this.path(slug)}/join`, body));
  }

  results(slug: string, page: number, pageSize: number): Promise<ConsultationResults> {
    return firstValueFrom(this.http.get<ConsultationResults>(`${this.path(slug)}/results`, { params: { page, pageSize } }));
  }

  adminList(page: number, pageSize: number): Promise<Page<ConsultationSummary>> {
    return firstValueFrom(this.http.get<Page<ConsultationSummary>>('/api/admin/consultations', { params: { page, pageSize } }));
  }

  create(body: ConsultationInput): Promise<ConsultationDetail> {
    return firstValueFrom(this.http.post<ConsultationDetail>('/api/consultations', body));
  }

  update(slug: string, body: Partial<ConsultationInput> | Record<string, unknown>): Promise<ConsultationDetail> {
    return firstValueFrom(this.http.patch<ConsultationDetail>(this.path(slug), body));
  }

  movePhase(slug: string, to: Phase): Promise<ConsultationDetail> {
    return firstValueFrom(this.http.post<ConsultationDetail>(`${this.path(slug)}/phase`, { to }));
  }

  /** The CSV of new codes, as a file to save: shown this once, only hashes are kept. */
  async invitationCodes(slug: string, count: number): Promise<{ csv: Blob; filename: string | null }> {
    const response = await firstValueFrom(this.http.post(`${this.path(slug)}/invitation-codes`, { count }, { responseType: 'blob', observe: 'response' }));
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
    return { csv: response.body ?? new Blob([]), filename };
  }

  codeBatches(slug: string): Promise<CodeBatch[]> {
    return firstValueFrom(this.http.get<CodeBatch[]>(`${this.path(slug)}/invitation-codes`));
  }
}
