import { Component, ElementRef, Injector, computed, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CoauthorView, ProposalDetail } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusFirstInvalid } from '../core/forms';
import { SessionStore } from '../core/session.store';
import { ProposalsApi } from './proposals.api';

/** Inviting co-authors by e-mail; the answer never tells whether the address has an account. */
@Component({
  selector: 'cc-coauthors',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="coauthors-heading">
      <h2 id="coauthors-heading">{{ 'proposals.coauthors.heading' | translate }}</h2>
      <p>{{ 'proposals.coauthors.intro' | translate }}</p>
      @if (list().length) {
        <ul class="people">
          @for (c of list(); track c.id) {
            <li>
              <span>{{ c.displayName }} — {{ (c.acceptedAt ? 'proposals.coauthors.statusAccepted' : 'proposals.coauthors.statusPending') | translate }}</span>
              @if (isFirstAuthor()) {
                <button mat-button type="button" (click)="remove(c)">{{ 'proposals.coauthors.remove' | translate }}<span class="visually-hidden"> {{ c.displayName }}</span></button>
              }
            </li>
          }
        </ul>
      }
      <form class="invite" (submit)="$event.preventDefault(); invite()" #formElement novalidate>
        <mat-form-field>
          <mat-label>{{ 'proposals.coauthors.email' | translate }}</mat-label>
          <input matInput type="email" [formControl]="email" autocomplete="off" maxlength="254" required />
          @if (email.hasError('required')) {
            <mat-error>{{ 'auth.errors.emailRequired' | translate }}</mat-error>
          } @else if (email.hasError('email')) {
            <mat-error>{{ 'auth.errors.emailInvalid' | translate }}</mat-error>
          } @else if (email.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <button mat-stroked-button type="submit" class="invite-button" [disabled]="busy()"><mat-icon aria-hidden="true" fontIcon="person_add" />{{ 'proposals.coauthors.invite' | translate }}</button>
      </form>
      <div role="status">
        @if (status(); as message) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
        }
      </div>
      <div role="alert">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
    </section>
  `,
  styles: `
    .card h2 { margin-top: .75rem; }
    .people { padding-left: 1.25rem; }
    .people li { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; }
    .invite { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; }
    .invite mat-form-field { flex: 1 1 16rem; max-width: 26rem; }
    .invite-button { margin-top: .5rem; }
  `,
})
export class Coauthors {
  private readonly api = inject(ProposalsApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');

  readonly proposal = input.required<ProposalDetail>();

  protected readonly email = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] });
  protected readonly removed = signal<ReadonlySet<string>>(new Set());
  protected readonly list = computed(() => this.proposal().coauthors.filter((c) => c.id && !this.removed().has(c.id)));
  protected readonly isFirstAuthor = computed(() => this.proposal().author.id === this.session.me()?.id);
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  protected async invite(): Promise<void> {
    if (this.busy()) return;
    this.status.set(null);
    this.error.set(null);
    if (this.email.invalid) {
      this.email.markAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const address = this.email.value.trim();
    this.busy.set(true);
    try {
      await this.api.inviteCoauthor(this.proposal().id, address);
      this.status.set(this.translate.instant('proposals.coauthors.sent', { email: address }));
      this.email.reset();
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(coauthor: CoauthorView): Promise<void> {
    if (!coauthor.id || this.busy()) return;
    this.busy.set(true);
    this.status.set(null);
    this.error.set(null);
    try {
      await this.api.removeCoauthor(this.proposal().id, coauthor.id);
      this.removed.update((set) => new Set(set).add(coauthor.id as string));
      this.status.set(this.translate.instant('proposals.coauthors.removed', { name: coauthor.displayName }));
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
    }
  }
}
