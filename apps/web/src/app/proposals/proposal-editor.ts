import { Component, DestroyRef, ElementRef, Injector, OnInit, computed, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  PROPOSAL_BODY_MAX,
  PROPOSAL_SUMMARY_MAX,
  PROPOSAL_TITLE_MAX,
  type ConsultationDetail,
  type ProposalDetail,
  type SimilarProposal,
} from '@concordia/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid } from '../core/forms';
import { notBlank } from '../core/password-policy';
import { SessionStore } from '../core/session.store';
import { ConsultationsApi } from '../consultations/consultations.api';
import { Flash } from '../consultations/flash';
import { ThemeLabelPipe } from '../consultations/labels';
import { pageTitle } from '../consultations/page-title';
import { clearServerErrors } from '../consultations/server-errors';
import { LanguageService } from '../i18n/language.service';
import { Coauthors } from './coauthors';
import { PersonalDataWarning } from './personal-data-warning';
import { ProposalsApi } from './proposals.api';

/**
 * /consultations/:slug/proposals/new and /proposals/:ref/edit — title, summary, Markdown text and
 * theme; similar proposals appear under the title while typing; personal data is pointed out.
 */
@Component({
  selector: 'cc-proposal-editor',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslatePipe, ThemeLabelPipe, PersonalDataWarning, Coauthors],
  templateUrl: './proposal-editor.html',
  styleUrl: './proposal-editor.scss',
})
export class ProposalEditor implements OnInit {
  private readonly api = inject(ProposalsApi);
  private readonly consultationsApi = inject(ConsultationsApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly flash = inject(Flash);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly setTitle = pageTitle();
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  /** New: the consultation. */
  readonly slug = input<string>();
  /** Edit: the proposal. */
  readonly ref = input<string>();

  protected readonly limits = { title: PROPOSAL_TITLE_MAX, summary: PROPOSAL_SUMMARY_MAX, body: PROPOSAL_BODY_MAX };
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(PROPOSAL_TITLE_MAX)] }),
    summary: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(PROPOSAL_SUMMARY_MAX)] }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(PROPOSAL_BODY_MAX)] }),
    theme: new FormControl('', { nonNullable: true }),
  });
  protected readonly proposal = signal<ProposalDetail | null>(null);
  protected readonly consultation = signal<ConsultationDetail | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly similar = signal<SimilarProposal[]>([]);
  protected readonly similarMessage = signal('');

  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  protected readonly lengths = computed(() => {
    const v = this.values();
    return { title: v.title.length, summary: v.summary.length, body: v.body.length };
  });
  /** What the detector reads, half a second after typing stops. */
  protected readonly texts = toSignal(this.form.valueChanges.pipe(debounceTime(500), map(() => Object.values(this.form.getRawValue()))), { initialValue: [] as string[] });

  protected readonly editing = computed(() => !!this.ref());
  protected readonly consultationSlug = computed(() => this.proposal()?.consultationSlug ?? this.slug() ?? '');
  /** Drafts and refused proposals are saved, then submitted; a published one gets a new version. */
  protected readonly canSubmit = computed(() => !this.editing() || ['draft', 'rejected'].includes(this.proposal()?.state ?? ''));

  ngOnInit(): void {
    void this.start();
    this.form.controls.title.valueChanges
      .pipe(
        map((title) => title.trim()),
        debounceTime(450),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((title) => void this.findSimilar(title));
  }

  private async start(): Promise<void> {
    try {
      if (this.ref()) {
        const proposal = await this.api.get(this.ref() as string);
        this.proposal.set(proposal);
        this.form.setValue({ title: proposal.title, summary: proposal.summary, body: proposal.body, theme: proposal.theme ?? '' });
        this.setTitle(this.translate.instant('proposals.editor.editHeading', { ref: proposal.ref }));
      } else {
        this.setTitle(this.translate.instant('proposals.editor.newHeading'));
      }
      this.consultation.set(await this.consultationsApi.get(this.consultationSlug()));
    } catch (error) {
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  private async findSimilar(title: string): Promise<void> {
    const slug = this.consultationSlug();
    if (title.length < 3 || !slug) {
      this.similar.set([]);
      this.similarMessage.set('');
      return;
    }
    try {
      const found = await this.api.similar(slug, title, this.proposal()?.id);
      const before = this.similar().length;
      this.similar.set(found);
      // Said once per change of count, not at every keystroke.
      if (found.length !== before || !this.similarMessage()) {
        this.similarMessage.set(
          found.length === 0 ? '' : this.translate.instant(found.length === 1 ? 'proposals.editor.similarOne' : 'proposals.editor.similarMany', { count: found.length }),
        );
      }
    } catch {
      this.similar.set([]);
    }
  }

  protected async save(submit: boolean): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const value = this.form.getRawValue();
    const fields = { title: value.title.trim(), summary: value.summary.trim(), body: value.body, theme: value.theme || null };
    this.busy.set(true);
    try {
      const current = this.proposal();
      let saved: ProposalDetail;
      if (current) {
        saved = await this.api.update(current.id, fields);
        if (submit && saved.permissions.canSubmit) saved = await this.api.submit(saved.id);
      } else {
        saved = await this.api.create(this.consultationSlug(), { ...fields, submit });
      }
      const notice = submit ? (saved.state === 'published' ? 'published' : 'submitted') : current ? 'saved' : 'created';
      this.flash.set(this.translate.instant(`proposals.page.notice.${notice}`));
      await this.router.navigate(['/proposals', saved.ref]);
    } catch (error) {
      const applied = applyServerFieldErrors(this.form, error);
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      if (applied) focusFirstInvalid(this.formElement(), this.injector);
      else focusAfterRender(() => this.errorSummary(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
