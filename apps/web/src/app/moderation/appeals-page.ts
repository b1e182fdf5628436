import { Component, ElementRef, Injector, OnInit, inject, signal, viewChildren } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { APPEAL_OUTCOMES, DECISION_NOTE_MAX, type AppealListItem, type AppealOutcome } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { focusFirstProblem } from './focus';
import { ModerationApi, type AppealStatus } from './moderation.api';
import { ModerationNav } from './moderation-nav';

type AppealForm = FormGroup<{ outcome: FormControl<AppealOutcome | null>; note: FormControl<string> }>;

/**
 * /moderation/appeals — authors' appeals, oldest first. Someone other than the decider (and the
 * authors) rules: upheld (the decision stands) or overturned (the item is back), with a note sent
 * to the author. The API refuses the decider: its message is shown as it comes.
 */
@Component({
  selector: 'cc-appeals-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatRadioModule,
    TranslatePipe,
    LocalDatePipe,
    ModerationNav,
  ],
  template: `
    <section class="page appeals-page">
      <cc-moderation-nav />
      <h1 tabindex="-1">{{ 'moderation.appeals.heading' | translate }}</h1>
      <p class="intro">{{ 'moderation.appeals.intro' | translate }}</p>

      <mat-button-toggle-group [value]="status()" (change)="setStatus($event.value)" [attr.aria-label]="'moderation.appeals.statusLabel' | translate" hideSingleSelectionIndicator>
        @for (s of statuses; track s) {
          <mat-button-toggle [value]="s">{{ 'moderation.appeals.statuses.' + s | translate }}</mat-button-toggle>
        }
      </mat-button-toggle-group>

      <div role="status" class="feedback">
        @if (feedback(); as message) {
          <p class="message info"><mat-icon aria-hidden="true" fontIcon="info" /><span>{{ message }}</span></p>
        }
      </div>

      @if (loadError(); as message) {
        <div class="message error">
          <mat-icon aria-hidden="true" fontIcon="error" />
          <div>
            <p>{{ message }}</p>
            @if (needsSecondFactor()) {
              <p><a routerLink="/account">{{ 'account.totpBanner.link' | translate }}</a></p>
            }
          </div>
        </div>
      } @else if (loading() && items().length === 0) {
        <p>{{ 'common.loading' | translate }}</p>
      } @else if (items().length === 0) {
        <p class="empty">{{ 'moderation.appeals.empty.' + status() | translate }}</p>
      }

      <ol class="appeals">
        @for (a of items(); track a.id) {
          <li>
            <article class="appeal card" [attr.aria-labelledby]="'appeal-' + a.id" tabindex="-1" #appealCard [attr.data-id]="a.id">
              <h2 [id]="'appeal-' + a.id">
                {{ 'moderation.appeals.itemHeading' | translate: { kind: ('moderation.kinds.' + a.decision.targetType | translate), ref: a.proposal.ref, title: a.proposal.title } }}
              </h2>
              <p class="meta">{{ a.consultation.title }} · {{ 'moderation.appeal.filedOn' | translate: { date: (a.createdAt | localDate: language.current()) } }}</p>
              <dl class="facts">
                <div>
                  <dt>{{ 'moderation.appeals.decision' | translate }}</dt>
                  <dd>
                    {{ 'moderation.actionsDone.' + a.decision.action | translate }}
                    @if (a.decision.reason) { — {{ 'moderation.reasons.' + a.decision.reason | translate }}}
                    ({{ a.decision.decidedAt | localDate: language.current() }}@if (a.decision.decidedBy) {, {{ 'moderation.queue.decidedBy' | translate: { name: a.decision.decidedBy.displayName } }}})
                  </dd>
                </div>
                @if (a.decision.note) {
                  <div>
                    <dt>{{ 'moderation.decision.note' | translate }}</dt>
                    <dd><blockquote class="note">{{ a.decision.note }}</blockquote></dd>
                  </div>
                }
                <div>
                  <dt>{{ 'moderation.appeals.appealText' | translate }}</dt>
                  <dd><blockquote class="note">{{ a.text }}</blockquote></dd>
                </div>
                @if (a.outcome) {
                  <div>
                    <dt>{{ 'moderation.appeals.outcome' | translate }}</dt>
                    <dd>
                      <strong>{{ 'moderation.appeal.status.' + a.outcome | translate }}</strong>
                      @if (a.decidedAt) { ({{ a.decidedAt | localDate: language.current() }})}
                      @if (a.note) {
                        <blockquote class="note">{{ a.note }}</blockquote>
                      }
                    </dd>
                  </div>
                }
              </dl>
              <p class="links">
                <a [routerLink]="['/moderation/decisions', a.decisionId]">{{ 'moderation.appeals.openDecision' | translate }}</a>
                <a [routerLink]="['/proposals', a.proposal.ref]">{{ 'moderation.decision.viewProposal' | translate: { ref: a.proposal.ref } }}</a>
              </p>

              @if (!a.outcome) {
                @if (!a.canDecide) {
                  <p class="message info"><mat-icon aria-hidden="true" fontIcon="info" /><span>{{ 'moderation.appeals.cannotDecide' | translate }}</span></p>
                } @else {
                @let form = formFor(a);
                <form [formGroup]="form" (ngSubmit)="decide(a)" novalidate class="decide-form" [attr.data-form]="a.id">
                  <fieldset>
                    <legend>{{ 'moderation.appeals.outcomeLegend' | translate }}</legend>
                    <mat-radio-group formControlName="outcome" class="outcomes" [attr.aria-invalid]="(submitted().has(a.id) && form.controls.outcome.invalid) || null">
                      @for (o of outcomes; track o) {
                        <mat-radio-button [value]="o">
                          <span class="outcome-name">{{ 'moderation.appeals.outcomes.' + o | translate }}</span>
                          <span class="outcome-help">{{ 'moderation.appeals.outcomeHelp.' + o | translate }}</span>
                        </mat-radio-button>
                      }
                    </mat-radio-group>
                    @if (submitted().has(a.id) && form.controls.outcome.invalid) {
                      <p class="form-error">{{ 'moderation.appeals.outcomeRequired' | translate }}</p>
                    }
                  </fieldset>
                  <mat-form-field class="full-width">
                    <mat-label>{{ 'moderation.appeals.note' | translate }}</mat-label>
                    <textarea matInput formControlName="note" rows="3" [maxlength]="max"></textarea>
                    <mat-hint>{{ 'moderation.appeals.noteHint' | translate }}</mat-hint>
                  </mat-form-field>
                  <div class="actions">
                    <button mat-flat-button type="submit" [disabled]="pending().has(a.id)">{{ 'moderation.appeals.submit' | translate }}<span class="visually-hidden"> — {{ a.proposal.title }}</span></button>
                  </div>
                  <div role="alert">
                    @if (errors()[a.id]; as message) {
                      <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
                    }
                  </div>
                </form>
                }
              }
            </article>
          </li>
        }
      </ol>

      @if (total() > pageSize()) {
        <mat-paginator [length]="total()" [pageIndex]="page() - 1" [pageSize]="pageSize()" [pageSizeOptions]="[10, 20, 50]" (page)="onPage($event)" [attr.aria-label]="'common.pagination' | translate" />
      }
    </section>
  `,
  styles: `
    .intro { max-width: 48rem; }
    .appeals { list-style: none; padding: 0; margin: 1rem 0; display: grid; gap: 1rem; }
    .appeal h2 { font-size: 1.2rem; overflow-wrap: anywhere; }
    .meta { color: var(--mat-sys-on-surface-variant); margin-top: 0; }
    .facts { display: grid; gap: .5rem; margin: .5rem 0; }
    .facts div { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; gap: .25rem 1rem; }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; overflow-wrap: anywhere; }
    .note { margin: .25rem 0; padding: .5rem .75rem; border-left: 4px solid var(--mat-sys-outline-variant); background: var(--mat-sys-surface-container-low); white-space: pre-wrap; overflow-wrap: anywhere; }
    .links { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
    fieldset { border: 0; padding: 0; margin: .5rem 0; min-width: 0; }
    legend { font-weight: 600; padding: 0; }
    .outcomes { display: flex; flex-direction: column; }
    .outcome-name { display: block; font-weight: 500; }
    .outcome-help { display: block; font-size: .875rem; color: var(--mat-sys-on-surface-variant); }
    @media (max-width: 30rem) { .facts div { grid-template-columns: 1fr; } }
  `,
})
export class AppealsPage implements OnInit {
  private readonly api = inject(ModerationApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly cards = viewChildren<ElementRef<HTMLElement>>('appealCard');

  protected readonly statuses: AppealStatus[] = ['open', 'decided', 'all'];
  protected readonly outcomes = APPEAL_OUTCOMES;
  protected readonly max = DECISION_NOTE_MAX;
  protected readonly status = signal<AppealStatus>('open');
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly items = signal<AppealListItem[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly needsSecondFactor = signal(false);
  protected readonly feedback = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly pending = signal<ReadonlySet<string>>(new Set());
  protected readonly submitted = signal<ReadonlySet<string>>(new Set());
  private readonly forms = new Map<string, AppealForm>();

  ngOnInit(): void {
    void this.load();
  }

  protected setStatus(status: AppealStatus): void {
    this.status.set(status);
    this.page.set(1);
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  protected formFor(appeal: AppealListItem): AppealForm {
    let form = this.forms.get(appeal.id);
    if (!form) {
      form = new FormGroup({
        outcome: new FormControl<AppealOutcome | null>(null, Validators.required),
        note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(DECISION_NOTE_MAX)] }),
      });
      this.forms.set(appeal.id, form);
    }
    return form;
  }

