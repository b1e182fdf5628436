import { Component, computed, input } from '@angular/core';
import type { ProposalResults } from '@concordia/contracts';
import { DEFAULT_SECRET_RESULTS_MINIMUM } from '@concordia/domain';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * What a withheld secret result publishes: its number of ballots and why nothing else, with the
 * instance's minimum (SECRET_RESULTS_MIN_BALLOTS) that the results carry.
 *
 *   <cc-withheld-note [results]="r" />            a framed note
 *   <cc-withheld-note [results]="r" inline />     a sentence in a list or a table cell
 */
@Component({
  selector: 'cc-withheld-note',
  imports: [MatIconModule, TranslatePipe],
  template: `
    @if (inline()) {
      <span class="withheld-text">{{ (ballots() === 1 ? 'votes.results.withheldOne' : 'votes.results.withheld') | translate: { n: ballots(), min: minimum() } }}</span>
    } @else {
      <p class="message info">
        <mat-icon aria-hidden="true" fontIcon="visibility_off" />
        <span>{{ (ballots() === 1 ? 'votes.results.withheldOne' : 'votes.results.withheld') | translate: { n: ballots(), min: minimum() } }}</span>
      </p>
    }
  `,
  styles: `
    :host { display: block; }
    :host([inline]) { display: inline; }
    .withheld-text { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class WithheldNote {
  readonly results = input.required<Pick<ProposalResults, 'ballots' | 'secretMinimum'>>();
  readonly inline = input(false, { transform: (value: boolean | '') => value === '' || value });
  protected readonly ballots = computed(() => this.results().ballots);
  protected readonly minimum = computed(() => this.results().secretMinimum ?? DEFAULT_SECRET_RESULTS_MINIMUM);
}
