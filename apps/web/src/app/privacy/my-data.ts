import { Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../core/session.store';
import { EraseAccountDialog, EraseAccountDialogData } from './erase-account-dialog';

/** "Mes données" in the account page: the JSON export (a plain download link) and account deletion. */
@Component({
  selector: 'cc-my-data',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{{ 'privacy.heading' | translate }}</h2>
      <p>{{ 'privacy.intro' | translate }}</p>
      <div class="parts">
        <div>
          <h3>{{ 'privacy.exportHeading' | translate }}</h3>
          <p>{{ 'privacy.exportText' | translate }}</p>
          <a mat-stroked-button href="/api/privacy/export" download>
            <mat-icon aria-hidden="true" fontIcon="download" />{{ 'privacy.exportButton' | translate }}
          </a>
        </div>
        <div>
          <h3>{{ 'privacy.eraseHeading' | translate }}</h3>
          <p>{{ 'privacy.eraseText' | translate }}</p>
          <button mat-stroked-button type="button" class="danger" (click)="erase()">
            <mat-icon aria-hidden="true" fontIcon="delete_forever" />{{ 'privacy.eraseButton' | translate }}
          </button>
        </div>
      </div>
    </section>
  `,
  styles: `
    :host { display: block; }
    .parts { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); }
    h3 { font-size: 1.1rem; margin: .5rem 0 .25rem; }
    a[mat-stroked-button], button { height: auto; min-height: 40px; padding-block: .4rem; white-space: normal; text-align: start; }
    .danger { --mat-button-outlined-label-text-color: var(--mat-sys-error); --mat-button-outlined-outline-color: var(--mat-sys-error); }
  `,
})
export class MyData {
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected async erase(): Promise<void> {
    const me = this.session.me();
    if (!me) return;
    // Staff who have not enrolled yet get the server's message sending them to enrol first.
    const data: EraseAccountDialogData = { email: me.email, totpNeeded: me.totpEnabled };
    const ref = this.dialog.open(EraseAccountDialog, { data, maxWidth: 'min(36rem, calc(100vw - 2rem))', autoFocus: 'first-heading', restoreFocus: true });
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    // The server ended every session and cleared the cookie: the browser is signed out.
    this.session.set(null);
    await this.router.navigateByUrl('/account-erased');
  }
}
