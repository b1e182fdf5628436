import { Component, ElementRef, Injector, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { COMMITTEE_CHOICE_NAMES, type CommitteeBallotRequest, type CommitteeVoteStatus, type GradeData } from '@concordia/contracts';
import { NO_OPINION_LABELS } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid } from '../core/forms';
import { notBlank } from '../core/password-policy';
import { LocalDatePipe } from '../core/local-date.pipe';
import { LanguageService } from '../i18n/language.service';
import { CommitteeApi } from './committee.api';

export const REASON_MAX = 5000;

/**
 * A member's own committee ballot: one of the four choices (or a grade under majority judgment)
 * with its required reason, or a recusal with the declared conflict of interest. Sealed: nobody
 * else sees it before the chair closes the vote.
 */
@Component({
  selector: 'cc-committee-ballot',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule, TranslatePipe, LocalDatePipe],
  template: `
    @if (status().myBallot; as mine) {
      <div class="message info mine">
        <mat-icon aria-hidden="true" [fontIcon]="mine.kind === 'recusal' ? 'do_not_disturb_on' : 'how_to_vote'" />
        <div>
          <p>
            <strong>{{ 'committee.ballot.mine' | translate }}</strong> {{ positionWord(mine.kind === 'recusal' ? 'recuse' : mine.choice ?? (mine.grade === null ? '' : '' + mine.grade)) }}
            @if (mine.amendments) { ({{ 'committee.ballot.amendmentsShort' | translate }}) }
          </p>
          <p>{{ (mine.kind === 'recusal' ? 'committee.ballot.conflictLabel' : 'committee.ballot.reasonLabel') | translate }}{{ 'committee.colon' | translate }} « {{ mine.reason }} »</p>
          <p class="secondary-text">{{ 'committee.ballot.castAt' | translate: { date: (mine.updatedAt | localDate: language.current()) } }}</p>
        </div>
      </div>
    }
    @if (status().canVote) {
      <form [formGroup]="form" (ngSubmit)="submit()" class="form ballot" novalidate>
        <p [id]="id + '-legend'" class="legend">{{ 'committee.ballot.question' | translate }}</p>
        <mat-radio-group
          formControlName="position"
          class="positions"
          [attr.aria-labelledby]="id + '-legend'"
          [attr.aria-describedby]="showPositionError() ? id + '-position-error' : null"
          [attr.aria-invalid]="showPositionError() || null"
          [attr.aria-required]="true"
        >
          @if (status().method === 'majority_judgment') {
            @for (grade of scale(); track grade.value) {
              <mat-radio-button [value]="'' + grade.value">{{ grade[language.current()] }}</mat-radio-button>
            }
            <mat-radio-button value="no_opinion">{{ noOpinionWord() }}</mat-radio-button>
          } @else {
            @for (choice of choiceNames; track choice) {
              <mat-radio-button [value]="choice">{{ 'committee.choices.' + choice | translate }}</mat-radio-button>
            }
          }
          <mat-radio-button value="recuse" class="recuse">{{ 'committee.ballot.recuse' | translate }}</mat-radio-button>
        </mat-radio-group>
        @if (showPositionError()) {
          <p class="form-error" [id]="id + '-position-error'">{{ 'committee.ballot.positionRequired' | translate }}</p>
        }
        @if (status().method === 'majority_judgment' && isGrade()) {
          <mat-checkbox formControlName="amendments">{{ 'committee.ballot.amendments' | translate }}</mat-checkbox>
        }
        <mat-form-field>
          <mat-label>{{ (recusing() ? 'committee.ballot.conflictLabel' : 'committee.ballot.reasonLabel') | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="4" [attr.maxlength]="reasonMax" required></textarea>
          <mat-hint>{{ (recusing() ? 'committee.ballot.conflictHint' : 'committee.ballot.reasonHint') | translate }}</mat-hint>
          @if (form.controls.reason.hasError('required')) {
            <mat-error>{{ (recusing() ? 'committee.ballot.conflictRequired' : 'committee.ballot.reasonRequired') | translate }}</mat-error>
          } @else if (form.controls.reason.hasError('maxlength')) {
            <mat-error>{{ 'committee.ballot.reasonTooLong' | translate: { max: reasonMax } }}</mat-error>
          } @else if (form.controls.reason.hasError('server')) {
            <mat-error>{{ form.controls.reason.getError('server') }}</mat-error>
          }
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="busy()">
            <mat-icon aria-hidden="true" fontIcon="how_to_vote" />
            {{ (status().myBallot ? 'committee.ballot.change' : 'committee.ballot.cast') | translate }}
          </button>
          @if (status().myBallot) {
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="withdraw()">{{ 'committee.ballot.withdraw' | translate }}</button>
          }
        </div>
      </form>
    }
    <div #feedback tabindex="-1" class="feedback">
      <div role="status">
        @if (done(); as message) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
        }
      </div>
      <div role="alert">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ 'common.errorPrefix' | translate }} {{ message }}</span></p>
        }
      </div>
    </div>
  `,
  styles: `
    :host { display: block; }
    .legend { font-weight: 600; margin: .5rem 0 .25rem; }
    .positions { display: flex; flex-direction: column; align-items: flex-start; margin-bottom: .5rem; }
    .recuse { margin-top: .35rem; border-top: 1px solid var(--mat-sys-outline-variant); padding-top: .35rem; }
    .form-error { margin: 0 0 .5rem; }
    .mine p { overflow-wrap: anywhere; }
    .feedback:focus { outline: none; }
  `,
})
export class CommitteeBallot {
  private static next = 0;
  protected readonly id = `ballot-${CommitteeBallot.next++}`;
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly language = inject(LanguageService);
  private readonly feedback = viewChild<ElementRef<HTMLElement>>('feedback');

