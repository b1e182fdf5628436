import { Component, DestroyRef, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  MODERATION_LOG_ACTIONS,
  MODERATION_REASONS,
  MODERATION_TARGET_TYPES,
  type ModerationLogAction,
  type ModerationLogEntry,
  type ModerationReason,
  type ModerationTargetType,
} from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { ModerationApi, type ModeratedConsultation } from './moderation.api';
import { ModerationNav } from './moderation-nav';

/** /moderation/log — every moderation action (who, what, when, reason), newest first, filterable. */
@Component({
  selector: 'cc-moderation-log',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatSelectModule, TranslatePipe, LocalDatePipe, ModerationNav],
  template: `
    <section class="page log-page">
      <cc-moderation-nav />
      <h1>{{ 'moderation.log.heading' | translate }}</h1>
      <p class="intro">{{ 'moderation.log.intro' | translate }}</p>

      <form class="filters" [formGroup]="filters" [attr.aria-label]="'moderation.log.filtersLabel' | translate" (ngSubmit)="apply()">
        <mat-form-field class="wide">
          <mat-label>{{ 'moderation.filters.consultation' | translate }}</mat-label>
          <mat-select formControlName="consultation">
            <mat-option value="">{{ 'moderation.filters.allConsultations' | translate }}</mat-option>
            @for (c of consultations(); track c.id) {
              <mat-option [value]="c.slug">{{ c.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'moderation.log.action' | translate }}</mat-label>
          <mat-select formControlName="action">
            <mat-option value="">{{ 'moderation.log.allActions' | translate }}</mat-option>
            @for (a of logActions; track a) {
              <mat-option [value]="a">{{ 'moderation.logActions.' + a | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'moderation.filters.kind' | translate }}</mat-label>
          <mat-select formControlName="targetType">
            <mat-option value="">{{ 'moderation.log.allKinds' | translate }}</mat-option>
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'moderation.kinds.' + k | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'moderation.log.reason' | translate }}</mat-label>
          <mat-select formControlName="reason">
            <mat-option value="">{{ 'moderation.log.allReasons' | translate }}</mat-option>
            @for (r of reasons; track r) {
              <mat-option [value]="r">{{ 'moderation.reasons.' + r | translate }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>

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
      } @else if (entries().length > 0) {
        <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'moderation.log.tableRegion' | translate">
          <table class="log-table">
            <caption class="visually-hidden">{{ 'moderation.log.caption' | translate: { page: page(), pages: pages() } }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'moderation.log.colWhen' | translate }}</th>
                <th scope="col">{{ 'moderation.log.colWho' | translate }}</th>
                <th scope="col">{{ 'moderation.log.colAction' | translate }}</th>
                <th scope="col">{{ 'moderation.log.colTarget' | translate }}</th>
                <th scope="col">{{ 'moderation.log.colReason' | translate }}</th>
                <th scope="col">{{ 'moderation.log.colNote' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (e of entries(); track e.id) {
                <tr>
                  <th scope="row" class="when">{{ e.at | localDate: language.current() }}</th>
                  <td>{{ e.actor ? e.actor.displayName : ('moderation.log.system' | translate) }}</td>
                  <td>
                    @if (e.decisionId && isDecisionLine(e)) {
                      <a [routerLink]="['/moderation/decisions', e.decisionId]">{{ 'moderation.logActions.' + e.action | translate }}</a>
                    } @else {
                      {{ 'moderation.logActions.' + e.action | translate }}
                    }
                  </td>
                  <td>
                    @if (e.targetType === 'proposal') {
                      <a [routerLink]="['/proposals', e.targetId]">{{ 'moderation.kinds.proposal' | translate }}</a>
                    } @else {
                      {{ 'moderation.kinds.comment' | translate }}
                    }
                    <span class="slug">{{ e.consultation.slug }}</span>
                  </td>
                  <td>{{ e.reason ? ('moderation.reasons.' + e.reason | translate) : '—' }}</td>
                  <td class="note">{{ e.note ?? '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <mat-paginator [length]="total()" [pageIndex]="page() - 1" [pageSize]="pageSize()" [pageSizeOptions]="[20, 50, 100]" (page)="onPage($event)" [attr.aria-label]="'common.pagination' | translate" />
      }
    </section>
  `,
  styles: `
    .intro { max-width: 48rem; }
    .filters { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin-top: 1rem; }
    .filters mat-form-field { flex: 1 1 11rem; }
    .filters .wide { flex: 2 1 16rem; }
    .table-scroll { overflow-x: auto; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .log-table { width: 100%; min-width: 52rem; border-collapse: collapse; }
    .log-table th, .log-table td { text-align: start; vertical-align: top; padding: .5rem .75rem; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .log-table thead th { background: var(--mat-sys-surface-container); font-weight: 600; }
    .log-table .when { font-weight: normal; white-space: nowrap; }
    .log-table tbody tr:last-child > * { border-bottom: 0; }
    .slug { display: block; font-size: .85rem; color: var(--mat-sys-on-surface-variant); overflow-wrap: anywhere; }
    .note { max-width: 24rem; overflow-wrap: anywhere; white-space: pre-wrap; }
  `,
})
export class ModerationLog implements OnInit {
  private readonly api = inject(ModerationApi);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  protected readonly logActions = MODERATION_LOG_ACTIONS;
  protected readonly kinds = MODERATION_TARGET_TYPES;
  protected readonly reasons = [...MODERATION_REASONS, 'reported'] as const;
  protected readonly filters = new FormGroup({
    consultation: new FormControl('', { nonNullable: true }),
    action: new FormControl<'' | ModerationLogAction>('', { nonNullable: true }),
    targetType: new FormControl<'' | ModerationTargetType>('', { nonNullable: true }),
    reason: new FormControl<'' | ModerationReason | 'reported'>('', { nonNullable: true }),
  });
  protected readonly consultations = signal<ModeratedConsultation[]>([]);
  protected readonly entries = signal<ModerationLogEntry[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(50);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly needsSecondFactor = signal(false);
  protected readonly feedback = signal<string | null>(null);
  private requestId = 0;

  ngOnInit(): void {
    void this.api.consultations().then((list) => this.consultations.set(list)).catch(() => undefined);
    void this.load();
    this.filters.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.apply());
  }

  protected apply(): void {
    this.page.set(1);
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
    void this.load();
  }

  protected pages(): number {
    return Math.max(1, Math.ceil(this.total() / this.pageSize()));
  }

  protected isDecisionLine(entry: ModerationLogEntry): boolean {
    return ['approve', 'reject', 'hide', 'restore', 'confirm_hidden', 'appeal', 'appeal_upheld', 'appeal_overturned'].includes(entry.action);
  }

  private async load(): Promise<void> {
    const id = ++this.requestId;
    const { consultation, action, targetType, reason } = this.filters.getRawValue();
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const result = await this.api.log({
        consultation,
        action: action || undefined,
        targetType: targetType || undefined,
        reason: reason || undefined,
        page: this.page(),
        pageSize: this.pageSize(),
      });
      if (id !== this.requestId) return;
      this.entries.set(result.items);
      this.total.set(result.total);
      this.feedback.set(this.translate.instant(result.total === 0 ? 'moderation.log.empty' : result.total === 1 ? 'moderation.log.countOne' : 'moderation.log.countMany', { count: result.total }));
    } catch (error) {
      if (id !== this.requestId) return;
      this.entries.set([]);
      this.needsSecondFactor.set(httpStatus(error) === 403 && !!this.session.me()?.totpRequired);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }
}
