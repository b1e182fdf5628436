import { Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Representativeness } from '@concordia/contracts';
import { SMALL_CELL_THRESHOLD } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { SessionStore } from '../core/session.store';
import { pageTitle } from '../committee/page-title';
import { LanguageService } from '../i18n/language.service';
import { DemographicsApi } from './demographics.api';
import { DimensionComparison } from './dimension-comparison';

/** /representativeness and /consultations/:slug/representativeness — who takes part, against the census. */
@Component({
  selector: 'cc-representativeness-page',
  imports: [RouterLink, MatIconModule, TranslatePipe, DimensionComparison],
  templateUrl: './representativeness-page.html',
  styleUrl: './representativeness-page.scss',
})
export class RepresentativenessPage {
  private readonly api = inject(DemographicsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);
  private readonly setTitle = pageTitle();

  /** From the route; absent on the platform-wide page. */
  readonly slug = input<string | undefined>(undefined);

  protected readonly data = signal<Representativeness | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly threshold = computed(() => this.data()?.threshold ?? SMALL_CELL_THRESHOLD);
  protected readonly downloads = computed(() => {
    const lang = this.language.current();
    const consultation = this.slug() ? `&consultation=${encodeURIComponent(this.slug()!)}` : '';
    return [
      { format: 'csv', href: `/api/demographics/representativeness.csv?lang=${lang}${consultation}`, type: 'text/csv', icon: 'table_view' },
      { format: 'json', href: `/api/demographics/representativeness.json?lang=${lang}${consultation}`, type: 'application/json', icon: 'data_object' },
    ];
  });

  constructor() {
    // Labels of categories come from the API in the reader's language: reload on a language switch.
    effect(() => void this.load(this.slug() ?? null, this.language.current()));
  }

  private async load(slug: string | null, _language: string): Promise<void> {
    this.loadError.set(null);
    try {
      const data = await this.api.representativeness(slug);
      this.data.set(data);
      this.setTitle((t) => (data.consultation ? `${t.instant('demographics.page.title')} — ${data.consultation.title}` : t.instant('demographics.page.title')));
    } catch (error) {
      this.data.set(null);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }
}
