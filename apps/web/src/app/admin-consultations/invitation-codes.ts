import { DOCUMENT, Component, ElementRef, Injector, OnInit, inject, input, signal, viewChild } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ApiError } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusFirstInvalid } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { CodeBatch, ConsultationsApi } from '../consultations/consultations.api';
import { LanguageService } from '../i18n/language.service';

/** A panel's single-use invitation codes: generate N, download them once as CSV; the batches so far. */
@Component({
  selector: 'cc-invitation-codes',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, LocalDatePipe],
  template: `
    <section class="card" aria-labelledby="codes-heading">
      <h2 id="codes-heading">{{ 'adminConsultations.codes.heading' | translate }}</h2>
      <p>{{ 'adminConsultations.codes.intro' | translate }}</p>
      <form class="generate" (submit)="$event.preventDefault(); generate()" #formElement novalidate>
        <mat-form-field>
          <mat-label>{{ 'adminConsultations.codes.count' | translate }}</mat-label>
          <input matInput type="number" min="1" max="5000" step="1" [formControl]="count" required />
          <mat-hint>{{ 'adminConsultations.codes.countHint' | translate }}</mat-hint>
          @if (count.invalid) {
            <mat-error>{{ 'adminConsultations.codes.countInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" class="generate-button" [disabled]="busy()"><mat-icon aria-hidden="true" fontIcon="download" />{{ 'adminConsultations.codes.generate' | translate }}</button>
      </form>
      <div role="status">
        @if (status(); as message) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
        }
      </div>
      <div role="alert">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
      @if (batches().length) {
        <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'adminConsultations.codes.batches' | translate">
          <table class="data">
            <caption>{{ 'adminConsultations.codes.batches' | translate }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'adminConsultations.codes.created' | translate }}</th>
                <th scope="col" class="num">{{ 'adminConsultations.codes.total' | translate }}</th>
                <th scope="col" class="num">{{ 'adminConsultations.codes.used' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (b of batches(); track b.batchId) {
                <tr>
                  <th scope="row">{{ b.createdAt | localDate: language.current() }}</th>
                  <td class="num">{{ b.total }}</td>
                  <td class="num">{{ b.used }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .card h2 { margin-top: .75rem; }
    .generate { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; }
    .generate mat-form-field { width: min(100%, 16rem); }
    .generate-button { margin-top: .5rem; }
    .table-scroll { overflow-x: auto; }
    .data { border-collapse: collapse; width: 100%; max-width: 36rem; }
    .data caption { text-align: start; font-weight: 600; padding: .5rem 0; }
    .data th, .data td { padding: .35rem .6rem; text-align: start; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .data tbody th { font-weight: 400; }
    .data .num { text-align: end; }
  `,
})
export class InvitationCodes implements OnInit {
  private readonly api = inject(ConsultationsApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');

  readonly slug = input.required<string>();

  protected readonly count = new FormControl<number | null>(20, { validators: [Validators.required, Validators.min(1), Validators.max(5000), Validators.pattern(/^\d+$/)] });
  protected readonly batches = signal<CodeBatch[]>([]);
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void this.loadBatches();
  }

  private async loadBatches(): Promise<void> {
    this.batches.set(await this.api.codeBatches(this.slug()).catch(() => []));
  }

  protected async generate(): Promise<void> {
    if (this.busy()) return;
    this.status.set(null);
    this.error.set(null);
    if (this.count.invalid) {
      this.count.markAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const count = Number(this.count.value);
    this.busy.set(true);
    try {
      const { csv, filename } = await this.api.invitationCodes(this.slug(), count);
      this.download(csv, filename ?? `invitation-codes-${this.slug()}.csv`);
      this.status.set(this.translate.instant('adminConsultations.codes.done', { count }));
      await this.loadBatches();
    } catch (error) {
      this.error.set(await this.blobErrorMessage(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** A temporary object URL on a link clicked for the person: the file is saved, nothing stays in memory. */
  private download(blob: Blob, name: string): void {
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Asked for a blob, an error body arrives as a blob too: read it as the usual JSON. */
  private async blobErrorMessage(error: unknown): Promise<string> {
    const fallback = this.translate.instant('common.networkError');
    if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
      try {
        const body = JSON.parse(await error.error.text()) as Partial<ApiError>;
        if (typeof body.message === 'string') return body.message;
      } catch {
        return fallback;
      }
    }
    return apiErrorMessage(error, fallback);
  }
}
