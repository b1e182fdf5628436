import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { DecisionView } from '@concordia/contracts';
import { LocalDatePipe } from '../core/local-date.pipe';
import { LanguageService } from '../i18n/language.service';

/**
 * For the authors on their proposal's page: why moderation rejected or hid it (charter reason and
 * note), what they can do (edit and resubmit, or appeal once), with a link to the decision page.
 * Shows nothing for decisions that took nothing away (approve, restore).
 *
 *   <cc-decision-notice [decision]="proposal.moderation?.lastDecision" />
 */
@Component({
  selector: 'cc-decision-notice',
  imports: [RouterLink, MatIconModule, TranslatePipe, LocalDatePipe],
  template: `
    @if (shown(); as d) {
      <section class="message warning decision-notice" [attr.aria-labelledby]="'decision-notice-' + d.id">
        <mat-icon aria-hidden="true" fontIcon="gavel" />
        <div>
          <h2 class="notice-heading" [id]="'decision-notice-' + d.id">{{ 'moderation.notice.heading.' + d.action | translate: { date: (d.decidedAt | localDate: language.current() : false) } }}</h2>
          @if (d.reason) {
            <p><strong>{{ 'moderation.decision.reason' | translate }}{{ 'moderation.pd.colon' | translate }}</strong>&ngsp;{{ 'moderation.reasons.' + d.reason | translate }} — {{ 'moderation.reasonHelp.' + d.reason | translate }}</p>
          }
          @if (d.note) {
            <p><strong>{{ 'moderation.decision.note' | translate }}{{ 'moderation.pd.colon' | translate }}</strong>&ngsp;<span class="note">{{ d.note }}</span></p>
          }
          @if (d.appeal) {
            <p>{{ 'moderation.appeal.status.' + (d.appeal.outcome ?? 'pending') | translate }}</p>
          } @else {
            <p>{{ (d.appealable ? 'moderation.notice.next' : 'moderation.notice.nextNoAppeal') | translate }}</p>
          }
          <p><a [routerLink]="['/moderation/decisions', d.id]">{{ (d.appealable ? 'moderation.notice.linkAppeal' : 'moderation.notice.link') | translate }}</a></p>
        </div>
      </section>
    }
  `,
  styles: `
    .decision-notice { background: #fff4e5; color: #3d2800; border-color: #8a5a00; }
    .notice-heading { font-size: 1.1rem; margin: 0 0 .25rem; }
    .note { white-space: pre-wrap; overflow-wrap: anywhere; }
  `,
})
export class DecisionNotice {
  protected readonly language = inject(LanguageService);
  readonly decision = input<DecisionView | null | undefined>(null);
  protected readonly shown = computed(() => {
    const d = this.decision();
    return d && ['reject', 'hide', 'confirm_hidden'].includes(d.action) ? d : null;
  });
}
