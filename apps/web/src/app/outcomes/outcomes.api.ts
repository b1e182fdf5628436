import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditVerification, ConsultationFollowUp, FollowUpRequest, OutcomeReport, ProposalFollowUp } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

const enc = encodeURIComponent;

/** The public outcome report, the follow-up timelines (admins post updates) and the audit log check. */
@Injectable({ providedIn: 'root' })
export class OutcomesApi {
  private readonly http = inject(HttpClient);

  report(slug: string, page = 1, pageSize = 100): Promise<OutcomeReport> {
    return firstValueFrom(this.http.get<OutcomeReport>(`/api/consultations/${enc(slug)}/outcomes`, { params: { page, pageSize } }));
  }

  consultationFollowUp(slug: string, page = 1, pageSize = 50): Promise<ConsultationFollowUp> {
    return firstValueFrom(this.http.get<ConsultationFollowUp>(`/api/consultations/${enc(slug)}/follow-up`, { params: { page, pageSize } }));
  }

  proposalFollowUp(proposal: string | number): Promise<ProposalFollowUp> {
    return firstValueFrom(this.http.get<ProposalFollowUp>(`/api/proposals/${enc(String(proposal))}/follow-up`));
  }

  postFollowUp(proposal: string, body: FollowUpRequest): Promise<ProposalFollowUp> {
    return firstValueFrom(this.http.post<ProposalFollowUp>(`/api/proposals/${enc(proposal)}/follow-up`, body));
  }

  verifyAuditLog(): Promise<AuditVerification> {
    return firstValueFrom(this.http.get<AuditVerification>('/api/audit-log/verify'));
  }
}
