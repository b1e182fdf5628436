import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { PHASES, type Phase } from '@concordia/contracts';
import { SessionStore } from '../core/session.store';

/**
 * For the consultation page: "Résultats et décisions" and "Suivi des décisions" once the outcomes
 * are published, and the committee's workspace for its members and admins.
 *
 *   <cc-outcome-links [slug]="c.slug" [phase]="c.phase" />
 */
@Component({
  selector: 'cc-outcome-links',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    @if (published() || committeeLink()) {
      <section class="card" aria-labelledby="outcome-links-heading">
        <h2 id="outcome-links-heading">{{ (published() ? 'outcomes.links.heading' : 'outcomes.links.committeeHeading') | translate }}</h2>
        @if (published()) {
          <p>{{ 'outcomes.links.text' | translate }}</p>
        }
        <div class="actions">
          @if (published()) {
            <a mat-flat-button [routerLink]="['/consultations', slug(), 'outcomes']"><mat-icon aria-hidden="true" fontIcon="gavel" />{{ 'outcomes.links.outcomes' | translate }}</a>
            <a mat-stroked-button [routerLink]="['/consultations', slug(), 'follow-up']"><mat-icon aria-hidden="true" fontIcon="timeline" />{{ 'outcomes.links.followUp' | translate }}</a>
          }
          @if (committeeLink()) {
            <a mat-stroked-button [routerLink]="['/consultations', slug(), 'committee']"><mat-icon aria-hidden="true" fontIcon="groups" />{{ 'outcomes.links.committee' | translate }}</a>
          }
        </div>
      </section>
    }
  `,
  styles: `:host { display: block; }`,
})
export class OutcomeLinks {
  private readonly session = inject(SessionStore);
  readonly slug = input.required<string>();
  readonly phase = input.required<Phase>();

  protected readonly published = computed(() => PHASES.indexOf(this.phase()) >= PHASES.indexOf('outcomes_published'));
  /** Committee members and admins (the API says who exactly sits on this committee). */
  protected readonly committeeLink = computed(() => {
    const roles = this.session.me()?.roles ?? [];
    return (roles.includes('committee') || roles.includes('admin')) && PHASES.indexOf(this.phase()) >= PHASES.indexOf('voting_open');
  });
}
