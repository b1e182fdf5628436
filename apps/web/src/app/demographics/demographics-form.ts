import { Component, ElementRef, Injector, OnInit, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { MyDemographics } from '@concordia/contracts';
import { AGE_BANDS, COMMUNES, GENDERS } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { LanguageService } from '../i18n/language.service';
import { DemographicsApi } from './demographics.api';

/**
 * "À propos de vous (facultatif)" in Mon compte: three optional questions, saved together, withdrawn
 * together. Nothing is asked elsewhere, so nobody meets these questions without their explanation.
 */
@Component({
  selector: 'cc-demographics-form',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatSelectModule, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="demographics-heading">
      <h2 id="demographics-heading">{{ 'demographics.form.heading' | translate }}</h2>
      <p>{{ 'demographics.form.why' | translate }}</p>
      <ul class="promises">
        <li>{{ 'demographics.form.optional' | translate }}</li>
        <li>{{ 'demographics.form.apart' | translate }}</li>
        <li>{{ 'demographics.form.withdrawable' | translate }}</li>
      </ul>
      <div role="status">
        @if (status(); as key) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ key | translate }}</span></p>
        }
      </div>
      <div #errorBox role="alert" tabindex="-1">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
      <form class="form demographics-form" [formGroup]="form" (ngSubmit)="save()">
        @for (field of fields; track field.name) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'demographics.form.' + field.name | translate }}</mat-label>
            <mat-select [formControlName]="field.name">
              <mat-option [value]="null">{{ 'demographics.form.noAnswer' | translate }}</mat-option>
              @for (option of field.options; track option.key) {
                <mat-option [value]="option.key">{{ option[language.current()] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'demographics.form.save' | translate }}</button>
          @if (stored()) {
            <button mat-stroked-button type="button" (click)="withdraw()" [disabled]="busy()">{{ 'demographics.form.withdraw' | translate }}</button>
          }
        </div>
      </form>
      <p class="see"><a routerLink="/representativeness">{{ 'demographics.form.seeResults' | translate }}</a></p>
    </section>
  `,
  styles: `
    :host { display: block; }
    .promises { padding-inline-start: 1.25rem; margin: 0 0 1rem; }
    .promises li + li { margin-top: .25rem; }
    .demographics-form { max-width: 32rem; }
    .see { margin: 1rem 0 0; }
  `,
})
export class DemographicsForm implements OnInit {
  private readonly api = inject(DemographicsApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);
  private readonly errorBox = viewChild<ElementRef<HTMLElement>>('errorBox');

  protected readonly fields = [
    { name: 'ageBand', options: AGE_BANDS },
    { name: 'commune', options: COMMUNES },
    { name: 'gender', options: GENDERS },
  ] as const;
  protected readonly form = new FormGroup({
    ageBand: new FormControl<string | null>(null),
    commune: new FormControl<string | null>(null),
    gender: new FormControl<string | null>(null),
  });
  protected readonly stored = signal(false);
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    const mine = await this.api.mine().catch(() => null);
    if (mine) this.show(mine);
  }

  protected save(): Promise<void> {
    return this.run('demographics.form.saved', async () => this.show(await this.api.save(this.form.getRawValue())));
  }

  protected withdraw(): Promise<void> {
    return this.run('demographics.form.withdrawn', async () => {
      await this.api.withdraw();
      this.show({ ageBand: null, commune: null, gender: null });
    });
  }

  private show(answers: MyDemographics): void {
    this.form.setValue(answers);
    this.stored.set(Boolean(answers.ageBand || answers.commune || answers.gender));
  }

  private async run(done: string, work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.status.set(null);
    this.error.set(null);
    try {
      await work();
      this.status.set(done);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('demographics.form.error')));
      focusAfterRender(() => this.errorBox(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
