import { Component, DestroyRef, ElementRef, Injector, OnInit, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  MODERATION_TARGET_TYPES,
  QUEUE_REASONS,
  type BulkDecisionResult,
  type DecisionAction,
  type DecisionRequest,
  type MergeResult,
  type ModerationTargetType,
  type PersonalDataSpanView,
  type QueueItem,
  type QueueReason,
} from '@concordia/contracts';
import { firstValueFrom, merge as mergeStreams } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { askDecision } from './decision-dialog';
import { HighlightedText } from './highlighted-text';
import { MergeDialog, type MergeDialogData } from './merge-dialog';
import { ModerationApi, type ModeratedConsultation } from './moderation.api';
import { ModerationNav } from './moderation-nav';

const SHORTCUTS_KEY = 'concordia.moderation.shortcuts';
const LONG_BODY = 1200;

/** The decisions that apply to an item in its state (libs/domain moderation-decisions). */
function actionsFor(item: QueueItem): DecisionAction[] {
  const waiting = item.state === 'submitted' || item.state === 'pending';
  const out: DecisionAction[] = [];
  if (waiting || item.state === 'published') out.push('approve');
  if (waiting || item.state === 'published' || item.state === 'hidden') out.push('reject');
  if (item.state === 'published') out.push('hide');
  if (item.state === 'hidden') out.push('restore', 'confirm_hidden');
  return out;
}

const REASONED: readonly DecisionAction[] = ['reject', 'hide', 'confirm_hidden'];

export function itemKey(item: Pick<QueueItem, 'targetType' | 'id'>): string {
  return `${item.targetType}-${item.id}`;
}

interface BulkLine {
  key: string;
  label: string;
  ok: boolean;
  message: string;
}

function readShortcutsSetting(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}

/**
 * /moderation — the queue: submitted, reported and flagged items, oldest first, with filters,
 * per-item decisions (a charter reason for those that take something away), bulk approve and
 * reject with a result per item, duplicate merges, and single-key shortcuts that work only while
 * focus is in the list and outside text fields, and can be turned off (WCAG 2.1.4).
 */
@Component({
  selector: 'cc-moderation-queue',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSlideToggleModule,
    TranslatePipe,
    LocalDatePipe,
    HighlightedText,
    ModerationNav,
  ],
  templateUrl: './moderation-queue.html',
  styleUrl: './moderation-queue.scss',
})
export class ModerationQueue implements OnInit {
  private readonly api = inject(ModerationApi);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly list = viewChild<ElementRef<HTMLElement>>('list');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly kinds = MODERATION_TARGET_TYPES;
  protected readonly queueReasons = QUEUE_REASONS;
  protected readonly filters = new FormGroup({
    consultation: new FormControl('', { nonNullable: true }),
    kind: new FormControl<'' | ModerationTargetType>('', { nonNullable: true }),
    reason: new FormControl<'' | QueueReason>('', { nonNullable: true }),
    q: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });
  protected readonly page = signal({ page: 1, pageSize: 20 });
  protected readonly consultations = signal<ModeratedConsultation[]>([]);
  protected readonly items = signal<QueueItem[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly needsSecondFactor = signal(false);
  protected readonly feedback = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly bulkLines = signal<BulkLine[]>([]);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly shortcutsOn = signal(readShortcutsSetting());
  protected readonly helpOpen = signal(false);

  protected readonly selectedItems = computed(() => this.items().filter((item) => this.selected().has(itemKey(item))));
  protected readonly allSelected = computed(() => this.items().length > 0 && this.selectedItems().length === this.items().length);
  protected readonly someSelected = computed(() => this.selectedItems().length > 0 && !this.allSelected());
  private requestId = 0;

  ngOnInit(): void {
    void this.loadConsultations();
    void this.load();
    // The selects apply at once; the search applies on submit (Enter or the button).
    const { consultation, kind, reason } = this.filters.controls;
    mergeStreams(consultation.valueChanges, kind.valueChanges, reason.valueChanges)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.applyFilters());
  }

  protected applyFilters(): void {
    if (this.filters.invalid) return;
    this.page.set({ ...this.page(), page: 1 });
    this.selected.set(new Set());
    void this.load();
  }

  protected resetFilters(): void {
    this.filters.reset({ consultation: '', kind: '', reason: '', q: '' }, { emitEvent: false });
    this.applyFilters();
  }

  protected onPage(event: PageEvent): void {
    this.page.set({ page: event.pageIndex + 1, pageSize: event.pageSize });
    this.selected.set(new Set());
    void this.load().then(() => focusAfterRender(() => this.heading(), this.injector));
  }

  private async loadConsultations(): Promise<void> {
    try {
      this.consultations.set(await this.api.consultations());
    } catch {
      // The queue's own load says what went wrong.
    }
  }

