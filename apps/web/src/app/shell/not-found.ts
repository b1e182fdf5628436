import { Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'cc-not-found',
  imports: [RouterLink, TranslatePipe],
  template: `
    <section class="page narrow">
      <h1>{{ 'notFound.title' | translate }}</h1>
      <p>{{ 'notFound.text' | translate }}</p>
      <a routerLink="/">{{ 'notFound.home' | translate }}</a>
    </section>
  `,
})
export class NotFound {}
