import { HttpClient } from '@angular/common/http';
import { Component, ElementRef, Injector, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { APPEAL_TEXT_MAX, type DecisionView, type ProposalDetail, type ProposalModerationExtras } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, focusFirstInvalid, httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { notBlank } from '../core/password-policy';
import { LanguageService } from '../i18n/language.service';
import { ModerationApi } from './moderation.api';
import { ModerationNav } from './moderation-nav';
import { ModerationAccess } from './moderation-access';
import { excerptAround } from './personal-data';

type ProposalForAuthor = ProposalDetail & Partial<ProposalModerationExtras>;

interface FoundNow {
  kind: string;
  field: string;
  before: string;
  found: string;
  after: string;
}

/**
 * /moderation/decisions/:id — a decision as its author reads it: what was decided, the charter
 * reason, the moderator's note, what to do next (edit and resubmit), and the appeal form, once.
 * Moderators of the consultation read the same page (with who decided).
 * `ref` (query parameter, from the notification) names the proposal a comment belongs to.
 */
@Component({
  selector: 'cc-decision-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, LocalDatePipe, ModerationNav],
  template: `
    <div class="page decision-page">
      @if (access.canModerate()) {
        <cc-moderation-nav />
      }
      @if (decision(); as d) {
        <h1>{{ 'moderation.decision.heading.' + d.action | translate }}</h1>
        <p class="what">
          @if (d.targetType === 'proposal' && proposal(); as p) {
            {{ 'moderation.decision.aboutProposal' | translate: { ref: p.ref, title: p.title } }}
          } @else if (d.targetType === 'proposal') {
            {{ 'moderation.decision.aboutProposalUnknown' | translate }}
          } @else {
            {{ 'moderation.decision.aboutComment' | translate }}
          }
        </p>

        <dl class="facts card">
          <div>
            <dt>{{ 'moderation.decision.decision' | translate }}</dt>
            <dd>{{ 'moderation.actionsDone.' + d.action | translate }}</dd>
          </div>
          <div>
            <dt>{{ 'moderation.decision.date' | translate }}</dt>
            <dd>{{ d.decidedAt | localDate: language.current() }}</dd>
          </div>
          @if (d.reason) {
            <div>
              <dt>{{ 'moderation.decision.reason' | translate }}</dt>
              <dd>
                <strong>{{ 'moderation.reasons.' + d.reason | translate }}</strong>
                <span class="reason-help">{{ 'moderation.reasonHelp.' + d.reason | translate }}</span>
              </dd>
            </div>
          }
          @if (d.note) {
            <div>
              <dt>{{ 'moderation.decision.note' | translate }}</dt>
              <dd><blockquote class="note">{{ d.note }}</blockquote></dd>
            </div>
          }
          @if (d.decidedBy) {
            <div>
              <dt>{{ 'moderation.decision.decidedBy' | translate }}</dt>
              <dd>{{ d.decidedBy.displayName }}</dd>
            </div>
          }
        </dl>

        @if (foundNow().length) {
          <section class="message warning pd-now" aria-labelledby="pd-now-heading">
            <mat-icon aria-hidden="true" fontIcon="privacy_tip" />
            <div>
              <h2 id="pd-now-heading" class="small-heading">{{ 'moderation.decision.pdHeading' | translate }}</h2>
              <ul>
                @for (f of foundNow(); track $index) {
                  <li>
                    {{ 'moderation.pd.kinds.' + f.kind | translate }} ({{ 'moderation.fields.' + f.field | translate }}){{ 'moderation.pd.colon' | translate }}
                    <q>{{ f.before }}<mark><span class="visually-hidden">{{ 'moderation.pd.markStart' | translate: { kind: ('moderation.pd.kinds.' + f.kind | translate) } }}</span>{{ f.found }}<span class="visually-hidden">{{ 'moderation.pd.markEnd' | translate }}</span></mark>{{ f.after }}</q>
                  </li>
                }
              </ul>
              <p>{{ 'moderation.decision.pdAdvice' | translate }}</p>
            </div>
          </section>
        }

        @if (proposal(); as p) {
          <div class="actions">
            @if (p.permissions.canEdit && (p.state === 'rejected' || p.state === 'hidden')) {
              <a mat-flat-button [routerLink]="['/proposals', p.ref, 'edit']"><mat-icon aria-hidden="true" fontIcon="edit" />{{ 'moderation.decision.edit' | translate }}</a>
            }
            <a mat-stroked-button [routerLink]="['/proposals', p.ref]">{{ 'moderation.decision.viewProposal' | translate: { ref: p.ref } }}</a>
          </div>
        } @else if (d.targetType === 'comment' && commentRef()) {
          <div class="actions">
            <a mat-stroked-button [routerLink]="['/proposals', commentRef()]" [fragment]="'comment-' + d.targetId">{{ 'moderation.decision.viewComment' | translate: { ref: commentRef() } }}</a>
          </div>
        }

        <section class="appeal card" aria-labelledby="appeal-heading">
          <h2 id="appeal-heading" #appealHeading tabindex="-1">{{ 'moderation.appeal.heading' | translate }}</h2>
          @if (d.appeal; as a) {
            <p class="appeal-state">
              <mat-icon aria-hidden="true" [fontIcon]="a.outcome === 'overturned' ? 'check_circle' : a.outcome === 'upheld' ? 'gavel' : 'hourglass_top'" />
              <strong>{{ 'moderation.appeal.status.' + (a.outcome ?? 'pending') | translate }}</strong>
            </p>
            <p>{{ 'moderation.appeal.filedOn' | translate: { date: (a.createdAt | localDate: language.current()) } }}</p>
            <blockquote class="note">{{ a.text }}</blockquote>
            @if (a.decidedAt) {
              <p>{{ 'moderation.appeal.decidedOn' | translate: { date: (a.decidedAt | localDate: language.current()) } }}</p>
            }
            @if (a.note) {
              <p><strong>{{ 'moderation.appeal.answer' | translate }}</strong></p>
              <blockquote class="note">{{ a.note }}</blockquote>
            }
          } @else if (d.appealable) {
            <p>{{ 'moderation.appeal.intro' | translate }}</p>
            <form [formGroup]="appealForm" (ngSubmit)="sendAppeal()" novalidate #appealFormElement>
              <mat-form-field class="full-width">
                <mat-label>{{ 'moderation.appeal.text' | translate }}</mat-label>
                <textarea matInput formControlName="text" rows="5" [maxlength]="max" required></textarea>
                <mat-hint>{{ 'moderation.appeal.textHint' | translate }}</mat-hint>
                <mat-hint align="end" class="counter">{{ appealText.value.length }}&nbsp;/&nbsp;{{ max }}</mat-hint>
                @if (appealText.hasError('required')) {
                  <mat-error>{{ 'moderation.appeal.textRequired' | translate }}</mat-error>
                }
              </mat-form-field>
              <div class="actions">
                <button mat-flat-button type="submit" [disabled]="busy()"><mat-icon aria-hidden="true" fontIcon="gavel" />{{ 'moderation.appeal.submit' | translate }}</button>
              </div>
            </form>
          } @else {
            <p>{{ (isReasoned(d) ? 'moderation.appeal.notNow' : 'moderation.appeal.notNeeded') | translate }}</p>
          }
          <div role="status">
            @if (appealDone()) {
              <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ 'moderation.appeal.sent' | translate }}</span></p>
            }
          </div>
          <div role="alert">
            @if (appealError(); as message) {
              <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
            }
          </div>
        </section>
      } @else if (loadError(); as message) {
        <h1>{{ 'moderation.decision.notFoundHeading' | translate }}</h1>
        <p class="message error" role="alert"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        <p><a routerLink="/notifications">{{ 'moderation.decision.backToNotifications' | translate }}</a></p>
      } @else {
        <h1>{{ 'moderation.decision.loadingHeading' | translate }}</h1>
        <p role="status">{{ 'common.loading' | translate }}</p>
      }
    </div>
  `,
  styles: `
    .decision-page { max-width: 52rem; }
    .what { font-size: 1.1rem; overflow-wrap: anywhere; }
    .facts { display: grid; gap: .75rem; padding: 1rem 1.25rem; margin: 1rem 0; }
    .facts div { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; gap: .25rem 1rem; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    .reason-help { display: block; color: var(--mat-sys-on-surface-variant); font-size: .95rem; }
    .note { margin: .25rem 0; padding: .5rem .75rem; border-left: 4px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-low); white-space: pre-wrap; overflow-wrap: anywhere; }
    .small-heading { font-size: 1.1rem; margin: 0 0 .25rem; }
    .pd-now { background: #fff4e5; color: #3d2800; border-color: #8a5a00; }
    .pd-now ul { margin: .25rem 0; padding-left: 1.25rem; }
    .pd-now q { overflow-wrap: anywhere; }
    .pd-now mark { background: #ffe08a; color: #1f1400; outline: 2px solid #8a5a00; border-radius: 3px; padding: 0 .15em; font-weight: 600; }
    .appeal { margin-top: 1.5rem; }
    .appeal-state { display: flex; gap: .5rem; align-items: center; }
    @media (max-width: 30rem) { .facts div { grid-template-columns: 1fr; } }
  `,
})
export class DecisionPage {
  private readonly api = inject(ModerationApi);
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);
  protected readonly access = inject(ModerationAccess);
  private readonly appealFormElement = viewChild<ElementRef<HTMLElement>>('appealFormElement');
  private readonly appealHeading = viewChild<ElementRef<HTMLElement>>('appealHeading');

  readonly id = input.required<string>();
  /** The proposal a comment belongs to (from the notification's link). */
  readonly ref = input<string>();

  protected readonly max = APPEAL_TEXT_MAX;
  protected readonly decision = signal<DecisionView | null>(null);
  protected readonly proposal = signal<ProposalForAuthor | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly appealText = new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(APPEAL_TEXT_MAX)] });
  protected readonly appealForm = new FormGroup({ text: this.appealText });
  protected readonly busy = signal(false);
  protected readonly appealDone = signal(false);
  protected readonly appealError = signal<string | null>(null);
  protected readonly commentRef = computed(() => (this.ref() && /^\d+$/.test(this.ref() as string) ? this.ref() : null));

  /** The personal data the detector finds in the proposal as it is now (authors and moderators only). */
  protected readonly foundNow = computed<FoundNow[]>(() => {
    const p = this.proposal();
    if (!p?.personalData?.length) return [];
    const texts: Record<string, string> = { title: p.title, summary: p.summary ?? '', body: p.body ?? '' };
    return p.personalData.map((span) => {
      const field = span.field ?? 'body';
      const text = texts[field] ?? '';
      const start = text.slice(span.start, span.end) === span.text ? span.start : Math.max(0, text.indexOf(span.text));
      return { kind: span.kind, field, ...excerptAround(text, start, start + span.text.length) };
    });
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected isReasoned(d: DecisionView): boolean {
    return ['reject', 'hide', 'confirm_hidden'].includes(d.action);
  }

  private async load(id: string): Promise<void> {
    this.decision.set(null);
    this.proposal.set(null);
    this.loadError.set(null);
    try {
      const decision = await this.api.decision(id);
      if (decision.targetType === 'proposal') {
        const proposal = await firstValueFrom(this.http.get<ProposalForAuthor>(`/api/proposals/${encodeURIComponent(decision.targetId)}`)).catch(() => null);
        this.proposal.set(proposal);
      }
      this.decision.set(decision);
    } catch (error) {
      const fallback = httpStatus(error) === 404 ? 'moderation.decision.notFound' : 'common.loadError';
      this.loadError.set(apiErrorMessage(error, this.translate.instant(fallback)));
    }
  }

  protected async sendAppeal(): Promise<void> {
    const decision = this.decision();
    if (!decision) return;
    if (this.appealText.invalid) {
      this.appealText.markAsTouched();
      focusFirstInvalid(this.appealFormElement(), this.injector);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.appealError.set(null);
    try {
      const appeal = await this.api.appeal(decision.id, this.appealText.value.trim());
      this.decision.set({ ...decision, appeal, appealable: false });
      this.appealDone.set(true);
      focusAfterRender(() => this.appealHeading(), this.injector);
    } catch (error) {
      this.appealError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
    }
  }
}
