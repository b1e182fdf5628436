import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CommitteeBallotRequest,
  CommitteeBallotView,
  CommitteeCandidate,
  CommitteeNoteView,
  CommitteeView,
  CommitteeVoteStatus,
  ConsultationDetail,
  MyCommittee,
  Page,
  PublicationReadiness,
  OutcomesPublished,
  ResponseDraftRequest,
  ResponseDraftView,
  ReviewDetail,
  ReviewOpened,
  ReviewPage,
  SetCommitteeRequest,
} from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

const enc = encodeURIComponent;

/** The committee's endpoints (apps/api/src/committee/**, publication in outcomes/publication). */
@Injectable({ providedIn: 'root' })
export class CommitteeApi {
  private readonly http = inject(HttpClient);

  mine(): Promise<MyCommittee[]> {
    return firstValueFrom(this.http.get<MyCommittee[]>('/api/committee/consultations'));
  }

  consultation(slug: string): Promise<ConsultationDetail> {
    return firstValueFrom(this.http.get<ConsultationDetail>(`/api/consultations/${enc(slug)}`));
  }

  view(slug: string): Promise<CommitteeView> {
    return firstValueFrom(this.http.get<CommitteeView>(`/api/consultations/${enc(slug)}/committee`));
  }

  setRoster(slug: string, body: SetCommitteeRequest): Promise<CommitteeView> {
    return firstValueFrom(this.http.put<CommitteeView>(`/api/consultations/${enc(slug)}/committee`, body));
  }

  candidates(q: string, page = 1, pageSize = 20): Promise<Page<CommitteeCandidate>> {
    const params: Record<string, string | number> = { page, pageSize };
    if (q) params['q'] = q;
    return firstValueFrom(this.http.get<Page<CommitteeCandidate>>('/api/committee/candidates', { params }));
  }

  openReview(slug: string): Promise<ReviewOpened> {
    return firstValueFrom(this.http.post<ReviewOpened>(`/api/consultations/${enc(slug)}/committee/review`, {}));
  }

  reviews(slug: string, page = 1, pageSize = 50): Promise<ReviewPage> {
    return firstValueFrom(this.http.get<ReviewPage>(`/api/consultations/${enc(slug)}/committee/reviews`, { params: { page, pageSize } }));
  }

  detail(ref: string | number): Promise<ReviewDetail> {
    return firstValueFrom(this.http.get<ReviewDetail>(`/api/proposals/${enc(String(ref))}/committee`));
  }

  setRapporteur(proposalId: string, userId: string | null): Promise<ReviewDetail> {
    return firstValueFrom(this.http.put<ReviewDetail>(`/api/proposals/${enc(proposalId)}/committee/rapporteur`, { userId }));
  }

  notes(proposalId: string, page = 1, pageSize = 100): Promise<Page<CommitteeNoteView>> {
    return firstValueFrom(this.http.get<Page<CommitteeNoteView>>(`/api/proposals/${enc(proposalId)}/committee/notes`, { params: { page, pageSize } }));
  }

  addNote(proposalId: string, body: string): Promise<CommitteeNoteView> {
    return firstValueFrom(this.http.post<CommitteeNoteView>(`/api/proposals/${enc(proposalId)}/committee/notes`, { body }));
  }

  editNote(noteId: string, body: string): Promise<CommitteeNoteView> {
    return firstValueFrom(this.http.patch<CommitteeNoteView>(`/api/committee/notes/${enc(noteId)}`, { body }));
  }

  deleteNote(noteId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/committee/notes/${enc(noteId)}`));
  }

  voteStatus(proposalId: string): Promise<CommitteeVoteStatus> {
    return firstValueFrom(this.http.get<CommitteeVoteStatus>(`/api/proposals/${enc(proposalId)}/committee/vote`));
  }

  cast(proposalId: string, body: CommitteeBallotRequest): Promise<CommitteeBallotView> {
    return firstValueFrom(this.http.put<CommitteeBallotView>(`/api/proposals/${enc(proposalId)}/committee/ballot`, body));
  }

  withdraw(proposalId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/proposals/${enc(proposalId)}/committee/ballot`));
  }

  ballots(proposalId: string): Promise<CommitteeBallotView[]> {
    return firstValueFrom(this.http.get<CommitteeBallotView[]>(`/api/proposals/${enc(proposalId)}/committee/ballots`));
  }

  closeVote(proposalId: string): Promise<CommitteeVoteStatus> {
    return firstValueFrom(this.http.post<CommitteeVoteStatus>(`/api/proposals/${enc(proposalId)}/committee/vote/close`, {}));
  }

  response(proposalId: string): Promise<ResponseDraftView> {
    return firstValueFrom(this.http.get<ResponseDraftView>(`/api/proposals/${enc(proposalId)}/committee/response`));
  }

  saveResponse(proposalId: string, body: ResponseDraftRequest): Promise<ResponseDraftView> {
    return firstValueFrom(this.http.put<ResponseDraftView>(`/api/proposals/${enc(proposalId)}/committee/response`, body));
  }

  readiness(slug: string): Promise<PublicationReadiness> {
    return firstValueFrom(this.http.get<PublicationReadiness>(`/api/consultations/${enc(slug)}/outcomes/readiness`));
  }

  publish(slug: string): Promise<OutcomesPublished> {
    return firstValueFrom(this.http.post<OutcomesPublished>(`/api/consultations/${enc(slug)}/outcomes/publish`, {}));
  }
}
