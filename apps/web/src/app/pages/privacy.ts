import { Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LanguageService } from '../i18n/language.service';
import { SITE_INFO } from './site-info';

/** What personal data Concordia keeps and why (GDPR articles 13 and 14). Prose per language. */
@Component({
  selector: 'cc-privacy',
  imports: [RouterLink],
  templateUrl: './privacy.html',
  styleUrl: './static-page.scss',
})
export class Privacy {
  protected readonly language = inject(LanguageService);
  protected readonly site = SITE_INFO;
}
