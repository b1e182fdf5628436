import { OutcomeLinks } from '../outcomes/outcome-links';
import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ConsultationDetail, ProposalPage } from '@concordia/contracts';
import { PHASES } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { httpStatus } from '../core/forms';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { ConsultationResultsSection } from '../votes/consultation-results';
import { ConsultationsApi } from './consultations.api';
import { JoinForm } from './join-form';
import { ThemeLabelPipe } from './labels';
import { pageTitle } from './page-title';
import { PhaseTimeline } from './phase-timeline';

/** /consultations/:slug — what the consultation is about, where it stands, and what I can do now. */
@Component({
  selector: 'cc-consultation-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, PhaseTimeline, JoinForm, ThemeLabelPipe, ConsultationResultsSection, OutcomeLinks],
  templateUrl: './consultation-page.html',
  styleUrl: './consultation-page.scss',
})
export class ConsultationPage {
  private readonly api = inject(ConsultationsApi);
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();

  readonly slug = input.required<string>();

  protected readonly consultation = signal<ConsultationDetail | null>(null);
  protected readonly proposalCount = signal<number | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly notFound = signal(false);
  protected readonly joinedNotice = signal(false);

  protected readonly returnUrl = computed(() => `/consultations/${this.slug()}`);
  /** Results exist once ballots do: from the vote on (supports are collected with the proposals). */
  protected readonly showResults = computed(() => {
    const c = this.consultation();
    if (!c) return false;
    const index = PHASES.indexOf(c.phase);
    return index >= PHASES.indexOf('voting_open') || (c.settings.votingMethod === 'support' && index >= PHASES.indexOf('proposals_open'));
  });
  /** Secret ballots: from the vote on, each voter can check their ballot tracker. */
  protected readonly trackersLink = computed(() => {
    const c = this.consultation();
    return !!c && c.settings.ballotSecrecy === 'secret' && PHASES.indexOf(c.phase) >= PHASES.indexOf('voting_open');
  });
  protected readonly joinKind = computed<'residents' | 'panel' | null>(() => {
    const reason = this.consultation()?.participation.reasonIfNot;
    return reason === 'join-residents' ? 'residents' : reason === 'join-panel' ? 'panel' : null;
  });

  constructor() {
    // Signing in or out elsewhere (another tab, the header) changes what I can do: reload.
    effect(() => {
      const slug = this.slug();
      this.session.me();
      untracked(() => void this.load(slug));
    });
  }

  private async load(slug: string): Promise<void> {
    this.loadError.set(null);
    this.notFound.set(false);
    try {
      const detail = await this.api.get(slug);
      this.consultation.set(detail);
      this.setTitle(detail.title);
      const page = await firstValueFrom(this.http.get<ProposalPage>(`/api/consultations/${encodeURIComponent(slug)}/proposals`, { params: { pageSize: 1 } })).catch(() => null);
      this.proposalCount.set(page?.total ?? null);
    } catch (error) {
      this.consultation.set(null);
      if (httpStatus(error) === 404) {
        this.notFound.set(true);
        this.setTitle(this.translate.instant('consultations.page.notFound'));
      } else {
        this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
      }
    }
  }

  protected onJoined(detail: ConsultationDetail): void {
    this.consultation.set(detail);
    this.joinedNotice.set(true);
  }
}
