import { Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { DEFAULT_SECRET_RESULTS_MINIMUM } from '@concordia/domain';

/**
 * What a withheld secret result publishes: its number of ballots and why nothing else. The web
 * does not know the instance's minimum (SECRET_RESULTS_MIN_BALLOTS): it names the default one.
 *
 *   <cc-withheld-note [ballots]="r.ballots" />            a framed note
 *   <cc-withheld-note [ballots]="r.ballots" inline />     a sentence in a list or a table cell
 */
@Component({
  selector: 'cc-withheld-note',
  imports: [MatIconModule, TranslatePipe],
  template: `
    @if (inline()) {
      <span class="withheld-text">{{ (ballots() === 1 ? 'votes.results.withheldOne' : 'votes.results.withheld') | translate: { n: ballots(), min: minimum } }}</span>
    } @else {
      <p class="message info">
        <mat-icon aria-hidden="true" fontIcon="visibility_off" />
        <span>{{ (ballots() === 1 ? 'votes.results.withheldOne' : 'votes.results.withheld') | translate: { n: ballots(), min: minimum } }}</span>
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
  readonly ballots = input.required<number>();
  readonly inline = input(false, { transform: (value: boolean | '') => value === '' || value });
  protected readonly minimum = DEFAULT_SECRET_RESULTS_MINIMUM;
}
