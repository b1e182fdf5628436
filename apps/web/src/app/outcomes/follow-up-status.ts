import { Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { FollowUpStatusName } from '@concordia/contracts';
import { LanguageService } from '../i18n/language.service';
import { formatDay } from './format';

export const STATUS_ICONS: Record<FollowUpStatusName, string> = {
  planned: 'event',
  in_progress: 'autorenew',
  done: 'task_alt',
  abandoned: 'block',
};

/** Where a recommendation stands: status in words, a progress bar with its number in text, the date. */
@Component({
  selector: 'cc-follow-up-status',
  imports: [MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <p class="status" [attr.data-status]="status()">
      <mat-icon aria-hidden="true" [fontIcon]="icon()" />
      <strong>{{ 'outcomes.followUp.status.' + status() | translate }}</strong>
      @if (date(); as day) {
        <span class="secondary-text">— {{ 'outcomes.followUp.since' | translate: { date: dayText() } }}</span>
      }
    </p>
    <div class="progress">
      <mat-progress-bar mode="determinate" [value]="progress()" [attr.aria-label]="label() || ('outcomes.followUp.progressLabel' | translate)" />
      <span class="percent">{{ 'outcomes.followUp.progress' | translate: { progress: progress() } }}</span>
    </div>
  `,
  styles: `
    :host { display: block; }
    .status { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; margin: 0 0 .35rem; }
    .status[data-status='done'] mat-icon { color: #1a7f37; }
    .status[data-status='abandoned'] mat-icon { color: #b3261e; }
    .progress { display: flex; gap: .75rem; align-items: center; max-width: 28rem; }
    mat-progress-bar { flex: 1 1 auto; height: 10px; border-radius: 5px; --mat-progress-bar-track-height: 10px; --mat-progress-bar-active-indicator-height: 10px; }
    .percent { flex: none; font-variant-numeric: tabular-nums; font-weight: 600; }
  `,
})
export class FollowUpStatus {
  private readonly language = inject(LanguageService);
  readonly status = input.required<FollowUpStatusName>();
  readonly progress = input.required<number>();
  readonly date = input<string | null>(null);
  /** Names the progress bar, e.g. "Avancement de #12". */
  readonly label = input<string>('');

  protected readonly icon = computed(() => STATUS_ICONS[this.status()]);
  protected readonly dayText = computed(() => formatDay(this.date() ?? '', this.language.current()));
}
