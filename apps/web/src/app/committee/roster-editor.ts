import { Component, ElementRef, Injector, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CommitteeCandidate, CommitteeSettingsData, CommitteeView, GradeData } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { LanguageService } from '../i18n/language.service';
import { CommitteeApi } from './committee.api';

interface RosterEntry {
  userId: string;
  displayName: string;
  email: string | null;
}

/** Qualified majorities offered (the domain accepts any fraction above one half). */
const MAJORITIES = ['simple', '3/5', '2/3', '3/4'] as const;

/**
 * Admins set a consultation's committee: its members (accounts holding the committee role), exactly
 * one chair, and its rules — qualified majority, committee majority judgment, named or anonymous
 * publication. The rules lock once a ballot is cast; the roster once outcomes are published.
 */
@Component({
  selector: 'cc-roster-editor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule, MatSelectModule, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="roster-editor-heading">
      <h2 id="roster-editor-heading">{{ 'committee.roster.editHeading' | translate }}</h2>
      <p class="hint">{{ 'committee.roster.editIntro' | translate }}</p>

      <h3 id="roster-members-heading">{{ 'committee.roster.membersHeading' | translate: { count: entries().length } }}</h3>
      @if (entries().length === 0) {
        <p>{{ 'committee.roster.empty' | translate }}</p>
      } @else {
        <ul class="entries" aria-labelledby="roster-members-heading">
          @for (entry of entries(); track entry.userId) {
            <li>
              <span class="who">
                <strong>{{ entry.displayName }}</strong>
                @if (entry.email) { <span class="secondary-text"> {{ entry.email }}</span> }
                @if (entry.userId === chair.value) { <span class="badge">{{ 'committee.roles.chair' | translate }}</span> }
              </span>
              <button mat-stroked-button type="button" (click)="remove(entry)">
                <mat-icon aria-hidden="true" fontIcon="person_remove" />{{ 'committee.roster.remove' | translate }}<span class="visually-hidden"> {{ entry.displayName }}</span>
              </button>
            </li>
          }
        </ul>
        <p [id]="'chair-legend'" class="legend">{{ 'committee.roster.chairLegend' | translate }}</p>
        <mat-radio-group [formControl]="chair" aria-labelledby="chair-legend" class="column">
          @for (entry of entries(); track entry.userId) {
            <mat-radio-button [value]="entry.userId">{{ entry.displayName }}</mat-radio-button>
          }
        </mat-radio-group>
      }

      <h3>{{ 'committee.roster.addHeading' | translate }}</h3>
      <form class="search" role="search" (submit)="$event.preventDefault(); search()">
        <mat-form-field>
          <mat-label>{{ 'committee.roster.search' | translate }}</mat-label>
          <input matInput type="search" [formControl]="query" maxlength="100" autocomplete="off" />
          <mat-hint>{{ 'committee.roster.searchHint' | translate }}</mat-hint>
        </mat-form-field>
        <button mat-stroked-button type="submit"><mat-icon aria-hidden="true" fontIcon="search" />{{ 'committee.roster.searchButton' | translate }}</button>
      </form>
      <div role="status" class="count">
        @if (candidates(); as list) {
          <p>{{ 'committee.roster.found' | translate: { count: candidatesTotal() } }}</p>
        }
      </div>
      @if (candidates(); as list) {
        <ul class="entries">
          @for (candidate of list; track candidate.userId) {
            <li>
              <span class="who">
                <strong>{{ candidate.displayName }}</strong> <span class="secondary-text">{{ candidate.email }}</span>
                @if (!candidate.totpEnabled) { <span class="badge warn">{{ 'committee.roster.noTotp' | translate }}</span> }
              </span>
              @if (isMember(candidate.userId)) {
                <span class="secondary-text">{{ 'committee.roster.already' | translate }}</span>
              } @else {
                <button mat-stroked-button type="button" (click)="add(candidate)">
                  <mat-icon aria-hidden="true" fontIcon="person_add" />{{ 'committee.roster.add' | translate }}<span class="visually-hidden"> {{ candidate.displayName }}</span>
                </button>
              }
            </li>
          }
        </ul>
      }

      <h3>{{ 'committee.roster.rulesHeading' | translate }}</h3>
      @if (view().settingsLocked) {
        <p class="message info"><mat-icon aria-hidden="true" fontIcon="lock" /><span>{{ 'committee.roster.rulesLocked' | translate }}</span></p>
      } @else {
        <p id="method-legend" class="legend">{{ 'committee.roster.methodLegend' | translate }}</p>
        <mat-radio-group [formControl]="method" aria-labelledby="method-legend" class="column">
          <mat-radio-button value="choices">{{ 'committee.settings.method.choices' | translate }}</mat-radio-button>
          <mat-radio-button value="majority_judgment">{{ 'committee.settings.method.majority_judgment' | translate }}</mat-radio-button>
        </mat-radio-group>
        @if (method.value === 'choices') {
          <mat-form-field class="field">
            <mat-label>{{ 'committee.roster.majority' | translate }}</mat-label>
            <mat-select [formControl]="majority">
              @for (option of majorities; track option) {
                <mat-option [value]="option">{{ 'committee.roster.majorities.' + option.replace('/', '_') | translate }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        } @else {
          <mat-form-field class="field">
            <mat-label>{{ 'committee.roster.minGrade' | translate }}</mat-label>
            <mat-select [formControl]="minGrade">
              <mat-option value="">{{ 'committee.roster.minGradeDefault' | translate }}</mat-option>
              @for (grade of scale(); track grade.value) {
                <mat-option [value]="'' + grade.value">{{ grade[language.current()] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <p id="publication-legend" class="legend">{{ 'committee.roster.publicationLegend' | translate }}</p>
        <mat-radio-group [formControl]="publication" aria-labelledby="publication-legend" class="column">
          <mat-radio-button value="anonymous">{{ 'committee.settings.publication.anonymous' | translate }}</mat-radio-button>
          <mat-radio-button value="named">{{ 'committee.settings.publication.named' | translate }}</mat-radio-button>
        </mat-radio-group>
      }

      <div class="actions">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="save()"><mat-icon aria-hidden="true" fontIcon="save" />{{ 'committee.roster.save' | translate }}</button>
      </div>
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
    </section>
  `,
  styles: `
    :host { display: block; }
    h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
    .legend { font-weight: 600; margin: .75rem 0 .25rem; }
    .entries { list-style: none; padding: 0; margin: 0; }
    .entries li { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; padding: .4rem 0; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .who { overflow-wrap: anywhere; min-width: 0; }
    .badge { display: inline-block; margin-inline-start: .4rem; padding: 0 .5rem; border: 1px solid currentColor; border-radius: 4px; font-size: .8rem; font-weight: 600; }
    .badge.warn { color: var(--mat-sys-error); }
    .column { display: flex; flex-direction: column; align-items: flex-start; }
    .search { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; }
    .search mat-form-field { flex: 1 1 16rem; max-width: 28rem; }
    .search button { margin-top: .5rem; }
    .count p { margin: .25rem 0; }
    .field { display: block; max-width: 28rem; margin-top: .75rem; }
    .feedback:focus { outline: none; }
  `,
})
export class RosterEditor {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);
  private readonly feedback = viewChild<ElementRef<HTMLElement>>('feedback');

  readonly slug = input.required<string>();
  readonly view = input.required<CommitteeView>();
  /** Worst first: the consultation's grade scale, for the committee's adoption grade. */
  readonly scale = input.required<GradeData[]>();
  readonly saved = output<CommitteeView>();

  protected readonly majorities = MAJORITIES;
  protected readonly entries = signal<RosterEntry[]>([]);
  protected readonly chair = new FormControl<string | null>(null);
  protected readonly query = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] });
  protected readonly method = new FormControl<CommitteeSettingsData['voteMethod']>('choices', { nonNullable: true });
  protected readonly majority = new FormControl<string>('simple', { nonNullable: true });
  protected readonly minGrade = new FormControl<string>('', { nonNullable: true });
  protected readonly publication = new FormControl<CommitteeSettingsData['publication']>('anonymous', { nonNullable: true });
  protected readonly candidates = signal<CommitteeCandidate[] | null>(null);
  protected readonly candidatesTotal = signal(0);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly memberIds = computed(() => new Set(this.entries().map((e) => e.userId)));

  constructor() {
    effect(() => {
      const view = this.view();
      this.entries.set(view.members.map((m) => ({ userId: m.userId, displayName: m.displayName, email: null })));
      this.chair.setValue(view.members.find((m) => m.role === 'chair')?.userId ?? null);
      const s = view.settings;
      this.method.setValue(s.voteMethod);
      this.majority.setValue(s.qualifiedMajority ? `${s.qualifiedMajority.numerator}/${s.qualifiedMajority.denominator}` : 'simple');
      this.minGrade.setValue(s.adoptionMinGrade === null ? '' : String(s.adoptionMinGrade));
      this.publication.setValue(s.publication);
    });
  }

  protected isMember(userId: string): boolean {
    return this.memberIds().has(userId);
  }

  protected async search(): Promise<void> {
    try {
      const page = await this.api.candidates(this.query.value.trim(), 1, 20);
      this.candidates.set(page.items);
      this.candidatesTotal.set(page.total);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    }
  }

  protected add(candidate: CommitteeCandidate): void {
    this.entries.update((list) => [...list, { userId: candidate.userId, displayName: candidate.displayName, email: candidate.email }]);
    if (!this.chair.value) this.chair.setValue(candidate.userId);
    this.done.set(this.translate.instant('committee.roster.added', { name: candidate.displayName }));
  }

  protected remove(entry: RosterEntry): void {
    this.entries.update((list) => list.filter((e) => e.userId !== entry.userId));
    if (this.chair.value === entry.userId) this.chair.setValue(null);
    this.done.set(this.translate.instant('committee.roster.removed', { name: entry.displayName }));
  }

  protected async save(): Promise<void> {
    this.done.set(null);
    this.error.set(null);
    const chair = this.chair.value;
    if (!chair || !this.memberIds().has(chair)) {
      this.error.set(this.translate.instant('committee.roster.chairRequired'));
      focusAfterRender(() => this.feedback(), this.injector);
      return;
    }
    const members = this.entries().map((e) => ({ userId: e.userId, role: e.userId === chair ? ('chair' as const) : ('member' as const) }));
    const settings: Partial<CommitteeSettingsData> | undefined = this.view().settingsLocked
      ? undefined
      : {
          voteMethod: this.method.value,
          qualifiedMajority: this.method.value === 'choices' && this.majority.value !== 'simple' ? fraction(this.majority.value) : null,
          adoptionMinGrade: this.method.value === 'majority_judgment' && this.minGrade.value ? Number(this.minGrade.value) : null,
          publication: this.publication.value,
        };
    this.busy.set(true);
    try {
      const view = await this.api.setRoster(this.slug(), { members, settings });
      this.saved.emit(view);
      this.done.set(this.translate.instant('committee.roster.saved', { count: view.members.length }));
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.feedback(), this.injector);
    }
  }
}

function fraction(value: string): { numerator: number; denominator: number } {
  const [numerator, denominator] = value.split('/').map(Number);
  return { numerator, denominator };
}
