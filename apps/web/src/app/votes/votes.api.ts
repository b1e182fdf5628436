import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BallotTrackerCheck, BallotTrackerList, CastBallotRequest, MyBallot, ProposalResults } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

/** The vote endpoints take the proposal's uuid (not its #ref). */
@Injectable({ providedIn: 'root' })
export class VotesApi {
  private readonly http = inject(HttpClient);

  mine(proposalId: string): Promise<MyBallot> {
    return firstValueFrom(this.http.get<MyBallot>(`/api/proposals/${proposalId}/vote`));
  }

  cast(proposalId: string, ballot: CastBallotRequest): Promise<MyBallot> {
    return firstValueFrom(this.http.put<MyBallot>(`/api/proposals/${proposalId}/vote`, ballot));
  }

  retract(proposalId: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/proposals/${proposalId}/vote`));
  }

  results(proposalId: string): Promise<ProposalResults> {
    return firstValueFrom(this.http.get<ProposalResults>(`/api/proposals/${proposalId}/results`));
  }

  // The tracker calls go without the session cookie: checking a tracker says nothing about who checks.
  trackers(slug: string, page: number, pageSize: number): Promise<BallotTrackerList> {
    return firstValueFrom(this.http.get<BallotTrackerList>(`/api/consultations/${encodeURIComponent(slug)}/ballot-trackers`, { params: { page, pageSize }, credentials: 'omit' }));
  }

  checkTracker(slug: string, tracker: string): Promise<BallotTrackerCheck> {
    return firstValueFrom(this.http.get<BallotTrackerCheck>(`/api/consultations/${encodeURIComponent(slug)}/ballot-trackers/${encodeURIComponent(tracker)}`, { credentials: 'omit' }));
  }
}
