import { Component, ElementRef, Injector, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { BallotTrackerCheck, BallotTrackerList, ConsultationDetail } from '@concordia/contracts';
import { normaliseTracker } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, httpStatus } from '../core/forms';
import { ConsultationsApi } from '../consultations/consultations.api';
import { pageTitle } from '../consultations/page-title';
import { RememberedTracker, TrackerStore } from './tracker-store';
import { VotesApi } from './votes.api';

type CheckState = { state: 'checking' } | { state: 'done'; result: BallotTrackerCheck } | { state: 'error'; message: string };

function trackerShape(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value?.trim();
  return !value || normaliseTracker(value) ? null : { malformed: true };
}

/**
 * /consultations/:slug/ballot-trackers — individual verifiability of secret ballots: each voter finds
 * their tracker in the list published at the close, and everyone compares register, box and list.
 */
@Component({
  selector: 'cc-ballot-trackers-page',
  imports: [NgTemplateOutlet, ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule, TranslatePipe],
  templateUrl: './ballot-trackers-page.html',
  styleUrl: './ballot-trackers-page.scss',
})
export class BallotTrackersPage {
  private readonly consultations = inject(ConsultationsApi);
  private readonly api = inject(VotesApi);
  private readonly store = inject(TrackerStore);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly setTitle = pageTitle();
  private readonly field = viewChild<ElementRef<HTMLInputElement>>('field');
  private readonly notice = viewChild<ElementRef<HTMLElement>>('notice');

  readonly slug = input.required<string>();

  protected readonly consultation = signal<ConsultationDetail | null>(null);
  protected readonly list = signal<BallotTrackerList | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notFound = signal(false);
  protected readonly openBallots = signal(false);
  private readonly paging = signal({ page: 1, pageSize: 25 });

  protected readonly tracker = new FormControl('', { nonNullable: true, validators: [Validators.required, trackerShape] });
  protected readonly check = signal<CheckState | null>(null);
  protected readonly checks = signal<Record<string, CheckState>>({});
  /** The tracker just forgotten on this device (its entry and its button are gone: focus goes to the notice). */
  protected readonly forgotten = signal<string | null>(null);

  protected readonly remembered = computed<RememberedTracker[]>(() => this.store.forSlug(this.slug()).sort((a, b) => a.title.localeCompare(b.title)));
  protected readonly mine = computed(() => new Set(this.remembered().map((entry) => entry.tracker)));
  protected readonly equal = computed(() => {
    const counts = this.list()?.counts;
    return !!counts && counts.register === counts.box && counts.box === counts.trackers;
  });
  protected readonly range = computed(() => {
    const l = this.list();
    if (!l) return { from: 0, to: 0, total: 0 };
    const from = (l.page - 1) * l.pageSize + 1;
    return { from, to: from + l.items.length - 1, total: l.total };
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.loadConsultation(slug));
    });
    effect(() => {
      const slug = this.slug();
      const { page, pageSize } = this.paging();
      untracked(() => void this.loadList(slug, page, pageSize));
    });
    // The trackers kept on this device are checked as soon as the list is published.
    effect(() => {
      const list = this.list();
      const mine = this.remembered();
      if (!list) return;
      untracked(() => {
        for (const entry of mine) if (!this.checks()[entry.tracker]) void this.checkRemembered(entry.tracker);
      });
    });
  }

  protected onPage(event: PageEvent): void {
    this.paging.set({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected async submit(): Promise<void> {
    if (this.check()?.state === 'checking') return;
    this.tracker.markAsTouched();
    if (this.tracker.invalid) {
      this.check.set(null);
      focusAfterRender(() => this.field(), this.injector);
      return;
    }
    const typed = normaliseTracker(this.tracker.value) ?? this.tracker.value;
    this.check.set({ state: 'checking' });
    this.check.set(await this.checkOne(typed));
  }

  protected forget(entry: RememberedTracker): void {
    const id = Object.entries(this.store.all()).find(([, value]) => value.tracker === entry.tracker && value.slug === entry.slug)?.[0];
    if (id) this.store.forget(id);
    this.forgotten.set(entry.tracker);
    focusAfterRender(() => this.notice(), this.injector);
  }

  private async checkRemembered(tracker: string): Promise<void> {
    this.checks.update((all) => ({ ...all, [tracker]: { state: 'checking' } }));
    const state = await this.checkOne(tracker);
    this.checks.update((all) => ({ ...all, [tracker]: state }));
  }

  private async checkOne(tracker: string): Promise<CheckState> {
    try {
      return { state: 'done', result: await this.api.checkTracker(this.slug(), tracker) };
    } catch (error) {
      return { state: 'error', message: apiErrorMessage(error, this.translate.instant('common.networkError')) };
    }
  }

  private async loadConsultation(slug: string): Promise<void> {
    try {
      const consultation = await this.consultations.get(slug);
      this.consultation.set(consultation);
      this.setTitle(this.translate.instant('votes.trackers.pageTitle', { title: consultation.title }));
    } catch (error) {
      if (httpStatus(error) === 404) this.notFound.set(true);
      else this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  private async loadList(slug: string, page: number, pageSize: number): Promise<void> {
    try {
      this.list.set(await this.api.trackers(slug, page, pageSize));
    } catch (error) {
      this.list.set(null);
      // 404 for an open-ballot consultation (the consultation's own load says whether it exists).
      if (httpStatus(error) === 404) this.openBallots.set(true);
      else this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }
}
