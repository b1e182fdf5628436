import { Component, DestroyRef, Injector, afterNextRender, computed, effect, inject, input, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { OutcomeRecommendation, OutcomeReport, PublishedCommitteeBallot } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { LanguageService } from '../i18n/language.service';
import { CommitteeTally } from '../committee/committee-tally';
import { ballotWord } from '../committee/labels';
import { pageTitle } from '../committee/page-title';
import { AuditVerify } from './audit-verify';
import { ChartRow, ChartTable } from './chart-table';
import { CitizensResults } from './citizens-results';
import { Fingerprint } from './fingerprint';
import { FollowUpStatus } from './follow-up-status';
import { DECISION_COLOURS } from './format';
import { OutcomesApi } from './outcomes.api';

/** /consultations/:slug/outcomes — the public outcome report: synthesis, then each recommendation. */
@Component({
  selector: 'cc-outcome-page',
  imports: [RouterLink, MatIconModule, TranslatePipe, LocalDatePipe, AuditVerify, ChartTable, CitizensResults, CommitteeTally, Fingerprint, FollowUpStatus],
  templateUrl: './outcome-page.html',
  styleUrl: './outcome-page.scss',
})
export class OutcomePage {
  private readonly api = inject(OutcomesApi);
  private readonly translate = inject(TranslateService);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();

  readonly slug = input.required<string>();

  protected readonly report = signal<OutcomeReport | null>(null);
  protected readonly items = signal<OutcomeRecommendation[]>([]);
  /** Citizens voted by secret ballot: each voter can check their tracker. */
  protected readonly secret = computed(() => this.items().some((item) => item.citizens.secrecy === 'secret'));
  protected readonly loadError = signal<string | null>(null);
  protected readonly notPublished = signal(false);

  protected readonly decisionRows = computed<ChartRow[]>(() => {
    this.language.current();
    return (this.report()?.synthesis.decisions ?? []).map((d) => ({
      key: d.decision,
      label: this.translate.instant(`outcomes.decisions.${d.decision}`),
      value: d.count,
      colour: DECISION_COLOURS[d.decision],
    }));
  });
  protected readonly adoptedCount = computed(() =>
    (this.report()?.synthesis.decisions ?? []).filter((d) => d.decision === 'adopted' || d.decision === 'adopted_with_amendments').reduce((sum, d) => sum + d.count, 0),
  );
  protected readonly downloads = computed(() => {
    const base = `/api/consultations/${encodeURIComponent(this.slug())}/outcomes`;
    const lang = this.language.current();
    return [
      { format: 'pdf', href: `${base}.pdf?lang=${lang}`, type: 'application/pdf', icon: 'picture_as_pdf' },
      { format: 'csv', href: `${base}.csv?lang=${lang}`, type: 'text/csv', icon: 'table_view' },
      { format: 'json', href: `${base}.json?lang=${lang}`, type: 'application/json', icon: 'data_object' },
    ];
  });

  constructor() {
    effect(() => void this.load(this.slug()));
    // In-page links (#recommendation-12): scroll there and move focus, also when the report arrives later.
    const subscription = this.route.fragment.subscribe((fragment) => this.goTo(fragment));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  private async load(slug: string): Promise<void> {
    this.loadError.set(null);
    this.notPublished.set(false);
    try {
      const first = await this.api.report(slug, 1, 100);
      const items = [...first.items];
      for (let page = 2; items.length < first.total && page <= 50; page++) {
        const next = await this.api.report(slug, page, 100);
        if (next.items.length === 0) break;
        items.push(...next.items);
      }
      this.report.set(first);
      this.items.set(items);
      this.setTitle((t) => t.instant('outcomes.page.pageTitle', { title: first.consultation.title }));
      this.goTo(this.route.snapshot.fragment, true);
    } catch (error) {
      this.report.set(null);
      if (httpStatus(error) === 404) this.notPublished.set(true);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
      this.setTitle((t) => t.instant('outcomes.page.title'));
    }
  }

  private goTo(fragment: string | null, afterRender = false): void {
    if (!fragment || !this.report()) return;
    // After the shell has moved focus to <main> for the navigation (a microtask), and once rendered.
    const go = () =>
      setTimeout(() => {
        const target = document.getElementById(fragment);
        if (!target) return;
        target.scrollIntoView({ block: 'start' });
        (target.querySelector<HTMLElement>('h2[tabindex]') ?? target).focus({ preventScroll: true });
      });
    if (afterRender) afterNextRender(go, { injector: this.injector });
    else go();
  }

  protected ballotText(ballot: PublishedCommitteeBallot): string {
    return ballotWord(ballot, this.translate, this.report()?.consultation.gradeScale ?? [], this.language.current());
  }

  protected isAdopted(item: OutcomeRecommendation): boolean {
    return item.decision === 'adopted' || item.decision === 'adopted_with_amendments';
  }

  protected decisionColour(decision: string): string {
    return DECISION_COLOURS[decision];
  }
}
