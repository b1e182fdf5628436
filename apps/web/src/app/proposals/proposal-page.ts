import { Component, ElementRef, Injector, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PHASES, type ConsultationDetail, type ProposalState } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { DecisionNotice } from '../moderation/decision-notice';
import { ProposalOutcome } from '../outcomes/proposal-outcome';
import { ReportButton } from '../moderation/report-button';
import { CommentsSection } from '../comments/comments-section';
import { confirmAction } from '../core/confirm-dialog';
import { ConsultationsApi } from '../consultations/consultations.api';
import { Flash } from '../consultations/flash';
import { ThemeLabelPipe } from '../consultations/labels';
import { pageTitle } from '../consultations/page-title';
import { LanguageService } from '../i18n/language.service';
import { ProposalResultsView } from '../votes/proposal-results';
import { VoteWidget } from '../votes/vote-widget';
import { ModerationActions } from './moderation-actions';
import { ProposalHistory } from './proposal-history';
import { ProposalView, ProposalsApi } from './proposals.api';

/** Public states, in which a proposal is read, graded and discussed. */
const PUBLIC_STATES: readonly ProposalState[] = ['published', 'under_review', 'adopted', 'adopted_with_amendments', 'not_adopted', 'out_of_scope', 'revision_requested', 'superseded'];

/** /proposals/:ref — the text, its authors and state, the ballot, the results, the history, the comments. */
@Component({
  selector: 'cc-proposal-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe, ThemeLabelPipe, VoteWidget, ProposalResultsView, ProposalHistory, ModerationActions, CommentsSection, ReportButton, DecisionNotice, ProposalOutcome],
  templateUrl: './proposal-page.html',
  styleUrl: './proposal-page.scss',
})
export class ProposalPage {
  private readonly api = inject(ProposalsApi);
  private readonly consultationsApi = inject(ConsultationsApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();
  private readonly statusElement = viewChild<ElementRef<HTMLElement>>('statusElement');

  readonly ref = input.required<string>();

  protected readonly proposal = signal<ProposalView | null>(null);
  protected readonly consultation = signal<ConsultationDetail | null>(null);
  protected readonly notFound = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly resultsRefresh = signal(0);

  protected readonly isPublic = computed(() => PUBLIC_STATES.includes(this.proposal()?.state as ProposalState));
  protected readonly acceptedCoauthors = computed(() => (this.proposal()?.coauthors ?? []).filter((c) => c.acceptedAt));
  protected readonly pendingCoauthors = computed(() => (this.proposal()?.coauthors ?? []).filter((c) => !c.acceptedAt));
  /** An invitation to co-write this proposal, waiting for me. */
  protected readonly myInvitation = computed(() => {
    const me = this.session.me();
    return !!me && this.pendingCoauthors().some((c) => c.id === me.id);
  });
  /** Authors do not report their own text; everyone else may. */
  protected readonly canReport = computed(() => {
    const p = this.proposal();
    const me = this.session.me();
    if (!p || !this.isPublic()) return false;
    return !me || (p.author?.id !== me.id && !p.coauthors.some((c) => c.id === me.id));
  });
  protected readonly showResults = computed(() => {
    const c = this.consultation();
    if (!c || !this.isPublic()) return false;
    const index = PHASES.indexOf(c.phase);
    return index >= PHASES.indexOf('voting_open') || (c.settings.votingMethod === 'support' && index >= PHASES.indexOf('proposals_open'));
  });
  protected readonly liveResults = computed(() => {
    const c = this.consultation();
    return !!c && PHASES.indexOf(c.phase) <= PHASES.indexOf('voting_open');
  });
  protected readonly commentsClosedReason = computed(() => {
    const c = this.consultation();
    if (!c || c.participation.canComment) return null;
    return c.participation.reasonMessage ?? this.translate.instant('proposals.page.commentsClosed');
  });

  constructor() {
    effect(() => {
      const ref = this.ref();
      this.session.me();
      untracked(() => void this.load(ref));
    });
    const notice = inject(Flash).take();
    if (notice) this.status.set(notice);
  }

  private async load(ref: string): Promise<void> {
    this.loadError.set(null);
    this.notFound.set(false);
    try {
      const proposal = await this.api.get(ref.replace(/^#/, ''));
      if (proposal.mergedInto) {
        await this.router.navigate(['/proposals', proposal.mergedInto.ref], { replaceUrl: true });
        return;
      }
      this.proposal.set(proposal);
      this.setTitle(`#${proposal.ref} ${proposal.title}`);
      // Again each time: what I may do (vote, comment) follows the session and the phase.
      this.consultation.set(await this.consultationsApi.get(proposal.consultationSlug));
    } catch (error) {
      this.proposal.set(null);
      if (httpStatus(error) === 404 || httpStatus(error) === 400) {
        this.notFound.set(true);
        this.setTitle(this.translate.instant('proposals.page.notFound'));
      } else {
        this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
      }
    }
  }

  protected onVoted(): void {
    this.resultsRefresh.update((n) => n + 1);
  }

  protected onDecided(event: { action: 'published' | 'rejected' }): void {
    this.announce(this.translate.instant(`proposals.moderation.${event.action}`));
    void this.load(this.ref());
  }

  protected async submit(): Promise<void> {
    const p = this.proposal();
    if (!p) return;
    await this.act(async () => {
      const updated = await this.api.submit(p.id);
      this.proposal.set({ ...p, ...updated });
      this.announce(this.translate.instant(updated.state === 'published' ? 'proposals.page.notice.published' : 'proposals.page.notice.submitted'));
    });
  }

  protected async withdraw(): Promise<void> {
    const p = this.proposal();
    if (!p) return;
    const ok = await confirmAction(this.dialog, {
      title: this.translate.instant('proposals.page.withdrawTitle'),
      text: [this.translate.instant('proposals.page.withdrawText')],
      confirm: this.translate.instant('proposals.page.withdraw'),
      cancel: this.translate.instant('common.cancel'),
      warning: true,
    });
    if (!ok) return;
    await this.act(async () => {
      const updated = await this.api.withdraw(p.id);
      this.proposal.set({ ...p, ...updated });
      this.announce(this.translate.instant('proposals.page.notice.withdrawn'));
    });
  }

  protected async acceptInvitation(): Promise<void> {
    const p = this.proposal();
    if (!p) return;
    await this.act(async () => {
      await this.api.acceptInvitation(p.id);
      this.announce(this.translate.instant('proposals.coauthors.accepted'));
      await this.load(this.ref());
    });
  }

  protected async declineInvitation(): Promise<void> {
    const p = this.proposal();
    const me = this.session.me();
    if (!p || !me) return;
    await this.act(async () => {
      await this.api.removeCoauthor(p.id, me.id);
      this.announce(this.translate.instant('proposals.coauthors.declined'));
      await this.load(this.ref());
    });
  }

  private async act(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await work();
    } catch (error) {
      this.actionError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      focusAfterRender(() => this.statusElement(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }

  private announce(message: string): void {
    this.status.set(message);
    focusAfterRender(() => this.statusElement(), this.injector);
  }
}
