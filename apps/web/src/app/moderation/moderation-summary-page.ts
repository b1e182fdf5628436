import { HttpClient } from '@angular/common/http';
import { Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ConsultationDetail } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { ModerationSummaryView } from './moderation-summary';

/** /consultations/:slug/moderation — the public transparency summary of a consultation's moderation. */
@Component({
  selector: 'cc-moderation-summary-page',
  imports: [RouterLink, TranslatePipe, ModerationSummaryView],
  template: `
    <div class="page">
      <nav class="breadcrumb" [attr.aria-label]="'moderation.summary.breadcrumb' | translate">
        <ol>
          <li><a routerLink="/consultations">{{ 'nav.consultations' | translate }}</a></li>
          <li><a [routerLink]="['/consultations', slug()]">{{ title() ?? slug() }}</a></li>
          <li><span aria-current="page">{{ 'moderation.summary.crumb' | translate }}</span></li>
        </ol>
      </nav>
      <h1>{{ 'moderation.summary.heading' | translate }}</h1>
      @if (title(); as t) {
        <p class="lead">{{ t }}</p>
      }
      <p class="intro">{{ 'moderation.summary.intro' | translate }}</p>
      <cc-moderation-summary [slug]="slug()" />
    </div>
  `,
  styles: `
    .breadcrumb ol { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; padding: 0; margin: 0 0 .5rem; font-size: .95rem; }
    .breadcrumb li + li::before { content: '›'; margin-right: .25rem; color: var(--mat-sys-on-surface-variant); }
    .breadcrumb [aria-current] { color: var(--mat-sys-on-surface-variant); }
    .lead { font-size: 1.15rem; font-weight: 500; margin-top: -.5rem; }
    .intro { max-width: 48rem; }
  `,
})
export class ModerationSummaryPage {
  private readonly http = inject(HttpClient);
  readonly slug = input.required<string>();
  protected readonly title = signal<string | null>(null);

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => {
        firstValueFrom(this.http.get<ConsultationDetail>(`/api/consultations/${encodeURIComponent(slug)}`))
          .then((c) => this.title.set(c.title))
          .catch(() => this.title.set(null));
      });
    });
  }
}
