import { Component, ElementRef, Injector, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CommitteeBallotView, CommitteeView, GradeData, ReviewDetail } from '@concordia/contracts';
import { DEFAULT_GRADE_SCALE } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { CitizensResults } from '../outcomes/citizens-results';
import { CommitteeApi } from './committee.api';
import { CommitteeBallot } from './committee-ballot';
import { CommitteeNotes } from './committee-notes';
import { CommitteeTally } from './committee-tally';
import { confirmAction } from '../core/confirm-dialog';
import { ballotWord } from './labels';
import { pageTitle } from './page-title';
import { PublicationPanel } from './publication-panel';
import { ResponseEditor } from './response-editor';

/** /consultations/:slug/committee/proposals/:ref — the committee's review of one proposal. */
@Component({
  selector: 'cc-review-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    CitizensResults,
    CommitteeBallot,
    CommitteeNotes,
    CommitteeTally,
    PublicationPanel,
    ResponseEditor,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
})
export class ReviewPage {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();
  private readonly voteFeedback = viewChild<ElementRef<HTMLElement>>('voteFeedback');
  private readonly rapporteurFeedback = viewChild<ElementRef<HTMLElement>>('rapporteurFeedback');

  readonly slug = input.required<string>();
  readonly ref = input.required<string>();

  protected readonly detail = signal<ReviewDetail | null>(null);
  protected readonly committee = signal<CommitteeView | null>(null);
  protected readonly scale = signal<GradeData[]>(DEFAULT_GRADE_SCALE.grades.map((g) => ({ ...g })));
  protected readonly ballots = signal<CommitteeBallotView[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly needsSecondFactor = signal(false);
  protected readonly notFound = signal(false);
  protected readonly refreshPublication = signal(0);
  protected readonly voteBusy = signal(false);
  protected readonly voteStatus = signal<string | null>(null);
  protected readonly voteError = signal<string | null>(null);
  protected readonly rapporteurStatus = signal<string | null>(null);
  protected readonly rapporteurError = signal<string | null>(null);
  protected readonly rapporteurControl = new FormControl<string>('', { nonNullable: true });

  protected readonly viewer = computed(() => this.committee()?.viewer ?? { isMember: false, isChair: false, isAdmin: false });
  protected readonly title = computed(() => {
    const d = this.detail();
    return d ? `#${d.proposal.ref} ${d.proposal.title}` : '';
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      const ref = this.ref();
      this.session.me();
      void this.load(slug, ref);
    });
  }

  private async load(slug: string, ref: string): Promise<void> {
    this.loadError.set(null);
    this.notFound.set(false);
    this.needsSecondFactor.set(false);
    try {
      const [detail, committee] = await Promise.all([this.api.detail(ref), this.api.view(slug)]);
      this.detail.set(detail);
      this.committee.set(committee);
      this.rapporteurControl.setValue(detail.rapporteur?.userId ?? '');
      this.setTitle((t) => t.instant('committee.review.pageTitle', { title: `#${detail.proposal.ref} ${detail.proposal.title}` }));
      const consultation = await this.api.consultation(slug).catch(() => null);
      if (consultation?.settings.gradeScale) this.scale.set(consultation.settings.gradeScale.grades);
      await this.loadBallots(detail);
    } catch (error) {
      this.detail.set(null);
      const status = httpStatus(error);
      if (status === 404) this.notFound.set(true);
      this.needsSecondFactor.set(status === 403 && !!this.session.me()?.totpRequired);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
      this.setTitle((t) => t.instant('committee.review.title'));
    }
  }

  private async loadBallots(detail: ReviewDetail): Promise<void> {
    if (!detail.vote.closed) {
      this.ballots.set(null);
      return;
    }
    this.ballots.set(await this.api.ballots(detail.proposal.id).catch(() => null));
  }

  /** After my ballot changed: the counts move. */
  protected async reloadDetail(): Promise<void> {
    const detail = await this.api.detail(this.ref()).catch(() => null);
    if (detail) {
      this.detail.set(detail);
      await this.loadBallots(detail);
    }
    this.refreshPublication.update((n) => n + 1);
  }

  protected positionWord(ballot: CommitteeBallotView): string {
    return ballotWord(ballot, this.translate, this.scale(), this.language.current());
  }

  protected async closeVote(): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    const ok = await confirmAction(this.dialog, {
      warning: true,
      title: this.translate.instant('committee.vote.closeTitle'),
      text: [this.translate.instant('committee.vote.closeWarning'), this.translate.instant('committee.vote.closeText', { cast: detail.vote.ballotsCast, eligible: detail.vote.eligible })],
      confirm: this.translate.instant('committee.vote.close'),
      cancel: this.translate.instant('common.cancel'),
    });
    if (!ok) return;
    this.voteBusy.set(true);
    this.voteStatus.set(null);
    this.voteError.set(null);
    try {
      const status = await this.api.closeVote(detail.proposal.id);
      this.voteStatus.set(
        this.translate.instant('committee.vote.closed', { decision: this.translate.instant(`outcomes.decisions.${status.decision ?? 'not_adopted'}`) }),
      );
      await this.reloadDetail();
    } catch (error) {
      this.voteError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.voteBusy.set(false);
      focusAfterRender(() => this.voteFeedback(), this.injector);
    }
  }

  protected async saveRapporteur(): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    this.rapporteurStatus.set(null);
    this.rapporteurError.set(null);
    try {
      const updated = await this.api.setRapporteur(detail.proposal.id, this.rapporteurControl.value || null);
      this.detail.set(updated);
      this.rapporteurStatus.set(
        updated.rapporteur
          ? this.translate.instant('committee.rapporteur.assigned', { name: updated.rapporteur.displayName })
          : this.translate.instant('committee.rapporteur.unassigned'),
      );
    } catch (error) {
      this.rapporteurError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      focusAfterRender(() => this.rapporteurFeedback(), this.injector);
    }
  }

  protected onNotesCount(count: number): void {
    this.detail.update((d) => (d ? { ...d, notes: count } : d));
  }
}
