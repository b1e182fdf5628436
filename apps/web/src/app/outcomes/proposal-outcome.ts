import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProposalState } from '@concordia/contracts';
import { SessionStore } from '../core/session.store';
import { DECISION_COLOURS } from './format';
import { RecommendationFollowUp } from './recommendation-follow-up';

const DECIDED: ProposalState[] = ['adopted', 'adopted_with_amendments', 'not_adopted', 'out_of_scope'];

/**
 * For the proposal page: the committee's decision with a link to the official response, then the
 * follow-up of an adopted recommendation; "under review" while the committee examines it.
 *
 *   <cc-proposal-outcome [slug]="c.slug" [proposalId]="p.id" [ref]="p.ref" [state]="p.state" />
 */
@Component({
  selector: 'cc-proposal-outcome',
  imports: [RouterLink, MatIconModule, TranslatePipe, RecommendationFollowUp],
  template: `
    @if (decided()) {
      <section class="card decision" aria-labelledby="proposal-outcome-heading" [style.border-inline-start-color]="colour()">
        <h2 id="proposal-outcome-heading">{{ 'outcomes.proposal.heading' | translate }}</h2>
        <p><strong>{{ 'outcomes.decisions.' + state() | translate }}</strong></p>
        <p>
          <a [routerLink]="['/consultations', slug(), 'outcomes']" [fragment]="'recommendation-' + ref()">{{ 'outcomes.proposal.readResponse' | translate }}</a>
        </p>
      </section>
      @if (adopted()) {
        <cc-recommendation-follow-up [proposal]="proposalId()" />
      }
    } @else if (state() === 'under_review') {
      <section class="card" aria-labelledby="proposal-outcome-heading">
        <h2 id="proposal-outcome-heading">{{ 'outcomes.proposal.heading' | translate }}</h2>
        <p>{{ 'outcomes.proposal.underReview' | translate }}</p>
        @if (committeeLink()) {
          <p><a [routerLink]="['/consultations', slug(), 'committee', 'proposals', ref()]">{{ 'outcomes.proposal.reviewLink' | translate }}</a></p>
        }
      </section>
    }
  `,
  styles: `
    :host { display: block; }
    .decision { border-inline-start-width: 6px; }
    cc-recommendation-follow-up { margin-top: 1.5rem; }
  `,
})
export class ProposalOutcome {
  private readonly session = inject(SessionStore);
  readonly slug = input.required<string>();
  readonly proposalId = input.required<string>();
  readonly ref = input.required<number>();
  readonly state = input.required<ProposalState>();

  protected readonly decided = computed(() => DECIDED.includes(this.state()));
  protected readonly adopted = computed(() => this.state() === 'adopted' || this.state() === 'adopted_with_amendments');
  protected readonly colour = computed(() => DECISION_COLOURS[this.state()] ?? 'var(--mat-sys-outline)');
  protected readonly committeeLink = computed(() => {
    const roles = this.session.me()?.roles ?? [];
    return roles.includes('committee') || roles.includes('admin');
  });
}