  /** Loads the current page; `announce` false keeps the action's message in the live region. */
  private async load(announce = true): Promise<void> {
    const id = ++this.requestId;
    const { consultation, kind, reason, q } = this.filters.getRawValue();
    this.loading.set(true);
    this.loadError.set(null);
    this.needsSecondFactor.set(false);
    try {
      const result = await this.api.queue({ ...this.page(), consultation, kind: kind || undefined, reason: reason || undefined, q: q.trim() });
      if (id !== this.requestId) return;
      // A page emptied by decisions: show the previous one.
      if (result.items.length === 0 && result.total > 0 && this.page().page > 1) {
        this.page.set({ ...this.page(), page: Math.ceil(result.total / this.page().pageSize) });
        return this.load(announce);
      }
      this.items.set(result.items);
      this.total.set(result.total);
      const keys = new Set(result.items.map(itemKey));
      this.selected.update((set) => new Set([...set].filter((key) => keys.has(key))));
      if (announce) this.feedback.set(this.countMessage(result.total));
    } catch (error) {
      if (id !== this.requestId) return;
      this.items.set([]);
      this.total.set(0);
      this.needsSecondFactor.set(httpStatus(error) === 403 && !!this.session.me()?.totpRequired);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
        this.loaded.set(true);
      }
    }
  }

  private countMessage(total: number): string {
    if (total === 0) return this.translate.instant('moderation.queue.countNone');
    if (total === 1) return this.translate.instant('moderation.queue.countOne');
    return this.translate.instant('moderation.queue.countMany', { count: total });
  }

  // --- Reading an item ---------------------------------------------------------------------

  protected key(item: QueueItem): string {
    return itemKey(item);
  }

  protected actions(item: QueueItem): DecisionAction[] {
    return actionsFor(item);
  }

  protected canMerge(item: QueueItem): boolean {
    return item.targetType === 'proposal' && ['submitted', 'published', 'hidden'].includes(item.state);
  }

  protected spans(item: QueueItem, field: 'title' | 'summary' | 'body'): PersonalDataSpanView[] {
    return item.personalData.filter((span) => (span.field ?? 'body') === field);
  }

  /** "la proposition #12" / "le commentaire de Camille sur #12": the item in words, for hidden labels. */
  protected subject(item: QueueItem): string {
    return item.targetType === 'proposal'
      ? this.translate.instant('moderation.queue.subjectProposal', { ref: item.proposal.ref })
      : this.translate.instant('moderation.queue.subjectComment', { name: item.author.displayName, ref: item.proposal.ref });
  }

  protected isLong(item: QueueItem): boolean {
    return item.body.length > LONG_BODY;
  }

  protected isExpanded(item: QueueItem): boolean {
    return this.expanded().has(itemKey(item));
  }

  protected shownBody(item: QueueItem): string {
    return this.isLong(item) && !this.isExpanded(item) ? `${item.body.slice(0, LONG_BODY)}…` : item.body;
  }

  protected toggleExpanded(item: QueueItem): void {
    const key = itemKey(item);
    this.expanded.update((set) => {
      const next = new Set(set);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  protected reportReasons(item: QueueItem): { reason: string; count: number }[] {
    return Object.entries(item.reports.byReason).map(([reason, count]) => ({ reason, count: count ?? 0 }));
  }

  protected isBusy(item: QueueItem): boolean {
    return this.busy().has(itemKey(item));
  }

  // --- Selection ---------------------------------------------------------------------------

  protected isSelected(item: QueueItem): boolean {
    return this.selected().has(itemKey(item));
  }

  protected toggleSelected(item: QueueItem): void {
    const key = itemKey(item);
    this.selected.update((set) => {
      const next = new Set(set);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  protected toggleAll(): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(this.items().map(itemKey)));
  }

  // --- Decisions ---------------------------------------------------------------------------

  protected async decide(item: QueueItem, action: DecisionAction): Promise<void> {
    if (this.isBusy(item) || !actionsFor(item).includes(action)) return;
    const index = this.items().indexOf(item);
    const subject = this.subject(item);
    const done = (body: DecisionRequest) => this.send(item, action, body);
    this.actionError.set(null);
    this.bulkLines.set([]);
    if (REASONED.includes(action)) {
      const flagged = item.reasons.includes('flagged') ? 'personal_data' : null;
      const decided = await askDecision(this.dialog, { action, subject, reason: flagged, submit: done });
      if (!decided) return;
    } else {
      try {
        await done({});
      } catch (error) {
        this.actionError.set(`${subject} — ${apiErrorMessage(error, this.translate.instant('common.networkError'))}`);
        return;
      }
    }
    this.feedback.set(this.translate.instant(`moderation.queue.done.${action}`, { subject }));
    await this.load(false);
    this.focusItemAt(index);
  }

  private async send(item: QueueItem, action: DecisionAction, body: DecisionRequest): Promise<void> {
    const key = itemKey(item);
    this.busy.update((set) => new Set(set).add(key));
    try {
      await this.api.decide(item.targetType, item.id, action, body);
    } finally {
      this.busy.update((set) => {
        const next = new Set(set);
        next.delete(key);
        return next;
      });
    }
  }

  protected async bulk(action: 'approve' | 'reject'): Promise<void> {
    const chosen = this.selectedItems();
    if (chosen.length === 0) return;
    this.actionError.set(null);
    this.bulkLines.set([]);
    const subject = this.translate.instant(chosen.length === 1 ? 'moderation.queue.bulkSubjectOne' : 'moderation.queue.bulkSubjectMany', { count: chosen.length });
    let lines: BulkLine[] = [];
    const run = async (body: DecisionRequest) => {
      lines = [];
      for (const targetType of MODERATION_TARGET_TYPES) {
        const group = chosen.filter((item) => item.targetType === targetType);
        if (group.length === 0) continue;
        const result: BulkDecisionResult = await this.api.bulk({ action, targetType, ids: group.map((item) => item.id), ...body });
        for (const line of result.results) {
          const item = group.find((candidate) => candidate.id === line.id);
          const label = item ? this.subject(item) : line.id;
          const message = line.ok ? this.translate.instant(`moderation.queue.bulkOk.${action}`) : (line.message ?? String(line.statusCode));
          lines.push({ key: `${targetType}-${line.id}`, label, ok: line.ok, message });
        }
      }
    };
    if (action === 'reject') {
      const decided = await askDecision(this.dialog, { action: 'reject', subject, submit: run });
      if (!decided) return;
    } else {
      try {
        await run({});
      } catch (error) {
        this.actionError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
        return;
      }
    }
    const ok = lines.filter((line) => line.ok).length;
    const failed = lines.length - ok;
    this.bulkLines.set(lines);
    this.feedback.set(
      this.translate.instant(failed ? 'moderation.queue.bulkSummaryFailed' : 'moderation.queue.bulkSummary', {
        ok,
        failed,
        action: this.translate.instant(`moderation.queue.bulkVerb.${action}`),
      }),
    );
    this.selected.set(new Set(lines.filter((line) => !line.ok).map((line) => line.key)));
    await this.load(false);
    focusAfterRender(() => this.heading(), this.injector);
  }

  protected async merge(item?: QueueItem): Promise<void> {
    this.actionError.set(null);
    this.bulkLines.set([]);
    const index = item ? this.items().indexOf(item) : -1;
    const ref = this.dialog.open<MergeDialog, MergeDialogData, MergeResult>(MergeDialog, {
      data: { fromRef: item?.proposal.ref },
      maxWidth: 'min(38rem, calc(100vw - 2rem))',
      autoFocus: 'first-heading',
      restoreFocus: true,
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (!result) return;
    this.feedback.set(
      this.translate.instant('moderation.merge.done', {
        from: result.from.ref,
        into: result.into.ref,
        moved: result.ballotsMoved + result.secretBallotsMoved,
        dropped: result.ballotsDropped,
        coauthors: result.coauthorsAdded,
      }),
    );
    await this.load(false);
    if (index >= 0) this.focusItemAt(index);
  }

  // --- Keyboard ----------------------------------------------------------------------------

  protected setShortcuts(on: boolean): void {
    this.shortcutsOn.set(on);
    try {
      localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
    } catch {
      // Not remembered: the choice holds for this visit.
    }
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (!this.shortcutsOn() || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const target = event.target as HTMLElement;
    // Never while typing, nor inside a control that uses letters itself.
    if (target.closest('input:not([type="checkbox"]):not([type="radio"]), textarea, select, [contenteditable=""], [contenteditable="true"], mat-select, [role="listbox"], [role="menu"]')) return;
    const articles = this.articles();
    const current = target.closest<HTMLElement>('article.item');
    const index = current ? articles.indexOf(current) : -1;
    const item = index >= 0 ? this.items()[index] : undefined;
    let handled = true;
    switch (event.key) {
      case 'j':
        articles[Math.min(articles.length - 1, index + 1)]?.focus();
        break;
      case 'k':
        articles[Math.max(0, index - 1)]?.focus();
        break;
      case 'x':
        if (item) this.toggleSelected(item);
        break;
      case 'a':
        if (item) void this.decide(item, 'approve');
        break;
      case 'r':
        if (item) void this.decide(item, 'reject');
        break;
      case 'h':
        if (item) void this.decide(item, 'hide');
        break;
      case 'm':
        if (item && this.canMerge(item)) void this.merge(item);
        break;
      case '?':
        this.helpOpen.update((open) => !open);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  }

  private articles(): HTMLElement[] {
    return Array.from(this.list()?.nativeElement.querySelectorAll<HTMLElement>('article.item') ?? []);
  }

  private focusItemAt(index: number): void {
    focusAfterRender(() => {
      const articles = this.articles();
      if (articles.length === 0) return this.heading();
      return articles[Math.max(0, Math.min(index, articles.length - 1))];
    }, this.injector);
  }
}
