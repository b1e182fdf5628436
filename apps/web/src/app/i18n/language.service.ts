import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { Language } from '@concordia/contracts';

const STORAGE_KEY = 'concordia.language';

/** French by default; the choice is remembered in this browser (localStorage, not a cookie). */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  readonly current = signal<Language>('fr');

  init(): void {
    const stored = this.read();
    this.use(stored === 'en' ? 'en' : 'fr');
  }

  use(language: Language): void {
    this.current.set(language);
    this.translate.use(language);
    this.document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage: the switch still works for this visit.
    }
  }

  private read(): string | null {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  }
}
