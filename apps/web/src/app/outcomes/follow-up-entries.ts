import { Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { FollowUpEntryView } from '@concordia/contracts';
import { LanguageService } from '../i18n/language.service';
import { STATUS_ICONS } from './follow-up-status';
import { formatDay } from './format';

/** A follow-up timeline: one dated step per update, with its status, progress and milestone. */
@Component({
  selector: 'cc-follow-up-entries',
  imports: [RouterLink, MatIconModule, TranslatePipe],
  template: `
    <ol class="timeline">
      @for (entry of entries(); track entry.id) {
        <li [attr.data-status]="entry.status">
          <span class="dot" aria-hidden="true"><mat-icon [fontIcon]="icons[entry.status]" /></span>
          <div class="entry">
            <p class="when"><time [attr.datetime]="entry.date">{{ day(entry.date) }}</time></p>
            @if (showProposal()) {
              <p class="which">
                <a [routerLink]="['/consultations', slug(), 'follow-up', entry.proposal.ref]">#{{ entry.proposal.ref }} {{ entry.proposal.title }}</a>
              </p>
            }
            @if (entry.milestone) {
              <p class="milestone">{{ entry.milestone }}</p>
            }
            <p class="state">
              {{ 'outcomes.followUp.status.' + entry.status | translate }} · {{ 'outcomes.followUp.progress' | translate: { progress: entry.progress } }}
            </p>
            @if (entry.reason) {
              <p><strong>{{ 'outcomes.followUp.reason' | translate }}{{ 'committee.colon' | translate }}</strong> {{ entry.reason }}</p>
            }
            @if (entry.detailsHtml) {
              <div class="details" [innerHTML]="entry.detailsHtml"></div>
            }
          </div>
        </li>
      }
    </ol>
  `,
  styles: `
    :host { display: block; }
    .timeline { list-style: none; margin: 0; padding: 0; position: relative; }
    .timeline li { display: grid; grid-template-columns: 2.25rem minmax(0, 1fr); gap: .75rem; position: relative; padding-bottom: 1rem; }
    .timeline li::before { content: ''; position: absolute; left: calc(1.125rem - 1px); top: 2.25rem; bottom: 0; border-left: 2px solid var(--mat-sys-outline-variant); }
    .timeline li:last-child::before { display: none; }
    .dot { display: inline-flex; align-items: center; justify-content: center; width: 2.25rem; height: 2.25rem; border-radius: 50%; background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    li[data-status='done'] .dot { background: #d7f0dc; color: #0f5323; }
    li[data-status='abandoned'] .dot { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .dot mat-icon { font-size: 1.25rem; width: 1.25rem; height: 1.25rem; }
    .entry { min-width: 0; overflow-wrap: anywhere; }
    .entry p { margin: 0 0 .2rem; }
    .when { font-weight: 600; }
    .milestone { font-size: 1.05rem; font-weight: 600; }
    .state { color: var(--mat-sys-on-surface-variant); }
    .details ::ng-deep > :first-child { margin-top: 0; }
    .details ::ng-deep p { margin: .25rem 0; }
  `,
})
export class FollowUpEntries {
  private readonly language = inject(LanguageService);
  readonly entries = input.required<FollowUpEntryView[]>();
  /** Name the recommendation of each step (the consultation's timeline). */
  readonly showProposal = input(false);
  readonly slug = input<string>('');
  protected readonly icons = STATUS_ICONS;

  protected day(date: string): string {
    return formatDay(date, this.language.current());
  }
}
