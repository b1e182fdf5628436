import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/** Where the person lands after deleting their account, signed out. */
@Component({
  selector: 'cc-account-erased',
  imports: [RouterLink, MatIconModule, TranslatePipe],
  template: `
    <section class="page narrow">
      <h1>{{ 'privacy.erased.heading' | translate }}</h1>
      <div class="message success" role="status">
        <mat-icon aria-hidden="true" fontIcon="check_circle" />
        <p>{{ 'privacy.erased.text' | translate }}</p>
      </div>
      <p><a routerLink="/">{{ 'privacy.erased.home' | translate }}</a></p>
    </section>
  `,
})
export class AccountErased {}