  private async load(announce = true): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const result = await this.api.appeals(this.status(), this.page(), this.pageSize());
      this.items.set(result.items);
      this.total.set(result.total);
      if (announce) this.feedback.set(this.translate.instant(result.total === 1 ? 'moderation.appeals.countOne' : 'moderation.appeals.countMany', { count: result.total }));
    } catch (error) {
      this.items.set([]);
      this.needsSecondFactor.set(httpStatus(error) === 403 && !!this.session.me()?.totpRequired);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    } finally {
      this.loading.set(false);
    }
  }

  protected async decide(appeal: AppealListItem): Promise<void> {
    const form = this.formFor(appeal);
    this.submitted.update((set) => new Set(set).add(appeal.id));
    const card = this.cards().find((ref) => ref.nativeElement.dataset['id'] === appeal.id);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(card, this.injector);
      return;
    }
    if (this.pending().has(appeal.id)) return;
    this.pending.update((set) => new Set(set).add(appeal.id));
    this.errors.update((all) => ({ ...all, [appeal.id]: '' }));
    const { outcome, note } = form.getRawValue();
    try {
      await this.api.decideAppeal(appeal.id, { outcome: outcome as AppealOutcome, note: note.trim() || undefined });
      this.feedback.set(this.translate.instant(`moderation.appeals.done.${outcome}`, { ref: appeal.proposal.ref }));
      this.forms.delete(appeal.id);
      const index = this.items().indexOf(appeal);
      await this.load(false);
      focusAfterRender(() => {
        const cards = this.cards();
        return cards[Math.min(index, cards.length - 1)] ?? document.querySelector<HTMLElement>('h1') ?? undefined;
      }, this.injector);
    } catch (error) {
      this.errors.update((all) => ({ ...all, [appeal.id]: apiErrorMessage(error, this.translate.instant('common.networkError')) }));
    } finally {
      this.pending.update((set) => {
        const next = new Set(set);
        next.delete(appeal.id);
        return next;
      });
    }
  }
}
