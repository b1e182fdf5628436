import { Component, OnInit, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CensusDimension, DemographicDimensionName } from '@concordia/contracts';
import { DEMOGRAPHIC_CATEGORIES, DEMOGRAPHIC_DIMENSIONS, DemographicCategory, OUTSIDE_METROPOLIS } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { LanguageService } from '../i18n/language.service';
import { DemographicsApi } from './demographics.api';

interface DimensionForm {
  dimension: DemographicDimensionName;
  categories: readonly DemographicCategory[];
  group: FormGroup<{ source: FormControl<string>; year: FormControl<number | null>; shares: FormGroup<Record<string, FormControl<number | null>>> }>;
  total: () => number;
  status: ReturnType<typeof signal<string | null>>;
  error: ReturnType<typeof signal<string | null>>;
}

/** Shares are typed as percentages (what a census table shows) and sent as 0..1. */
const toPercent = (share: number) => Math.round(share * 10_000) / 100;

/** /admin/census — the reference shares the representativeness page compares with, one form per question. */
@Component({
  selector: 'cc-census-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  template: `
    <div class="page">
      <h1>{{ 'demographics.census.heading' | translate }}</h1>
      <p class="intro">{{ 'demographics.census.intro' | translate }}</p>
      <p><a routerLink="/representativeness">{{ 'demographics.census.toPage' | translate }}</a></p>
      @for (form of forms; track form.dimension) {
        <section class="card" [attr.aria-labelledby]="'census-' + form.dimension">
          <h2 [id]="'census-' + form.dimension">{{ 'demographics.dimensions.' + form.dimension | translate }}</h2>
          <form [formGroup]="form.group" (ngSubmit)="save(form)" novalidate>
            <div class="meta">
              <mat-form-field appearance="outline" class="source">
                <mat-label>{{ 'demographics.census.source' | translate }}</mat-label>
                <input matInput formControlName="source" required maxlength="300" />
                <mat-hint>{{ 'demographics.census.sourceHint' | translate }}</mat-hint>
                @if (form.group.controls.source.hasError('required')) {
                  <mat-error>{{ 'demographics.census.sourceRequired' | translate }}</mat-error>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" class="year">
                <mat-label>{{ 'demographics.census.year' | translate }}</mat-label>
                <input matInput type="number" formControlName="year" min="1900" max="2100" inputmode="numeric" />
              </mat-form-field>
            </div>
            <div class="shares" formGroupName="shares">
              @for (category of form.categories; track category.key) {
                <mat-form-field appearance="outline">
                  <mat-label>{{ 'demographics.census.share' | translate: { category: category[language.current()] } }}</mat-label>
                  <input matInput type="number" [formControlName]="category.key" min="0" max="100" step="0.01" inputmode="decimal" />
                  @if (form.group.controls.shares.controls[category.key].invalid) {
                    <mat-error>{{ 'demographics.census.shareRange' | translate }}</mat-error>
                  }
                </mat-form-field>
              }
            </div>
            <p class="total">{{ 'demographics.census.total' | translate: { value: form.total() } }}</p>
            <div role="status">
              @if (form.status(); as message) {
                <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
              }
            </div>
            <div role="alert">
              @if (form.error(); as message) {
                <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
              }
            </div>
            <div class="actions">
              <button mat-flat-button type="submit">{{ 'demographics.census.save' | translate: { dimension: ('demographics.dimensions.' + form.dimension | translate) } }}</button>
            </div>
          </form>
        </section>
      }
    </div>
  `,
  styles: `
    .intro { max-width: 48rem; }
    .card + .card { margin-top: 1.5rem; }
    .meta { display: grid; gap: .75rem 1rem; grid-template-columns: minmax(0, 1fr) 9rem; align-items: start; }
    @media (max-width: 36rem) { .meta { grid-template-columns: minmax(0, 1fr); } }
    .shares { display: grid; gap: .75rem 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr)); margin-top: 1rem; }
    .total { font-weight: 600; font-variant-numeric: tabular-nums; }
  `,
})
export class CensusPage implements OnInit {
  private readonly api = inject(DemographicsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly forms: DimensionForm[] = DEMOGRAPHIC_DIMENSIONS.map((dimension) => {
    // The census counts residents of the metropolis: "outside" has no reference share.
    const categories = DEMOGRAPHIC_CATEGORIES[dimension].filter((c) => c.key !== OUTSIDE_METROPOLIS);
    const shares = new FormGroup(
      Object.fromEntries(categories.map((c) => [c.key, new FormControl<number | null>(null, [Validators.min(0), Validators.max(100)])])),
    );
    const group = new FormGroup({
      source: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
      year: new FormControl<number | null>(null),
      shares,
    });
    const values = toSignal(shares.valueChanges, { initialValue: shares.getRawValue() });
    const total = () => Math.round(Object.values(values()).reduce<number>((sum, v) => sum + (Number(v) || 0), 0) * 100) / 100;
    return { dimension, categories, group, total, status: signal<string | null>(null), error: signal<string | null>(null) };
  });

  async ngOnInit(): Promise<void> {
    const census = await this.api.census().catch(() => [] as CensusDimension[]);
    for (const current of census) {
      const form = this.forms.find((f) => f.dimension === current.dimension);
      if (!form) continue;
      form.group.patchValue({
        source: current.source ?? '',
        year: current.year,
        shares: Object.fromEntries(current.shares.map((s) => [s.category, toPercent(s.share)])),
      });
    }
  }

  protected async save(form: DimensionForm): Promise<void> {
    form.status.set(null);
    form.error.set(null);
    if (form.group.invalid) {
      form.group.markAllAsTouched();
      return;
    }
    const { source, year, shares } = form.group.getRawValue();
    const entered = Object.entries(shares).filter(([, value]) => value !== null && value !== undefined && String(value) !== '');
    try {
      await this.api.saveCensus({
        dimension: form.dimension,
        source,
        year: year ?? null,
        shares: entered.map(([category, value]) => ({ category, share: Math.round(Number(value) * 100) / 10_000 })),
      });
      form.status.set(this.translate.instant('demographics.census.saved', { dimension: this.translate.instant(`demographics.dimensions.${form.dimension}`) }));
    } catch (error) {
      form.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    }
  }
}
