import { ReportButton } from '../moderation/report-button';
import { Component, ElementRef, Injector, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { COMMENT_MAX_DEPTH } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { confirmAction } from '../core/confirm-dialog';
import { LanguageService } from '../i18n/language.service';
import { CommentForm } from './comment-form';
import { CommentItemView, CommentsApi } from './comments.api';
import { StanceChip } from './stance-chip';

/** One comment, its actions, and its replies (three levels in all). */
@Component({
  selector: 'cc-comment-item',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe, CommentForm, StanceChip, ReportButton],
  templateUrl: './comment-item.html',
  styleUrl: './comment-item.scss',
})
export class CommentItem {
  private readonly api = inject(CommentsApi);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);
  private readonly replyButton = viewChild<ElementRef<HTMLElement>>('replyButton');
  private readonly editButton = viewChild<ElementRef<HTMLElement>>('editButton');
  private readonly article = viewChild<ElementRef<HTMLElement>>('article');

  readonly comment = input.required<CommentItemView>();
  readonly proposalId = input.required<string>();
  readonly canComment = input(false);
  /** Something changed the thread (a reply, an edit, a deletion): the list reloads and announces it. */
  readonly changed = output<string>();

  protected readonly mode = signal<'view' | 'reply' | 'edit'>('view');
  protected readonly moreReplies = signal<CommentItemView[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly replies = computed(() => this.moreReplies() ?? this.comment().replies);
  protected readonly hiddenReplies = computed(() => this.comment().replyCount - this.replies().length);
  protected readonly canReply = computed(() => this.canComment() && !this.comment().deleted && this.comment().depth < COMMENT_MAX_DEPTH);
  protected readonly headingId = computed(() => `comment-${this.comment().id}`);

  protected startReply(): void {
    this.mode.set('reply');
  }

  protected startEdit(): void {
    this.mode.set('edit');
  }

  protected cancel(): void {
    const was = this.mode();
    this.mode.set('view');
    focusAfterRender(() => (was === 'edit' ? this.editButton() : this.replyButton()), this.injector);
  }

  protected onSaved(kind: 'reply' | 'edit'): void {
    this.mode.set('view');
    this.moreReplies.set(null);
    this.changed.emit(this.translate.instant(kind === 'reply' ? 'comments.replyPosted' : 'comments.edited'));
  }

  protected async remove(): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      title: this.translate.instant('comments.deleteTitle'),
      text: [this.translate.instant('comments.deleteText')],
      confirm: this.translate.instant('comments.delete'),
      cancel: this.translate.instant('common.cancel'),
    });
    if (!ok) return;
    this.error.set(null);
    try {
      await this.api.delete(this.comment().id);
      this.changed.emit(this.translate.instant('comments.deleted'));
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    }
  }

  protected async showAllReplies(): Promise<void> {
    this.error.set(null);
    try {
      const page = await this.api.replies(this.comment().id, 1, 100);
      this.moreReplies.set(page.items);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  /** After a reload of the thread, put focus back on this comment. */
  focus(): void {
    this.article()?.nativeElement.focus();
  }
}
