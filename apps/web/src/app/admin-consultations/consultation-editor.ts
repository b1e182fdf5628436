import { Component, ElementRef, Injector, OnInit, computed, inject, input, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { COMMA, ENTER } from '@angular/cdk/keycodes';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PHASES, type ConsultationDetail } from '@concordia/contracts';
import { DEFAULT_GRADE_SCALE } from '@concordia/domain';
import { map, startWith } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, focusFirstInvalid } from '../core/forms';
import { ConsultationsApi } from '../consultations/consultations.api';
import { Flash } from '../consultations/flash';
import { pageTitle } from '../consultations/page-title';
import { clearServerErrors } from '../consultations/server-errors';
import { LanguageService } from '../i18n/language.service';
import { DATED_PHASES, applyFieldErrors, consultationForm, fillForm, inputOf } from './consultation-form';
import { InvitationCodes } from './invitation-codes';
import { PhaseControl } from './phase-control';

/** /admin/consultations/new and /admin/consultations/:slug — everything an admin sets. */
@Component({
  selector: 'cc-consultation-editor',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule, TranslatePipe, PhaseControl, InvitationCodes],
  templateUrl: './consultation-editor.html',
  styleUrl: './consultation-editor.scss',
})
export class ConsultationEditor implements OnInit {
  private readonly api = inject(ConsultationsApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly flash = inject(Flash);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  /** Absent on /admin/consultations/new. */
  readonly slug = input<string>();

  protected readonly form = consultationForm();
  protected readonly phases = DATED_PHASES;
  protected readonly separators = [ENTER, COMMA] as const;
  protected readonly defaultScale = DEFAULT_GRADE_SCALE.grades.map((g) => g[this.language.current()]).join(', ');
  protected readonly consultation = signal<ConsultationDetail | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly unplaced = signal<string[]>([]);
  protected readonly status = signal<string | null>(null);
  protected readonly busy = signal(false);

  private readonly settings = toSignal(this.form.controls.settings.valueChanges.pipe(startWith(null), map(() => this.form.controls.settings.getRawValue())), {
    requireSync: true,
  });
  protected readonly method = computed(() => this.settings().votingMethod);
  protected readonly eligibility = computed(() => this.settings().eligibility);
  protected readonly reviewRule = computed(() => this.settings().reviewRule);
  protected readonly customScale = computed(() => this.settings().gradeScale === 'custom');
  protected readonly themes = toSignal(this.form.controls.themes.valueChanges, { initialValue: [] as string[] });
  /** Ballots already cast were cast under these rules: from the vote on, they stay. */
  protected readonly settingsLocked = computed(() => {
    const c = this.consultation();
    return !!c && PHASES.indexOf(c.phase) >= PHASES.indexOf('voting_open');
  });

  ngOnInit(): void {
    const notice = this.flash.take();
    if (notice) this.status.set(notice);
    void this.load();
  }

  private async load(): Promise<void> {
    const slug = this.slug();
    if (!slug) {
      this.setTitle(this.translate.instant('adminConsultations.editor.newHeading'));
      return;
    }
    try {
      this.apply(await this.api.get(slug));
    } catch (error) {
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  private apply(detail: ConsultationDetail): void {
    this.consultation.set(detail);
    fillForm(this.form, detail);
    if (this.settingsLocked()) this.form.controls.settings.disable({ emitEvent: false });
    else this.form.controls.settings.enable({ emitEvent: false });
    this.setTitle(this.translate.instant('adminConsultations.editor.editHeading', { title: detail.title }));
  }

  protected addTheme(event: MatChipInputEvent): void {
    const value = event.value.trim();
    const themes = this.form.controls.themes.value;
    if (value && !themes.some((t) => t.toLocaleLowerCase('fr') === value.toLocaleLowerCase('fr'))) {
      this.form.controls.themes.setValue([...themes, value.slice(0, 60)]);
      this.form.controls.themes.markAsDirty();
    }
    event.chipInput.clear();
  }

  protected removeTheme(theme: string): void {
    this.form.controls.themes.setValue(this.form.controls.themes.value.filter((t) => t !== theme));
    this.status.set(this.translate.instant('adminConsultations.editor.themeRemoved', { theme }));
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.unplaced.set([]);
    this.status.set(null);
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const current = this.consultation();
    const body = inputOf(this.form, { update: !!current, withSettings: !this.settingsLocked() });
    this.busy.set(true);
    try {
      if (current) {
        const saved = await this.api.update(current.slug, body);
        this.apply(saved);
        this.status.set(this.translate.instant('adminConsultations.editor.saved'));
        if (saved.slug !== current.slug) await this.router.navigate(['/admin/consultations', saved.slug], { replaceUrl: true });
        focusAfterRender(() => this.errorSummary(), this.injector);
      } else {
        const created = await this.api.create(body);
        this.flash.set(this.translate.instant('adminConsultations.editor.created'));
        await this.router.navigate(['/admin/consultations', created.slug]);
      }
    } catch (error) {
      const unplaced = applyFieldErrors(this.form, error);
      this.unplaced.set(unplaced);
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      focusAfterRender(() => this.errorSummary(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }

  protected onPhaseMoved(detail: ConsultationDetail): void {
    this.apply(detail);
  }
}
