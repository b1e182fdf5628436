import { Component, inject, input, output, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EraseAccountResponse } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { confirmAction } from '../core/confirm-dialog';

/** The admin's "erase this account" button for one row of the accounts table: asks, then erases. */
@Component({
  selector: 'cc-erase-account-action',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <button mat-stroked-button type="button" class="danger" (click)="erase()" [attr.aria-disabled]="busy() || null">
      <mat-icon aria-hidden="true" fontIcon="delete_forever" />
      {{ 'privacy.admin.erase' | translate }}<span class="visually-hidden"> {{ account().displayName }}</span>
    </button>
  `,
  styles: `
    .danger { --mat-button-outlined-label-text-color: var(--mat-sys-error); --mat-button-outlined-outline-color: var(--mat-sys-error); white-space: nowrap; }
  `,
})
export class EraseAccountAction {
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);

  readonly account = input.required<{ id: string; displayName: string }>();
  /** The announcement for the page's live region. */
  readonly erased = output<string>();
  readonly failed = output<string>();
  protected readonly busy = signal(false);

  protected async erase(): Promise<void> {
    if (this.busy()) return;
    const { id, displayName: name } = this.account();
    const t = (key: string) => this.translate.instant(`privacy.admin.${key}`, { name });
    const confirmed = await confirmAction(this.dialog, {
      title: t('confirmTitle'),
      text: [t('confirmText'), t('confirmHint')],
      confirm: t('confirm'),
      cancel: this.translate.instant('common.cancel'),
      warning: true,
    });
    if (!confirmed) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.http.post<EraseAccountResponse>(`/api/accounts/${encodeURIComponent(id)}/erase`, {}));
      this.erased.emit(t('done'));
    } catch (error) {
      this.failed.emit(`${name} — ${apiErrorMessage(error, this.translate.instant('common.networkError'))}`);
    } finally {
      this.busy.set(false);
    }
  }
}
