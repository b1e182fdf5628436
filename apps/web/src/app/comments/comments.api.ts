import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CommentChanges, CommentInput, CommentSort, CommentsPage, CommentView, Page } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

/** A comment as the API sends it; its author also sees it while it waits for a moderator. */
export type CommentItemView = CommentView & { pendingReview?: true };

@Injectable({ providedIn: 'root' })
export class CommentsApi {
  private readonly http = inject(HttpClient);

  list(proposalId: string, sort: CommentSort, page: number, pageSize: number): Promise<CommentsPage> {
    return firstValueFrom(this.http.get<CommentsPage>(`/api/proposals/${encodeURIComponent(proposalId)}/comments`, { params: { sort, page, pageSize } }));
  }

  replies(commentId: string, page: number, pageSize: number): Promise<Page<CommentItemView>> {
    return firstValueFrom(this.http.get<Page<CommentItemView>>(`/api/comments/${commentId}/replies`, { params: { page, pageSize } }));
  }

  create(proposalId: string, body: CommentInput): Promise<CommentItemView> {
    return firstValueFrom(this.http.post<CommentItemView>(`/api/proposals/${encodeURIComponent(proposalId)}/comments`, body));
  }

  update(commentId: string, changes: CommentChanges): Promise<CommentItemView> {
    return firstValueFrom(this.http.patch<CommentItemView>(`/api/comments/${commentId}`, changes));
  }

  delete(commentId: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`/api/comments/${commentId}`));
  }
}
