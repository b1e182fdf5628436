import { Component, effect, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ProposalFollowUp } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { httpStatus } from '../core/forms';
import { SessionStore } from '../core/session.store';
import { FollowUpEntries } from './follow-up-entries';
import { FollowUpForm } from './follow-up-form';
import { FollowUpStatus } from './follow-up-status';
import { OutcomesApi } from './outcomes.api';

/**
 * The public follow-up of one adopted recommendation: where it stands, then its timeline, oldest
 * first; admins also get the form to post an update. Renders nothing for a proposal that has no
 * follow-up (not adopted, or outcomes not published), so any page may place it.
 *
 *   <cc-recommendation-follow-up [proposal]="p.id" />
 */
@Component({
  selector: 'cc-recommendation-follow-up',
  imports: [RouterLink, MatIconModule, TranslatePipe, FollowUpEntries, FollowUpForm, FollowUpStatus],
  template: `
    @if (data(); as d) {
      <section class="card" [attr.aria-labelledby]="headingId">
        <h2 [id]="headingId">{{ 'outcomes.followUp.recommendationHeading' | translate }}</h2>
        <p>
          {{ 'outcomes.followUp.decisionWas' | translate: { decision: ('outcomes.decisions.' + d.proposal.decision | translate) } }}
          <a [routerLink]="['/consultations', d.proposal.consultationSlug, 'outcomes']" [fragment]="'recommendation-' + d.proposal.ref">{{ 'outcomes.followUp.readResponse' | translate }}</a>
        </p>
        @if (d.current; as current) {
          <cc-follow-up-status [status]="current.status" [progress]="current.progress" [date]="current.date" [label]="'outcomes.followUp.progressOf' | translate: { ref: d.proposal.ref }" />
          @if (current.reason) {
            <p><strong>{{ 'outcomes.followUp.reason' | translate }}{{ 'committee.colon' | translate }}</strong> {{ current.reason }}</p>
          }
          <h3>{{ 'outcomes.followUp.timelineHeading' | translate }}</h3>
          <cc-follow-up-entries [entries]="d.entries" />
        } @else {
          <p>{{ 'outcomes.followUp.noneYet' | translate }}</p>
        }
        @if (session.isAdmin() && allowPost()) {
          <h3>{{ 'outcomes.followUp.form.heading' | translate }}</h3>
          <cc-follow-up-form [proposalId]="d.proposal.id" (posted)="onPosted($event)" />
        }
      </section>
    } @else if (error(); as message) {
      <p class="message error" role="alert"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
    }
  `,
  styles: `
    :host { display: block; }
    h3 { font-size: 1.1rem; margin: 1.25rem 0 .75rem; }
  `,
})
export class RecommendationFollowUp {
  private static next = 0;
  protected readonly headingId = `follow-up-heading-${RecommendationFollowUp.next++}`;
  private readonly api = inject(OutcomesApi);
  private readonly translate = inject(TranslateService);
  protected readonly session = inject(SessionStore);

  /** The proposal's uuid or number. */
  readonly proposal = input.required<string | number>();
  /** Offer admins the update form here. */
  readonly allowPost = input(true);
  readonly loaded = output<ProposalFollowUp | null>();

  protected readonly data = signal<ProposalFollowUp | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => void this.load(this.proposal()));
  }

  private async load(proposal: string | number): Promise<void> {
    try {
      const data = await this.api.proposalFollowUp(proposal);
      this.data.set(data);
      this.error.set(null);
      this.loaded.emit(data);
    } catch (error) {
      this.data.set(null);
      // 404: not adopted, or not published yet — nothing to show.
      this.error.set(httpStatus(error) === 404 ? null : apiErrorMessage(error, this.translate.instant('common.loadError')));
      this.loaded.emit(null);
    }
  }

  protected onPosted(data: ProposalFollowUp): void {
    this.data.set(data);
    this.loaded.emit(data);
  }
}
