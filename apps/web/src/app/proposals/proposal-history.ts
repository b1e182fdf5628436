import { Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { DiffPart, ProposalDiff, ProposalVersionView } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { LocalDatePipe } from '../core/local-date.pipe';
import { ThemeLabelPipe } from '../consultations/labels';
import { LanguageService } from '../i18n/language.service';
import { ProposalsApi } from './proposals.api';

/**
 * Every version of the text, and what changed between two of them: added words in <ins>, removed
 * ones in <del>, each also underlined or struck through and named for screen readers (not colour alone).
 */
@Component({
  selector: 'cc-proposal-history',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatSelectModule, TranslatePipe, LocalDatePipe, ThemeLabelPipe],
  template: `
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{{ 'proposals.history.heading' | translate }}</h2>
      @if (versions(); as list) {
        <ul class="versions">
          @for (v of list; track v.version) {
            <li>
              <strong>{{ 'proposals.history.version' | translate: { version: v.version } }}</strong>
              — {{ v.createdAt | localDate: language.current() }}, {{ 'proposals.history.by' | translate: { name: v.editedBy.displayName } }}
            </li>
          }
        </ul>
        @if (list.length > 1) {
          <form class="compare" [formGroup]="form" (ngSubmit)="compare()">
            <mat-form-field>
              <mat-label>{{ 'proposals.history.from' | translate }}</mat-label>
              <mat-select formControlName="from">
                @for (v of list; track v.version) {
                  <mat-option [value]="v.version">{{ 'proposals.history.version' | translate: { version: v.version } }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'proposals.history.to' | translate }}</mat-label>
              <mat-select formControlName="to">
                @for (v of list; track v.version) {
                  <mat-option [value]="v.version">{{ 'proposals.history.version' | translate: { version: v.version } }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <button mat-stroked-button type="submit" class="compare-button"><mat-icon aria-hidden="true" fontIcon="compare_arrows" />{{ 'proposals.history.compare' | translate }}</button>
          </form>
          <div role="status">
            @if (diff(); as d) {
              <p class="visually-hidden">{{ 'proposals.history.shown' | translate: { from: d.from, to: d.to } }}</p>
            }
          </div>
          @if (diff(); as d) {
            <div class="diff">
              <h3 id="diff-heading">{{ 'proposals.history.diffHeading' | translate: { from: d.from, to: d.to } }}</h3>
              <p class="hint">{{ 'proposals.history.legend' | translate }}</p>
              @for (field of fields; track field) {
                @if (changed(d[field])) {
                  <h4>{{ 'proposals.fields.' + field | translate }}</h4>
                  <p class="diff-text">
                    @for (part of d[field]; track $index) {
                      @if (part.added) {
                        <ins><span class="visually-hidden">{{ 'proposals.history.addedStart' | translate }}</span>{{ part.value }}<span class="visually-hidden">{{ 'proposals.history.addedEnd' | translate }}</span></ins>
                      } @else if (part.removed) {
                        <del><span class="visually-hidden">{{ 'proposals.history.removedStart' | translate }}</span>{{ part.value }}<span class="visually-hidden">{{ 'proposals.history.removedEnd' | translate }}</span></del>
                      } @else {
                        <span>{{ part.value }}</span>
                      }
                    }
                  </p>
                }
              }
              @if (d.theme.changed) {
                <h4>{{ 'proposals.fields.theme' | translate }}</h4>
                <p>
                  <del>{{ (d.theme.from | themeLabel: language.current()) || ('proposals.history.none' | translate) }}</del>
                  → <ins>{{ (d.theme.to | themeLabel: language.current()) || ('proposals.history.none' | translate) }}</ins>
                </p>
              }
              @if (!anyChange(d)) {
                <p>{{ 'proposals.history.same' | translate }}</p>
              }
            </div>
          }
        }
      } @else if (!error()) {
        <p>{{ 'common.loading' | translate }}</p>
      }
      @if (error(); as message) {
        <p class="message error" role="alert"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      }
    </section>
  `,
  styles: `
    :host { display: block; }
    .versions { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; gap: .25rem; }
    .compare { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; }
    .compare mat-form-field { width: min(100%, 15rem); }
    .compare-button { margin-top: .5rem; }
    .diff { border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; padding: .25rem 1rem 1rem; }
    .diff h3 { font-size: 1.1rem; }
    .diff h4 { font-size: 1rem; margin: 1rem 0 .25rem; }
    .diff-text { white-space: pre-wrap; overflow-wrap: anywhere; }
    ins { background: #d7f5dd; color: #0b3d17; text-decoration: underline; text-decoration-thickness: 2px; }
    del { background: #fde2e0; color: #6b1510; text-decoration: line-through; text-decoration-thickness: 2px; }
  `,
})
export class ProposalHistory {
  private readonly api = inject(ProposalsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  readonly proposalId = input.required<string>();
  /** The current version: a new one reloads the list. */
  readonly version = input.required<number>();

  protected readonly fields = ['title', 'summary', 'body'] as const;
  protected readonly versions = signal<ProposalVersionView[] | null>(null);
  protected readonly diff = signal<ProposalDiff | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({ from: new FormControl(1, { nonNullable: true }), to: new FormControl(1, { nonNullable: true }) });

  constructor() {
    effect(() => {
      const id = this.proposalId();
      this.version();
      void this.load(id);
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const page = await this.api.versions(id);
      const list = [...page.items].sort((a, b) => b.version - a.version);
      this.versions.set(list);
      if (list.length > 1) {
        this.form.setValue({ from: list[1].version, to: list[0].version });
        await this.compare();
      }
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  protected async compare(): Promise<void> {
    const { from, to } = this.form.getRawValue();
    try {
      this.diff.set(await this.api.diff(this.proposalId(), Math.min(from, to), Math.max(from, to)));
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  protected changed(parts: DiffPart[]): boolean {
    return parts.some((part) => part.added || part.removed);
  }

  protected anyChange(d: ProposalDiff): boolean {
    return this.changed(d.title) || this.changed(d.summary) || this.changed(d.body) || d.theme.changed;
  }
}
