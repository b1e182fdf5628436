import { Component, DestroyRef, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpClient } from '@angular/common/http';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ROLE_NAMES, type AccountSummary, type Page, type Role } from '@concordia/contracts';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { httpStatus } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { EraseAccountAction } from '../privacy/erase-account-action';

/**
 * AccountSummary does not say (yet) whether an account is blocked. Until it does, the state is
 * known only for accounts this page has just blocked or unblocked; otherwise both actions show.
 */
type AccountRow = AccountSummary & { blocked?: boolean };

@Component({
  selector: 'cc-account-management',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule, MatTableModule, TranslatePipe, LocalDatePipe, EraseAccountAction],
  templateUrl: './account-management.html',
  styleUrl: './account-management.scss',
})
export class AccountManagement implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);

  protected readonly roles = ROLE_NAMES;
  protected readonly columns = ['account', 'status', 'roles', 'blocking', 'erasure', 'created'];
  protected readonly searchForm = new FormGroup({ q: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }) });
  private readonly search = this.searchForm.controls.q;
  protected readonly query = signal({ page: 1, pageSize: 20, q: '' });
  protected readonly rows = signal<AccountRow[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly needsSecondFactor = signal(false);
  /** Announced after every search and every change (polite live region). */
  protected readonly feedback = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly pending = signal<ReadonlySet<string>>(new Set());
  private requestId = 0;

  ngOnInit(): void {
    void this.load();
    this.search.valueChanges.pipe(debounceTime(400), distinctUntilChanged(), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.runSearch());
  }

  protected runSearch(): void {
    const q = this.search.value.trim().slice(0, 100);
    if (q === this.query().q && !this.loadError()) return;
    this.query.set({ ...this.query(), page: 1, q });
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.query.set({ ...this.query(), page: event.pageIndex + 1, pageSize: event.pageSize });
    void this.load();
  }

  protected pages(): number {
    return Math.max(1, Math.ceil(this.total() / this.query().pageSize));
  }

  private async load(): Promise<void> {
    const id = ++this.requestId;
    const { page, pageSize, q } = this.query();
    this.loading.set(true);
    this.loadError.set(null);
    this.needsSecondFactor.set(false);
    const params: Record<string, string | number> = { page, pageSize };
    if (q) params['q'] = q;
    try {
      const result = await firstValueFrom(this.http.get<Page<AccountRow>>('/api/accounts', { params }));
      if (id !== this.requestId) return;
      this.rows.set(result.items);
      this.total.set(result.total);
      this.feedback.set(this.countMessage(result.total));
    } catch (error) {
      if (id !== this.requestId) return;
      this.rows.set([]);
      this.total.set(0);
      this.needsSecondFactor.set(httpStatus(error) === 403 && !!this.session.me()?.totpRequired);
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }

  private countMessage(total: number): string {
    if (total === 0) return this.translate.instant('accounts.countNone');
    if (total === 1) return this.translate.instant('accounts.countOne');
    return this.translate.instant('accounts.countMany', { count: total });
  }

  protected isSelf(row: AccountRow): boolean {
    return row.id === this.session.me()?.id;
  }

  protected isPending(row: AccountRow): boolean {
    return this.pending().has(row.id);
  }

  protected async toggleRole(row: AccountRow, role: Role, event: MatCheckboxChange): Promise<void> {
    const wanted = event.checked ? [...row.roles, role] : row.roles.filter((r) => r !== role);
    const roles = ROLE_NAMES.filter((r) => wanted.includes(r));
    const ok = await this.act(row, async () => {
      const updated = await firstValueFrom(this.http.put<AccountRow>(`/api/accounts/${encodeURIComponent(row.id)}/roles`, { roles }));
      this.replace(row, { roles: updated.roles });
      const names = updated.roles.map((r) => this.translate.instant(`roles.${r}`)).join(', ');
      this.feedback.set(this.translate.instant('accounts.rolesSaved', { name: row.displayName, roles: names }));
      if (this.isSelf(row)) {
        const me = this.session.me();
        if (me) this.session.set({ ...me, roles: updated.roles });
      }
    });
    // The checkbox changed itself; put it back when the server refused.
    if (!ok) event.source.checked = !event.checked;
  }

  protected async setBlocked(row: AccountRow, blocked: boolean): Promise<void> {
    await this.act(row, async () => {
      const updated = await firstValueFrom(this.http.put<AccountRow>(`/api/accounts/${encodeURIComponent(row.id)}/blocked`, { blocked }));
      this.replace(row, { blocked: updated.blocked ?? blocked });
      this.feedback.set(this.translate.instant(blocked ? 'accounts.blockedDone' : 'accounts.unblockedDone', { name: row.displayName }));
    });
  }

  private async act(row: AccountRow, work: () => Promise<void>): Promise<boolean> {
    if (this.isPending(row)) return false;
    this.pending.update((set) => new Set(set).add(row.id));
    this.actionError.set(null);
    this.feedback.set(null);
    try {
      await work();
      return true;
    } catch (error) {
      this.actionError.set(`${row.displayName} — ${apiErrorMessage(error, this.translate.instant('common.networkError'))}`);
      return false;
    } finally {
      this.pending.update((set) => {
        const next = new Set(set);
        next.delete(row.id);
        return next;
      });
    }
  }

  protected onErased(row: AccountRow, announcement: string): void {
    // A list still on its way was read before the erasure: it would show the account again.
    this.requestId++;
    this.loading.set(false);
    this.actionError.set(null);
    this.rows.update((rows) => rows.filter((r) => r.id !== row.id));
    this.total.update((total) => Math.max(0, total - 1));
    this.feedback.set(announcement);
  }

  private replace(row: AccountRow, patch: Partial<AccountRow>): void {
    this.rows.update((rows) => rows.map((r) => (r.id === row.id ? { ...r, ...patch } : r)));
  }
}