  readonly proposalId = input.required<string>();
  readonly status = input.required<CommitteeVoteStatus>();
  /** Worst first (majority-judgment committees). */
  readonly scale = input<GradeData[]>([]);
  readonly changed = output<void>();

  protected readonly choiceNames = COMMITTEE_CHOICE_NAMES;
  protected readonly reasonMax = REASON_MAX;
  protected readonly form = new FormGroup({
    position: new FormControl<string | null>(null, { validators: [Validators.required] }),
    amendments: new FormControl(false, { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(REASON_MAX)] }),
  });
  protected readonly submitted = signal(false);
  private readonly position = signal<string | null>(null);
  protected readonly recusing = computed(() => this.position() === 'recuse');
  protected readonly isGrade = computed(() => /^\d+$/.test(this.position() ?? ''));
  protected readonly noOpinionWord = computed(() => NO_OPINION_LABELS[this.language.current()]);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.form.controls.position.valueChanges.subscribe((value) => this.position.set(value));
    // The form starts from my ballot, if I have one.
    effect(() => {
      const mine = this.status().myBallot;
      if (!mine) return;
      const position = mine.kind === 'recusal' ? 'recuse' : (mine.choice ?? (mine.grade === null ? null : String(mine.grade)));
      this.form.setValue({ position, amendments: mine.amendments, reason: mine.reason }, { emitEvent: false });
      this.position.set(position);
    });
  }

  protected showPositionError(): boolean {
    return this.submitted() && this.form.controls.position.invalid;
  }

  protected positionWord(position: string): string {
    if (position === 'recuse') return this.translate.instant('committee.ballot.recused');
    if (position === 'no_opinion') return this.noOpinionWord();
    if (/^\d+$/.test(position)) {
      const grade = this.scale().find((g) => g.value === Number(position));
      return grade ? grade[this.language.current()] : position;
    }
    return position ? this.translate.instant(`committee.choices.${position}`) : '';
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.done.set(null);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      if (this.form.controls.position.invalid) {
        focusAfterRender(() => this.host.nativeElement.querySelector('mat-radio-group input') as HTMLElement | undefined, this.injector);
      } else {
        focusFirstInvalid(this.host, this.injector);
      }
      return;
    }
    const { position, amendments, reason } = this.form.getRawValue();
    const body: CommitteeBallotRequest = { reason: reason.trim() };
    if (position === 'recuse') body.choice = 'recuse';
    else if (this.status().method === 'majority_judgment') {
      body.grade = position === 'no_opinion' ? 'no_opinion' : Number(position);
      body.amendments = position !== 'no_opinion' && amendments;
    } else body.choice = position as CommitteeBallotRequest['choice'];
    this.busy.set(true);
    try {
      const had = !!this.status().myBallot;
      await this.api.cast(this.proposalId(), body);
      const word = this.positionWord(position as string);
      this.done.set(
        this.translate.instant(position === 'recuse' ? 'committee.ballot.recusedDone' : had ? 'committee.ballot.changed' : 'committee.ballot.castDone', { choice: word }),
      );
      this.submitted.set(false);
      this.changed.emit();
    } catch (error) {
      if (!applyServerFieldErrors(this.form, error)) this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.feedback(), this.injector);
    }
  }

  protected async withdraw(): Promise<void> {
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    try {
      await this.api.withdraw(this.proposalId());
      this.form.reset({ position: null, amendments: false, reason: '' });
      this.submitted.set(false);
      this.done.set(this.translate.instant('committee.ballot.withdrawn'));
      this.changed.emit();
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.feedback(), this.injector);
    }
  }
}
