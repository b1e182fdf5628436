import { Component, ElementRef, Injector, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CommitteeView, GradeData, ReviewItem } from '@concordia/contracts';
import { DEFAULT_GRADE_SCALE } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { CitizensResults } from '../outcomes/citizens-results';
import { CommitteeApi } from './committee.api';
import { pageTitle } from './page-title';
import { PublicationPanel } from './publication-panel';
import { RosterEditor } from './roster-editor';

/** /consultations/:slug/committee — the committee's workspace: roster, rules, the proposals under review. */
@Component({
  selector: 'cc-committee-workspace',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe, CitizensResults, PublicationPanel, RosterEditor],
  templateUrl: './committee-workspace.html',
  styleUrl: './committee-workspace.scss',
})
export class CommitteeWorkspace {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();
  private readonly openFeedback = viewChild<ElementRef<HTMLElement>>('openFeedback');

  readonly slug = input.required<string>();

  protected readonly view = signal<CommitteeView | null>(null);
  protected readonly reviews = signal<ReviewItem[]>([]);
  protected readonly scale = signal<GradeData[]>(DEFAULT_GRADE_SCALE.grades.map((g) => ({ ...g })));
  protected readonly loadError = signal<string | null>(null);
  protected readonly needsSecondFactor = signal(false);
  protected readonly opening = signal(false);
  protected readonly openStatus = signal<string | null>(null);
  protected readonly openError = signal<string | null>(null);
  protected readonly refreshPublication = signal(0);

  protected readonly chair = computed(() => this.view()?.members.find((m) => m.role === 'chair') ?? null);
  protected readonly phaseAfterReview = computed(() => ['outcomes_published', 'follow_up', 'closed'].includes(this.view()?.consultation.phase ?? ''));
  protected readonly reviewRuleText = computed(() => {
    const rule = this.view()?.reviewRule;
    const language = this.language.current();
    if (!rule) return '';
    if (rule.kind === 'min_supports') return this.translate.instant('committee.rules.reviewMinSupports', { count: rule.minSupports });
    if (rule.kind === 'min_grade') {
      const grade = this.scale().find((g) => g.value === rule.minGrade);
      return this.translate.instant('committee.rules.reviewMinGrade', { grade: grade ? grade[language] : rule.minGrade });
    }
    return this.translate.instant('committee.rules.reviewAll');
  });
  protected readonly majorityText = computed(() => {
    const settings = this.view()?.settings;
    this.language.current();
    if (!settings) return '';
    if (settings.voteMethod === 'majority_judgment') {
      const grade = this.scale().find((g) => g.value === settings.adoptionMinGrade);
      return grade
        ? this.translate.instant('committee.rules.minGrade', { grade: grade[this.language.current()] })
        : this.translate.instant('committee.rules.minGradeDefault');
    }
    const q = settings.qualifiedMajority;
    return q ? this.translate.instant('committee.rules.qualified', { numerator: q.numerator, denominator: q.denominator }) : this.translate.instant('committee.rules.simple');
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      this.session.me();
      void this.load(slug);
    });
  }

  private async load(slug: string): Promise<void> {
    this.loadError.set(null);
    this.needsSecondFactor.set(false);
    try {
      const view = await this.api.view(slug);
      this.view.set(view);
      this.setTitle((t) => t.instant('committee.workspace.pageTitle', { title: view.consultation.title }));
      const consultation = await this.api.consultation(slug).catch(() => null);
      if (consultation?.settings.gradeScale) this.scale.set(consultation.settings.gradeScale.grades);
      await this.loadReviews(slug, view);
    } catch (error) {
      this.view.set(null);
      this.needsSecondFactor.set(httpStatus(error) === 403 && !!this.session.me()?.totpRequired);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
      this.setTitle((t) => t.instant('committee.workspace.title'));
    }
  }

  private async loadReviews(slug: string, view: CommitteeView): Promise<void> {
    if (!view.review.opened) {
      this.reviews.set([]);
      return;
    }
    const items: ReviewItem[] = [];
    for (let page = 1; page <= 20; page++) {
      const result = await this.api.reviews(slug, page, 100);
      items.push(...result.items);
      if (items.length >= result.total || result.items.length === 0) break;
    }
    this.reviews.set(items);
  }

  protected async openReview(): Promise<void> {
    this.opening.set(true);
    this.openStatus.set(null);
    this.openError.set(null);
    try {
      const opened = await this.api.openReview(this.slug());
      this.openStatus.set(this.translate.instant('committee.review.opened', { count: opened.proposals }));
      await this.load(this.slug());
      this.refreshPublication.update((n) => n + 1);
    } catch (error) {
      this.openError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.opening.set(false);
      focusAfterRender(() => this.openFeedback(), this.injector);
    }
  }

  protected onRosterSaved(view: CommitteeView): void {
    this.view.set(view);
  }

  protected awaitingMine(item: ReviewItem): boolean {
    return !item.vote.closed && item.vote.canVote && !item.vote.myBallot;
  }
}
