import { Component, ElementRef, Injector, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { RESPONSE_DECISION_NAMES, type CommitteeDecisionName, type ResponseDecisionName, type ResponseDraftView } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid, httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { notBlank } from '../core/password-policy';
import { LanguageService } from '../i18n/language.service';
import { CommitteeApi } from './committee.api';
import { apiErrorCode } from './errors';

export const MARKDOWN_MAX = 20000;

/**
 * The official response to one proposal: decision, reasoned opinion (Markdown) and the amended text
 * when adopted with amendments. Committee members edit one shared draft; the revision they started
 * from goes back with each save, so a colleague's newer draft is never overwritten silently.
 */
@Component({
  selector: 'cc-response-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslatePipe, LocalDatePipe],
  template: `
    <section class="card" aria-labelledby="response-heading">
      <h2 id="response-heading">{{ 'committee.response.heading' | translate }}</h2>
      @if (loadError(); as message) {
        <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      } @else if (!loaded()) {
        <p>{{ 'common.loading' | translate }}</p>
      } @else {
        @if (draft(); as d) {
          <p class="secondary-text">
            @if (d.publishedAt) {
              {{ 'committee.response.publishedAt' | translate: { date: (d.publishedAt | localDate: language.current()) } }}
            } @else {
              {{ 'committee.response.lastEdit' | translate: { name: d.editedBy?.displayName ?? '—', date: (d.updatedAt | localDate: language.current()), revision: d.revision } }}
            }
          </p>
        } @else {
          <p>{{ 'committee.response.none' | translate }}</p>
        }

        @if (canEdit() && !draft()?.publishedAt) {
          <form [formGroup]="form" (ngSubmit)="save()" class="form" novalidate>
            <mat-form-field>
              <mat-label>{{ 'committee.response.decision' | translate }}</mat-label>
              <mat-select formControlName="decision">
                <mat-option value="">{{ voteDecisionLabel() }}</mat-option>
                @for (decision of decisions; track decision) {
                  <mat-option [value]="decision">{{ 'outcomes.decisions.' + decision | translate }}</mat-option>
                }
              </mat-select>
              <mat-hint>{{ 'committee.response.decisionHint' | translate }}</mat-hint>
            </mat-form-field>
            @if (mismatch()) {
              <p class="message warning"><mat-icon aria-hidden="true" fontIcon="warning" /><span>{{ 'committee.response.mismatch' | translate }}</span></p>
            }
            <mat-form-field>
              <mat-label>{{ 'committee.response.opinion' | translate }}</mat-label>
              <textarea matInput formControlName="opinion" rows="8" [attr.maxlength]="markdownMax" required></textarea>
              <mat-hint>{{ 'committee.response.opinionHint' | translate }}</mat-hint>
              @if (form.controls.opinion.hasError('required')) {
                <mat-error>{{ 'committee.response.opinionRequired' | translate }}</mat-error>
              } @else if (form.controls.opinion.hasError('server')) {
                <mat-error>{{ form.controls.opinion.getError('server') }}</mat-error>
              }
            </mat-form-field>
            @if (amending()) {
              <mat-form-field>
                <mat-label>{{ 'committee.response.amendedText' | translate }}</mat-label>
                <textarea matInput formControlName="amendedText" rows="6" [attr.maxlength]="markdownMax" required></textarea>
                <mat-hint>{{ 'committee.response.amendedHint' | translate }}</mat-hint>
                @if (form.controls.amendedText.hasError('required')) {
                  <mat-error>{{ 'committee.response.amendedRequired' | translate }}</mat-error>
                } @else if (form.controls.amendedText.hasError('server')) {
                  <mat-error>{{ form.controls.amendedText.getError('server') }}</mat-error>
                }
              </mat-form-field>
            }
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="busy()"><mat-icon aria-hidden="true" fontIcon="save" />{{ 'committee.response.save' | translate }}</button>
            </div>
          </form>
        } @else if (!canEdit() && !draft()?.publishedAt) {
          <p class="hint">{{ 'committee.response.readOnly' | translate }}</p>
        }

        @if (draft(); as d) {
          <div class="preview">
            <h3>{{ (d.publishedAt ? 'committee.response.publishedHeading' : 'committee.response.preview') | translate }}</h3>
            <p><strong>{{ 'committee.response.decision' | translate }}{{ 'committee.colon' | translate }}</strong> {{ decisionWord(d.decision) }}</p>
            <div class="prose" [innerHTML]="d.opinionHtml"></div>
            @if (d.amendedTextHtml) {
              <h4>{{ 'committee.response.amendedText' | translate }}</h4>
              <div class="prose amended" [innerHTML]="d.amendedTextHtml"></div>
            }
            @if (d.fingerprint) {
              <p>{{ 'outcomes.fingerprint.label' | translate }}{{ 'committee.colon' | translate }} <code class="fingerprint">{{ d.fingerprint }}</code></p>
            }
          </div>
        }
      }
      <div #feedback tabindex="-1" class="feedback">
        <div role="status">
          @if (done(); as message) {
            <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
          }
        </div>
        <div role="alert">
          @if (error(); as message) {
            <div class="message error">
              <mat-icon aria-hidden="true" fontIcon="error" />
              <div>
                <p>{{ 'common.errorPrefix' | translate }} {{ message }}</p>
                @if (stale()) {
                  <p><button mat-stroked-button type="button" (click)="reload()"><mat-icon aria-hidden="true" fontIcon="refresh" />{{ 'committee.response.reload' | translate }}</button></p>
                }
              </div>
            </div>
          }
        </div>
      </div>
      @if (unsaved(); as text) {
        <details class="unsaved">
          <summary>{{ 'committee.response.unsaved' | translate }}</summary>
          <p class="hint">{{ 'committee.response.unsavedHint' | translate }}</p>
          <pre>{{ text }}</pre>
        </details>
      }
    </section>
  `,
  styles: `
    :host { display: block; }
    .preview { margin-top: 1rem; border-top: 1px solid var(--mat-sys-outline-variant); }
    .preview h3 { font-size: 1.1rem; }
    .preview h4 { font-size: 1rem; margin-bottom: .25rem; }
    .amended { border-inline-start: 4px solid #0a5fb4; padding-inline-start: .75rem; }
    .fingerprint { overflow-wrap: anywhere; font-size: .85rem; }
    .unsaved pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--mat-sys-surface-container); padding: .75rem; border-radius: 6px; }
    .feedback:focus { outline: none; }
  `,
})
export class ResponseEditor {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly language = inject(LanguageService);
  private readonly feedback = viewChild<ElementRef<HTMLElement>>('feedback');

  readonly proposalId = input.required<string>();
  /** The closed committee vote's decision; null while it is open. */
  readonly voteDecision = input<CommitteeDecisionName | null>(null);
  /** Committee members write; admins read. */
  readonly canEdit = input(false);
  readonly saved = output<ResponseDraftView>();

  protected readonly decisions = RESPONSE_DECISION_NAMES;
  protected readonly markdownMax = MARKDOWN_MAX;
  protected readonly form = new FormGroup({
    decision: new FormControl<ResponseDecisionName | ''>('', { nonNullable: true }),
    opinion: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(MARKDOWN_MAX)] }),
    amendedText: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MARKDOWN_MAX)] }),
  });
  protected readonly draft = signal<ResponseDraftView | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly stale = signal(false);
  protected readonly unsaved = signal<string | null>(null);
  private readonly chosen = signal<ResponseDecisionName | ''>('');

  /** The decision the response will publish: its own, or the vote's. */
  protected readonly effective = computed(() => this.chosen() || this.voteDecision());
  protected readonly amending = computed(() => this.effective() === 'adopted_with_amendments');
  protected readonly mismatch = computed(() => {
    const vote = this.voteDecision();
    const chosen = this.chosen();
    if (!vote || !chosen) return false;
    return !(chosen === vote || (chosen === 'out_of_scope' && vote === 'not_adopted'));
  });
  protected readonly voteDecisionLabel = computed(() => {
    this.language.current();
    const vote = this.voteDecision();
    return vote
      ? this.translate.instant('committee.response.voteDecision', { decision: this.translate.instant(`outcomes.decisions.${vote}`) })
      : this.translate.instant('committee.response.voteDecisionPending');
  });

  constructor() {
    this.form.controls.decision.valueChanges.subscribe((value) => this.chosen.set(value));
    effect(() => void this.load(this.proposalId()));
  }

  protected decisionWord(decision: ResponseDecisionName | null): string {
    const effective = decision ?? this.voteDecision();
    return effective ? this.translate.instant(`outcomes.decisions.${effective}`) : this.translate.instant('committee.response.voteDecisionPending');
  }

  private async load(id: string): Promise<void> {
    try {
      const draft = await this.api.response(id);
      this.fill(draft);
    } catch (error) {
      if (httpStatus(error) === 404 && apiErrorCode(error) === 'committee.no-response') {
        this.draft.set(null);
      } else {
        this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
      }
    } finally {
      this.loaded.set(true);
    }
  }

  private fill(draft: ResponseDraftView): void {
    this.draft.set(draft);
    this.form.reset({ decision: draft.decision ?? '', opinion: draft.opinion, amendedText: draft.amendedText ?? '' });
    this.chosen.set(draft.decision ?? '');
  }

  protected async reload(): Promise<void> {
    const { opinion, amendedText } = this.form.getRawValue();
    this.unsaved.set(amendedText.trim() ? `${opinion}\n\n---\n\n${amendedText}` : opinion);
    this.error.set(null);
    this.stale.set(false);
    await this.load(this.proposalId());
    this.done.set(this.translate.instant('committee.response.reloaded'));
    focusAfterRender(() => this.host.nativeElement.querySelector('textarea') as HTMLElement | undefined, this.injector);
  }

  protected async save(): Promise<void> {
    this.done.set(null);
    this.error.set(null);
    this.stale.set(false);
    const amendedControl = this.form.controls.amendedText;
    amendedControl.setValidators(this.amending() ? [notBlank, Validators.maxLength(MARKDOWN_MAX)] : [Validators.maxLength(MARKDOWN_MAX)]);
    amendedControl.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host, this.injector);
      return;
    }
    const { decision, opinion, amendedText } = this.form.getRawValue();
    this.busy.set(true);
    try {
      // Started from no draft: a colleague may have written the first one meanwhile (no revision to send).
      if (!this.draft()) {
        const meanwhile = await this.api.response(this.proposalId()).catch(() => null);
        if (meanwhile) {
          this.stale.set(true);
          this.error.set(this.translate.instant('committee.response.staleNew', { name: meanwhile.editedBy?.displayName ?? '—' }));
          return;
        }
      }
      const saved = await this.api.saveResponse(this.proposalId(), {
        decision: decision || null,
        opinion,
        amendedText: this.amending() ? amendedText : null,
        revision: this.draft()?.revision,
      });
      this.fill(saved);
      this.unsaved.set(null);
      this.done.set(this.translate.instant('committee.response.saved', { revision: saved.revision }));
      this.saved.emit(saved);
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === 'committee.response-stale') this.stale.set(true);
      if (!applyServerFieldErrors(this.form, error)) this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      if (code === 'committee.response-published') await this.load(this.proposalId());
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.feedback(), this.injector);
    }
  }
}
