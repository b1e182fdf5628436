import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CastBallotRequest, MyBallot, ProposalResults } from '@concordia/contracts';
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
}
