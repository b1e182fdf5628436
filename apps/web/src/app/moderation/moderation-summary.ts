import { Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { MODERATION_REASONS, type ModerationSummary, type ReasonCounts } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { ModerationApi } from './moderation.api';

const ROWS = [...MODERATION_REASONS, 'reported'] as const;
type Row = (typeof ROWS)[number];

/**
 * Public transparency for one consultation: rejected and hidden items by charter reason, merges,
 * decisions and appeals. Numbers only (no text, no person), as a data table.
 *
 *   <cc-moderation-summary [slug]="consultation.slug" headingLevel="2" />
 */
@Component({
  selector: 'cc-moderation-summary',
  imports: [MatIconModule, TranslatePipe],
  template: `
    @if (summary(); as s) {
      <div class="table-scroll" role="region" tabindex="0" [attr.aria-labelledby]="captionId">
        <table class="summary-table">
          <caption [id]="captionId">{{ 'moderation.summary.caption' | translate }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'moderation.summary.colReason' | translate }}</th>
              <th scope="col">{{ 'moderation.summary.proposalsRejected' | translate }}</th>
              <th scope="col">{{ 'moderation.summary.proposalsHidden' | translate }}</th>
              <th scope="col">{{ 'moderation.summary.commentsRejected' | translate }}</th>
              <th scope="col">{{ 'moderation.summary.commentsHidden' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows; track row) {
              <tr>
                <th scope="row">{{ 'moderation.reasons.' + row | translate }}</th>
                <td>{{ count(s.proposals.rejected, row) }}</td>
                <td>{{ count(s.proposals.hidden, row) }}</td>
                <td>{{ count(s.comments.rejected, row) }}</td>
                <td>{{ count(s.comments.hidden, row) }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{{ 'moderation.summary.total' | translate }}</th>
              <td>{{ sum(s.proposals.rejected) }}</td>
              <td>{{ sum(s.proposals.hidden) }}</td>
              <td>{{ sum(s.comments.rejected) }}</td>
              <td>{{ sum(s.comments.hidden) }}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <dl class="figures">
        <div><dt>{{ 'moderation.summary.decisions' | translate }}</dt><dd>{{ s.decisions }}</dd></div>
        <div><dt>{{ 'moderation.summary.merged' | translate }}</dt><dd>{{ s.proposals.merged }}</dd></div>
        <div><dt>{{ 'moderation.summary.appealsFiled' | translate }}</dt><dd>{{ s.appeals.filed }}</dd></div>
        <div><dt>{{ 'moderation.summary.appealsOverturned' | translate }}</dt><dd>{{ s.appeals.overturned }}</dd></div>
        <div><dt>{{ 'moderation.summary.appealsUpheld' | translate }}</dt><dd>{{ s.appeals.upheld }}</dd></div>
        <div><dt>{{ 'moderation.summary.appealsPending' | translate }}</dt><dd>{{ s.appeals.pending }}</dd></div>
      </dl>
      <p class="note">{{ 'moderation.summary.note' | translate }}</p>
    } @else if (error(); as message) {
      <p class="message error" role="alert"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
    } @else {
      <p role="status">{{ 'common.loading' | translate }}</p>
    }
  `,
  styles: `
    .table-scroll { overflow-x: auto; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .summary-table { width: 100%; min-width: 36rem; border-collapse: collapse; }
    caption { text-align: start; font-weight: 600; padding: .75rem; }
    th, td { padding: .5rem .75rem; border-top: 1px solid var(--mat-sys-outline-variant); text-align: end; }
    th[scope='row'], thead th:first-child { text-align: start; font-weight: normal; }
    thead th { background: var(--mat-sys-surface-container); font-weight: 600; vertical-align: bottom; }
    tfoot th, tfoot td { font-weight: 700; border-top-width: 2px; }
    td { font-variant-numeric: tabular-nums; }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; margin: 1.25rem 0; }
    .figures div { border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; padding: .5rem .75rem; }
    .figures dt { font-size: .9rem; color: var(--mat-sys-on-surface-variant); }
    .figures dd { margin: 0; font-size: 1.5rem; font-weight: 700; font-variant-numeric: tabular-nums; }
    .note { color: var(--mat-sys-on-surface-variant); max-width: 48rem; }
  `,
})
export class ModerationSummaryView {
  private readonly api = inject(ModerationApi);
  private readonly translate = inject(TranslateService);

  readonly slug = input.required<string>();
  protected readonly rows = ROWS;
  protected readonly summary = signal<ModerationSummary | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly captionId = `moderation-summary-${Math.random().toString(36).slice(2, 8)}`;

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected count(counts: ReasonCounts, row: Row): number {
    return counts[row] ?? 0;
  }

  protected sum(counts: ReasonCounts): number {
    return Object.values(counts).reduce<number>((total, n) => total + (n ?? 0), 0);
  }

  private async load(slug: string): Promise<void> {
    this.summary.set(null);
    this.error.set(null);
    try {
      this.summary.set(await this.api.summary(slug));
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }
}
