import { Component, ElementRef, Injector, inject, input, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { ModerationTargetType } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { focusAfterRender } from '../core/forms';
import { SessionStore } from '../core/session.store';
import { ReportDialog, type ReportDialogData, type ReportDialogResult } from './report-dialog';

/**
 * "Signaler": a citizen reports a public proposal or comment to the moderators, once, with a
 * charter reason. Signed out, it leads to the sign-in page and back. Already reported (409), it
 * says so politely. Place it beside the item, never on the reader's own contribution.
 *
 *   <cc-report-button targetType="comment" [targetId]="comment.id" [subject]="'le commentaire de ' + name" />
 */
@Component({
  selector: 'cc-report-button',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    @if (done(); as outcome) {
      <p class="done" role="status" tabindex="-1" #doneMessage>
        <mat-icon aria-hidden="true" fontIcon="flag" />
        <span>{{ (outcome === 'reported' ? 'moderation.report.thanks' : 'moderation.report.already') | translate }}</span>
      </p>
    } @else if (session.signedIn()) {
      <button mat-button type="button" class="report" (click)="open()">
        <mat-icon aria-hidden="true" fontIcon="outlined_flag" />{{ 'moderation.report.button' | translate }}<span class="visually-hidden"> {{ subject() }}</span>
      </button>
    } @else {
      <a mat-button class="report" routerLink="/sign-in" [queryParams]="{ returnUrl: router.url }">
        <mat-icon aria-hidden="true" fontIcon="outlined_flag" />{{ 'moderation.report.button' | translate }}<span class="visually-hidden"> {{ subject() }} {{ 'moderation.report.signInFirst' | translate }}</span>
      </a>
    }
  `,
  styles: `
    .report { color: var(--mat-sys-on-surface-variant); }
    .done { display: inline-flex; gap: .35rem; align-items: center; margin: 0; font-size: .9rem; color: var(--mat-sys-on-surface-variant); }
    .done mat-icon { font-size: 1.1rem; width: 1.1rem; height: 1.1rem; }
  `,
})
export class ReportButton {
  protected readonly session = inject(SessionStore);
  protected readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly doneMessage = viewChild<ElementRef<HTMLElement>>('doneMessage');

  readonly targetType = input.required<ModerationTargetType>();
  readonly targetId = input.required<string>();
  /** What is reported, in words: "la proposition #12" (used in the button's accessible name and the dialog title). */
  readonly subject = input.required<string>();

  protected readonly done = signal<ReportDialogResult>(undefined);

  protected async open(): Promise<void> {
    const data: ReportDialogData = { targetType: this.targetType(), targetId: this.targetId(), subject: this.subject() };
    const ref = this.dialog.open<ReportDialog, ReportDialogData, ReportDialogResult>(ReportDialog, {
      data,
      maxWidth: 'min(36rem, calc(100vw - 2rem))',
      autoFocus: 'first-heading',
      restoreFocus: true,
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (!result) return;
    this.done.set(result);
    // The button is gone: focus goes to the message that replaced it.
    focusAfterRender(() => this.doneMessage(), this.injector);
  }
}
