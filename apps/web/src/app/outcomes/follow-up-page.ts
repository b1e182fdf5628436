import { Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { FOLLOW_UP_STATUS_NAMES, type ConsultationFollowUp, type FollowUpEntryView } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { pageTitle } from '../committee/page-title';
import { ChartRow, ChartTable } from './chart-table';
import { FollowUpEntries } from './follow-up-entries';
import { FollowUpForm, FollowUpTarget } from './follow-up-form';
import { FollowUpStatus } from './follow-up-status';
import { OutcomesApi } from './outcomes.api';

const STATUS_COLOURS: Record<string, string> = { planned: '#6b6b6b', in_progress: '#0a5fb4', done: '#1a7f37', abandoned: '#b3261e' };
const PAGE_SIZE = 20;

/** /consultations/:slug/follow-up — where every adopted recommendation stands, and the public timeline. */
@Component({
  selector: 'cc-follow-up-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, ChartTable, FollowUpEntries, FollowUpForm, FollowUpStatus],
  templateUrl: './follow-up-page.html',
  styleUrl: './follow-up-page.scss',
})
export class FollowUpPage {
  private readonly api = inject(OutcomesApi);
  private readonly translate = inject(TranslateService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();

  readonly slug = input.required<string>();

  protected readonly data = signal<ConsultationFollowUp | null>(null);
  protected readonly entries = signal<FollowUpEntryView[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreStatus = signal<string | null>(null);
  private page = 1;

  protected readonly targets = computed<FollowUpTarget[]>(() =>
    (this.data()?.recommendations ?? []).map((r) => ({ proposalId: r.proposalId, ref: r.ref, title: r.title })),
  );
  protected readonly statusRows = computed<ChartRow[]>(() => {
    this.language.current();
    const recommendations = this.data()?.recommendations ?? [];
    const rows: ChartRow[] = FOLLOW_UP_STATUS_NAMES.map((status) => ({
      key: status,
      label: this.translate.instant(`outcomes.followUp.status.${status}`),
      value: recommendations.filter((r) => r.current?.status === status).length,
      colour: STATUS_COLOURS[status],
    }));
    const none = recommendations.filter((r) => !r.current).length;
    if (none > 0) rows.unshift({ key: 'none', label: this.translate.instant('outcomes.followUp.status.none'), value: none, colour: '#b0b0b0' });
    return rows;
  });
  protected readonly hasMore = computed(() => this.entries().length < (this.data()?.total ?? 0));

  constructor() {
    effect(() => void this.load(this.slug()));
  }

  private async load(slug: string): Promise<void> {
    this.loadError.set(null);
    try {
      const data = await this.api.consultationFollowUp(slug, 1, PAGE_SIZE);
      this.page = 1;
      this.data.set(data);
      this.entries.set(data.items);
      this.setTitle((t) => t.instant('outcomes.followUp.pageTitle', { title: data.consultation.title }));
    } catch (error) {
      this.data.set(null);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
      this.setTitle((t) => t.instant('outcomes.followUp.title'));
    }
  }

  protected async more(): Promise<void> {
    this.loadingMore.set(true);
    try {
      const next = await this.api.consultationFollowUp(this.slug(), this.page + 1, PAGE_SIZE);
      this.page++;
      this.entries.update((list) => [...list, ...next.items]);
      this.moreStatus.set(this.translate.instant('outcomes.followUp.moreLoaded', { count: next.items.length }));
    } catch (error) {
      this.moreStatus.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected async onPosted(): Promise<void> {
    await this.load(this.slug());
  }
}
