import { Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { ConsultationList } from '../consultations/consultation-list';
import { SessionStore } from '../core/session.store';

interface Step {
  key: 'propose' | 'vote' | 'decide' | 'follow';
}

/** The landing page: what Concordia is, how a consultation runs, then the consultations. */
@Component({
  selector: 'cc-home',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, ConsultationList],
  template: `
    <div class="page">
      <section class="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{{ 'home.heading' | translate }}</h1>
        <p class="lead">{{ 'home.lead' | translate }}</p>
        <div class="actions">
          @if (session.signedIn()) {
            <a mat-flat-button routerLink="/account">{{ 'home.ctaAccount' | translate }}</a>
          } @else {
            <a mat-flat-button routerLink="/sign-up">{{ 'home.ctaSignUp' | translate }}</a>
            <a mat-stroked-button routerLink="/sign-in">{{ 'home.ctaSignIn' | translate }}</a>
          }
        </div>
        <p class="reassurance">
          <mat-icon aria-hidden="true" fontIcon="shield" />
          <span>{{ 'home.reassurance' | translate }} <a routerLink="/privacy">{{ 'footer.privacy' | translate }}</a></span>
        </p>
      </section>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{{ 'home.stepsHeading' | translate }}</h2>
        <ol class="steps">
          @for (step of steps; track step.key; let i = $index) {
            <li class="step">
              <span class="number" aria-hidden="true">{{ i + 1 }}</span>
              <div>
                <h3>{{ 'home.steps.' + step.key + 'Title' | translate }}</h3>
                <p>{{ 'home.steps.' + step.key + 'Text' | translate }}</p>
              </div>
            </li>
          }
        </ol>
      </section>

      <cc-consultation-list [embedded]="true" />
    </div>
  `,
  styles: `
    .hero { padding: 1.5rem 0 1rem; max-width: 52rem; }
    .lead { font-size: 1.15rem; }
    .reassurance { display: flex; gap: .5rem; align-items: center; color: var(--mat-sys-on-surface-variant); }
    .reassurance mat-icon { flex: none; }
    .steps { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr)); }
    .step { display: flex; gap: .75rem; padding: 1rem; border-radius: 12px; background: var(--mat-sys-surface-container-low); border: 1px solid var(--mat-sys-outline-variant); }
    .step h3 { margin: .2rem 0 .25rem; font-size: 1.1rem; line-height: 1.3; }
    .step p { margin: 0; }
    .number { flex: none; display: grid; place-items: center; width: 2rem; height: 2rem; border-radius: 50%; background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); font-weight: 700; }
  `,
})
export class Home {
  protected readonly session = inject(SessionStore);
  protected readonly steps: Step[] = [
    { key: 'propose' },
    { key: 'vote' },
    { key: 'decide' },
    { key: 'follow' },
  ];
}
