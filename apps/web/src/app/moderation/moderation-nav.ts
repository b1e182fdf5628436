import { Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** The moderation pages' own navigation: queue, appeals, log. */
@Component({
  selector: 'cc-moderation-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav class="moderation-nav" [attr.aria-label]="'moderation.nav.label' | translate">
      <ul>
        <li><a routerLink="/moderation" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }" ariaCurrentWhenActive="page">{{ 'moderation.nav.queue' | translate }}</a></li>
        <li><a routerLink="/moderation/appeals" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'moderation.nav.appeals' | translate }}</a></li>
        <li><a routerLink="/moderation/log" routerLinkActive="active" ariaCurrentWhenActive="page">{{ 'moderation.nav.log' | translate }}</a></li>
      </ul>
    </nav>
  `,
  styles: `
    .moderation-nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; list-style: none; padding: 0; margin: 0 0 .5rem; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .moderation-nav a { display: inline-block; padding: .5rem 0; text-decoration: none; color: var(--mat-sys-on-surface); border-bottom: 3px solid transparent; }
    .moderation-nav a:hover { text-decoration: underline; }
    .moderation-nav a.active { border-bottom-color: var(--mat-sys-primary); font-weight: 600; color: var(--mat-sys-primary); }
  `,
})
export class ModerationNav {}
