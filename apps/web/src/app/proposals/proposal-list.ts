import { Component, DestroyRef, OnInit, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Location } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PHASES, PROPOSAL_SORTS, PROPOSAL_STATES, type ConsultationDetail, type ProposalSort, type ProposalState, type ProposalSummary } from '@concordia/contracts';
import { debounceTime } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { ConsultationsApi } from '../consultations/consultations.api';
import { ThemeLabelPipe } from '../consultations/labels';
import { pageTitle } from '../consultations/page-title';
import { LanguageService } from '../i18n/language.service';
import { ProposalQuery, ProposalsApi } from './proposals.api';

const PAGE_SIZES = [10, 20, 50];
const SEED_KEY = 'concordia.proposals.seed.';

/** The order of a random sort is kept for the whole visit (this tab), so paging never repeats a proposal. */
function storedSeed(slug: string): string | undefined {
  try {
    return sessionStorage.getItem(SEED_KEY + slug) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeSeed(slug: string, seed: string): void {
  try {
    sessionStorage.setItem(SEED_KEY + slug, seed);
  } catch {
    // Storage refused (private browsing): the order changes on reload, nothing worse.
  }
}

/** /consultations/:slug/proposals — search, filters, sorts, pages; the query lives in the address. */
@Component({
  selector: 'cc-proposal-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    ThemeLabelPipe,
  ],
  templateUrl: './proposal-list.html',
  styleUrl: './proposal-list.scss',
})
export class ProposalList implements OnInit {
  private readonly consultationsApi = inject(ConsultationsApi);
  private readonly api = inject(ProposalsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly location = inject(Location);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();

  readonly slug = input.required<string>();
  // Query parameters (router input binding).
  readonly q = input<string>();
  readonly theme = input<string>();
  readonly state = input<string>();
  readonly sort = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();
  readonly mine = input<string>();

  protected readonly consultation = signal<ConsultationDetail | null>(null);
  protected readonly items = signal<ProposalSummary[]>([]);
  protected readonly total = signal(0);
  protected readonly query = signal<ProposalQuery>({ page: 1, pageSize: 20 });
  protected readonly loading = signal(true);
  protected readonly loaded = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly feedback = signal<string | null>(null);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly states = PROPOSAL_STATES;

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    theme: new FormControl('', { nonNullable: true }),
    state: new FormControl('', { nonNullable: true }),
    sort: new FormControl<ProposalSort>('newest', { nonNullable: true }),
    mine: new FormControl(false, { nonNullable: true }),
  });

  protected readonly isStaff = computed(() => {
    const me = this.session.me();
    return !!me?.totpEnabled && me.roles.some((role) => role === 'moderator' || role === 'admin');
  });

  /** Tally sorts follow the method, and open only once a secret vote is over (they would leak it). */
  protected readonly sorts = computed<ProposalSort[]>(() => {
    const c = this.consultation();
    const hasQuery = !!this.query().q;
    return PROPOSAL_SORTS.filter((sort) => {
      if (sort === 'relevance') return hasQuery;
      if (sort !== 'best_grade' && sort !== 'most_supported') return true;
      if (!c) return false;
      const sealed = c.settings.ballotSecrecy === 'secret' && PHASES.indexOf(c.phase) <= PHASES.indexOf('voting_open');
      if (sealed || c.phase === 'draft') return false;
      return sort === 'best_grade' ? c.settings.votingMethod === 'majority_judgment' : c.settings.votingMethod !== 'majority_judgment';
    });
  });

  ngOnInit(): void {
    const sort = PROPOSAL_SORTS.includes(this.sort() as ProposalSort) ? (this.sort() as ProposalSort) : undefined;
    const state = PROPOSAL_STATES.includes(this.state() as ProposalState) ? (this.state() as ProposalState) : undefined;
    const page = Math.max(1, Number(this.page()) || 1);
    const pageSize = PAGE_SIZES.includes(Number(this.pageSize())) ? Number(this.pageSize()) : 20;
    const mine = this.mine() === 'true';
    this.query.set({ q: this.q()?.trim() || undefined, theme: this.theme() || undefined, state, sort, mine, page, pageSize });
    this.filters.setValue({ q: this.q() ?? '', theme: this.theme() ?? '', state: state ?? '', sort: sort ?? 'newest', mine }, { emitEvent: false });
    void this.start();
    this.filters.valueChanges.pipe(debounceTime(400), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.applyFilters());
  }

  private async start(): Promise<void> {
    try {
      const consultation = await this.consultationsApi.get(this.slug());
      this.consultation.set(consultation);
      this.setTitle(this.translate.instant('proposals.list.titleOf', { title: consultation.title }));
      if (!this.query().sort) {
        const sort = this.defaultSort(consultation);
        this.query.update((query) => ({ ...query, sort }));
        this.filters.controls.sort.setValue(sort, { emitEvent: false });
      }
      await this.load();
    } catch (error) {
      this.loading.set(false);
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  /** While people grade, a random order (stable for the visit) spreads attention fairly; otherwise the newest first. */
  private defaultSort(consultation: ConsultationDetail): ProposalSort {
    if (this.query().q) return 'relevance';
    return consultation.phase === 'voting_open' ? 'random' : 'newest';
  }

  protected submitSearch(): void {
    this.applyFilters();
  }

  private applyFilters(): void {
    const value = this.filters.getRawValue();
    const q = value.q.trim().slice(0, 200) || undefined;
    let sort = value.sort;
    const previous = this.query();
    // A new search ranks by relevance; clearing it falls back to the usual order.
    if (q && !previous.q && sort !== 'relevance') sort = 'relevance';
    if (!q && sort === 'relevance') sort = this.consultation() ? this.defaultSort(this.consultation() as ConsultationDetail) : 'newest';
    if (sort !== value.sort) this.filters.controls.sort.setValue(sort, { emitEvent: false });
    const next: ProposalQuery = {
      ...previous,
      q,
      theme: value.theme || undefined,
      state: (value.state || undefined) as ProposalState | undefined,
      sort,
      mine: value.mine,
      page: 1,
    };
    if (JSON.stringify(next) === JSON.stringify(previous)) return;
    this.query.set(next);
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.query.update((query) => ({ ...query, page: event.pageIndex + 1, pageSize: event.pageSize }));
    void this.load();
  }

  protected resetFilters(): void {
    this.filters.reset({ q: '', theme: '', state: '', sort: this.consultation() ? this.defaultSort(this.consultation() as ConsultationDetail) : 'newest', mine: false });
  }

  private requestId = 0;

  private async load(): Promise<void> {
    const id = ++this.requestId;
    const slug = this.slug();
    const query = { ...this.query() };
    if (query.sort === 'random') query.seed = storedSeed(slug);
    this.syncAddress();
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.list(slug, query);
      if (id !== this.requestId) return;
      if (result.seed) storeSeed(slug, result.seed);
      this.items.set(result.items);
      this.total.set(result.total);
      this.loaded.set(true);
      this.feedback.set(this.countMessage(result.total));
    } catch (error) {
      if (id !== this.requestId) return;
      this.items.set([]);
      this.total.set(0);
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }

  /**
   * The address reflects the search (shareable, and Back comes back to it) without piling up history,
   * and without a navigation, which would move focus away from the search box.
   */
  private syncAddress(): void {
    const { q, theme, state, sort, page, pageSize, mine } = this.query();
    const tree = this.router.createUrlTree([], {
      relativeTo: this.route,
      queryParams: { q: q || null, theme: theme || null, state: state || null, sort: sort || null, page: page > 1 ? page : null, pageSize: pageSize !== 20 ? pageSize : null, mine: mine ? true : null },
    });
    this.location.replaceState(this.router.serializeUrl(tree));
  }

  private countMessage(total: number): string {
    const filtered = !!(this.query().q || this.query().theme || this.query().state || this.query().mine);
    if (total === 0) return this.translate.instant(filtered ? 'proposals.list.noMatch' : 'proposals.list.none');
    return this.translate.instant(total === 1 ? 'proposals.list.countOne' : 'proposals.list.countMany', { count: total });
  }
}
