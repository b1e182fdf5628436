import { Component, ElementRef, Injector, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ProposalDetail } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, focusFirstInvalid } from '../core/forms';
import { notBlank } from '../core/password-policy';
import { ProposalsApi } from './proposals.api';

/**
 * Publish or reject a submitted proposal, for moderators and admins. Temporary: the moderation
 * queue replaces these buttons; both go through its decisions (logged, told to the authors).
 */
@Component({
  selector: 'cc-moderation-actions',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  template: `
    <section class="card moderation" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{{ 'proposals.moderation.heading' | translate }}</h2>
      <p>{{ 'proposals.moderation.intro' | translate }}</p>
      @if (!rejecting()) {
        <div class="actions">
          <button mat-flat-button type="button" [disabled]="busy()" (click)="publish()"><mat-icon aria-hidden="true" fontIcon="check" />{{ 'proposals.moderation.publish' | translate }}</button>
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="startReject()"><mat-icon aria-hidden="true" fontIcon="block" />{{ 'proposals.moderation.reject' | translate }}</button>
        </div>
      } @else {
        <form (submit)="$event.preventDefault(); reject()" #formElement novalidate>
          <mat-form-field class="full-width">
            <mat-label>{{ 'proposals.moderation.reason' | translate }}</mat-label>
            <textarea matInput [formControl]="reason" rows="3" maxlength="2000" required #reasonInput></textarea>
            <mat-hint>{{ 'proposals.moderation.reasonHint' | translate }}</mat-hint>
            @if (reason.hasError('required')) {
              <mat-error>{{ 'proposals.moderation.reasonRequired' | translate }}</mat-error>
            }
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'proposals.moderation.confirmReject' | translate }}</button>
            <button mat-button type="button" (click)="rejecting.set(false)">{{ 'common.cancel' | translate }}</button>
          </div>
        </form>
      }
      <div role="alert">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
    </section>
  `,
  styles: `.moderation { border-color: var(--mat-sys-tertiary); border-width: 2px; } .moderation h2 { margin-top: .75rem; }`,
})
export class ModerationActions {
  private readonly api = inject(ProposalsApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly reasonInput = viewChild<ElementRef<HTMLElement>>('reasonInput');

  readonly proposalId = input.required<string>();
  readonly decided = output<{ proposal: ProposalDetail; action: 'published' | 'rejected' }>();

  protected readonly reason = new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(2000)] });
  protected readonly rejecting = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected startReject(): void {
    this.rejecting.set(true);
    focusAfterRender(() => this.reasonInput(), this.injector);
  }

  protected async publish(): Promise<void> {
    await this.act(async () => this.decided.emit({ proposal: await this.api.publish(this.proposalId()), action: 'published' }));
  }

  protected async reject(): Promise<void> {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    await this.act(async () => this.decided.emit({ proposal: await this.api.reject(this.proposalId(), this.reason.value.trim()), action: 'rejected' }));
  }

  private async act(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
    }
  }
}
