import { Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LanguageService } from '../i18n/language.service';
import { SITE_INFO } from './site-info';

/**
 * Accessibility statement following the RGAA 4.1 model. Long legal prose is written per language
 * in the template rather than cut into dictionary keys.
 */
@Component({
  selector: 'cc-accessibility',
  imports: [RouterLink],
  templateUrl: './accessibility.html',
  styleUrl: './static-page.scss',
})
export class Accessibility {
  protected readonly language = inject(LanguageService);
  protected readonly site = SITE_INFO;
}
