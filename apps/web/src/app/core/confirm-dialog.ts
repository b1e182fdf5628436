import { Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { firstValueFrom } from 'rxjs';

export interface ConfirmData {
  title: string;
  /** One paragraph per entry. */
  text: string[];
  confirm: string;
  cancel: string;
  /** A consequence that cannot be undone: the text is shown as a warning. */
  warning?: boolean;
}

/** A modal question (focus trapped, Escape cancels, focus returns to the button that opened it). */
@Component({
  selector: 'cc-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      @for (paragraph of data.text; track $index) {
        <p [class.warning]="data.warning && $first">
          @if (data.warning && $first) {
            <mat-icon aria-hidden="true" fontIcon="warning" />
          }
          <span>{{ paragraph }}</span>
        </p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ data.cancel }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .warning { display: flex; gap: .5rem; align-items: flex-start; font-weight: 600; }
    .warning mat-icon { flex: none; }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/** Resolves to true when the person confirmed. */
export async function confirmAction(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
  const ref = dialog.open(ConfirmDialog, { data, maxWidth: 'min(32rem, calc(100vw - 2rem))', autoFocus: 'first-heading', restoreFocus: true });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
