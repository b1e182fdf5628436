import { Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { COMMENT_SORTS, type CommentCounts, type CommentSort } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { SessionStore } from '../core/session.store';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { CommentItemView, CommentsApi } from './comments.api';

const PAGE_SIZE = 10;

/** The deliberation under a proposal: counts per stance, the threads, a form, pages. */
@Component({
  selector: 'cc-comments-section',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatSelectModule, TranslatePipe, CommentForm, CommentItem],
  template: `
    <section aria-labelledby="comments-heading" class="comments">
      <h2 id="comments-heading">{{ 'comments.heading' | translate }}</h2>
      @if (counts(); as c) {
        <p class="counts">
          @if (c.total === 0) {
            {{ 'comments.countNone' | translate }}
          } @else {
            {{ (c.total === 1 ? 'comments.countOne' : 'comments.countMany') | translate: { count: c.total } }}
            {{ 'comments.countStances' | translate: { pro: c.for, con: c.against, neutral: c.neutral } }}
          }
        </p>
      }

      @if (canComment()) {
        <div class="new">
          <h3 class="form-heading">{{ 'comments.form.heading' | translate }}</h3>
          <cc-comment-form [proposalId]="proposalId()" mode="new" (saved)="onChanged('comments.posted', true)" />
        </div>
      } @else if (!session.signedIn()) {
        <p>{{ 'comments.signIn' | translate }} <a routerLink="/sign-in" [queryParams]="{ returnUrl: returnUrl() }">{{ 'nav.signIn' | translate }}</a></p>
      } @else if (closedReason(); as reason) {
        <p class="hint">{{ reason }}</p>
      }

      <div role="status" class="feedback">
        @if (feedback(); as message) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
        }
      </div>
      @if (error(); as message) {
        <p role="alert" class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      }

      @if ((counts()?.total ?? 0) > 1) {
        <mat-form-field class="sort">
          <mat-label>{{ 'comments.sort' | translate }}</mat-label>
          <mat-select [formControl]="sort">
            @for (s of sorts; track s) {
              <mat-option [value]="s">{{ 'comments.sorts.' + s | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }

      @if (items().length) {
        <ul class="threads" [attr.aria-label]="'comments.listLabel' | translate">
          @for (comment of items(); track comment.id) {
            <li><cc-comment-item [comment]="comment" [proposalId]="proposalId()" [canComment]="canComment()" (changed)="onChanged($event)" /></li>
          }
        </ul>
      }
      @if (total() > pageSize) {
        <mat-paginator [length]="total()" [pageIndex]="page() - 1" [pageSize]="pageSize" [hidePageSize]="true" (page)="onPage($event)" [attr.aria-label]="'comments.pagination' | translate" />
      }
    </section>
  `,
  styles: `
    :host { display: block; }
    .counts { font-weight: 600; }
    .new { margin-bottom: 1rem; }
    .form-heading { font-size: 1.1rem; margin: .5rem 0; }
    .sort { width: min(100%, 18rem); }
    .threads { list-style: none; margin: 0; padding: 0; }
    .threads > li { border-top: 1px solid var(--mat-sys-outline-variant); }
  `,
})
export class CommentsSection {
  private readonly api = inject(CommentsApi);
  private readonly translate = inject(TranslateService);
  protected readonly session = inject(SessionStore);

  readonly proposalId = input.required<string>();
  readonly proposalRef = input.required<number>();
  readonly canComment = input(false);
  /** Why commenting is closed (the phase, eligibility), when it is. */
  readonly closedReason = input<string | null>(null);

  protected readonly sorts = COMMENT_SORTS;
  protected readonly sort = new FormControl<CommentSort>('newest', { nonNullable: true });
  protected readonly pageSize = PAGE_SIZE;
  protected readonly page = signal(1);
  protected readonly items = signal<CommentItemView[]>([]);
  protected readonly total = signal(0);
  protected readonly counts = signal<CommentCounts | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly feedback = signal<string | null>(null);
  private readonly sortValue = signal<CommentSort>('newest');

  protected returnUrl(): string {
    return `/proposals/${this.proposalRef()}`;
  }

  constructor() {
    this.sort.valueChanges.subscribe((value) => {
      this.page.set(1);
      this.sortValue.set(value);
    });
    effect(() => {
      void this.load(this.proposalId(), this.sortValue(), this.page());
    });
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }

  /** After a change, reload (counts included) and say what happened. */
  protected onChanged(message: string, posted = false): void {
    this.feedback.set(posted ? this.translate.instant(message) : message);
    if (posted && this.sortValue() === 'newest' && this.page() !== 1) this.page.set(1);
    else void this.load(this.proposalId(), this.sortValue(), this.page());
  }

  private async load(proposalId: string, sort: CommentSort, page: number): Promise<void> {
    this.error.set(null);
    try {
      const result = await this.api.list(proposalId, sort, page, PAGE_SIZE);
      this.items.set(result.items);
      this.total.set(result.total);
      this.counts.set(result.counts);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }
}
