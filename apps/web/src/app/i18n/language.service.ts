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
  /** Whether a language was chosen in this browser (then it wins over the account's preference). */
  readonly chosenHere = signal(false);

  init(): void {
    const stored = this.read();
    this.chosenHere.set(stored === 'en' || stored === 'fr');
    this.apply(stored === 'en' ? 'en' : 'fr');
  }

  /** A choice made in this browser: remembered here. */
  use(language: Language): void {
    this.apply(language);
    this.chosenHere.set(true);
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage: the switch still works for this visit.
    }
  }

  /** The account's preference, shown after signing in when this browser has no choice of its own. */
  adopt(language: Language): void {
    if (!this.chosenHere() && language !== this.current()) this.apply(language);
  }

  private apply(language: Language): void {
    this.current.set(language);
    this.translate.use(language);
    this.document.documentElement.lang = language;
  }

  private read(): string | null {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  }
}
