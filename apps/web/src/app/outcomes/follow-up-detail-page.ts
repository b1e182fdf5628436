import { Component, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProposalFollowUp } from '@concordia/contracts';
import { pageTitle } from '../committee/page-title';
import { RecommendationFollowUp } from './recommendation-follow-up';

/** /consultations/:slug/follow-up/:ref — one recommendation's follow-up. */
@Component({
  selector: 'cc-follow-up-detail-page',
  imports: [RouterLink, MatIconModule, TranslatePipe, RecommendationFollowUp],
  template: `
    <div class="page">
      <nav class="breadcrumb" [attr.aria-label]="'committee.breadcrumb' | translate">
        <ol>
          <li><a routerLink="/consultations">{{ 'consultations.title' | translate }}</a></li>
          <li><a [routerLink]="['/consultations', slug()]">{{ data()?.proposal?.consultationTitle ?? slug() }}</a></li>
          <li><a [routerLink]="['/consultations', slug(), 'follow-up']">{{ 'outcomes.followUp.title' | translate }}</a></li>
          <li><span aria-current="page">#{{ ref() }}</span></li>
        </ol>
      </nav>
      @if (data(); as d) {
        <h1>#{{ d.proposal.ref }} {{ d.proposal.title }}</h1>
        <p><a [routerLink]="['/proposals', d.proposal.ref]">{{ 'outcomes.recommendation.proposalPage' | translate }}</a></p>
      } @else if (missing()) {
        <h1>{{ 'outcomes.followUp.itemTitle' | translate }}</h1>
        <p class="message info" role="alert"><mat-icon aria-hidden="true" fontIcon="info" /><span>{{ 'outcomes.followUp.missing' | translate }}</span></p>
        <p><a [routerLink]="['/consultations', slug(), 'follow-up']">{{ 'outcomes.followUp.backToTimeline' | translate }}</a></p>
      } @else {
        <p role="status">{{ 'common.loading' | translate }}</p>
      }
      <cc-recommendation-follow-up [proposal]="ref()" (loaded)="onLoaded($event)" />
    </div>
  `,
  styles: `
    .breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem .5rem; padding: 0; margin: 0 0 .5rem; font-size: .95rem; }
    .breadcrumb li + li::before { content: '›'; margin-inline-end: .5rem; color: var(--mat-sys-on-surface-variant); }
    h1 { overflow-wrap: anywhere; }
    .page { max-width: 60rem; }
  `,
})
export class FollowUpDetailPage {
  private readonly setTitle = pageTitle();
  readonly slug = input.required<string>();
  readonly ref = input.required<string>();
  protected readonly data = signal<ProposalFollowUp | null>(null);
  protected readonly missing = signal(false);

  protected onLoaded(data: ProposalFollowUp | null): void {
    this.data.set(data);
    this.missing.set(data === null);
    if (data) this.setTitle((t) => t.instant('outcomes.followUp.itemPageTitle', { title: `#${data.proposal.ref} ${data.proposal.title}` }));
    else this.setTitle((t) => t.instant('outcomes.followUp.itemTitle'));
  }
}
