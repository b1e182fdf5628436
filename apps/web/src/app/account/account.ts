import { Component, OnInit, effect, inject, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Language, Me } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { ChangePassword } from './change-password';
import { Sessions } from './sessions';
import { TwoFactor } from './two-factor';
import { MyData } from '../privacy/my-data';
import { DemographicsForm } from '../demographics/demographics-form';

/** The signed-in person's own account: profile, language, second factor, password, sessions. */
@Component({
  selector: 'cc-account',
  imports: [ReactiveFormsModule, MatButtonModule, MatIconModule, MatRadioModule, TranslatePipe, TwoFactor, ChangePassword, Sessions, MyData, DemographicsForm],
  templateUrl: './account.html',
  styleUrl: './account.scss',
})
export class Account implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);

  protected readonly languages: Language[] = ['fr', 'en'];
  protected readonly languageForm = new FormGroup({ language: new FormControl<Language>(this.session.me()?.language ?? 'fr', { nonNullable: true }) });
  private readonly languageControl = this.languageForm.controls.language;
  protected readonly languageStatus = signal<string | null>(null);
  protected readonly languageError = signal<string | null>(null);
  private savingLanguage = false;
  private readonly twoFactor = viewChild(TwoFactor);

  constructor() {
    // The header's language switch also changes the preference: keep the radio buttons in step.
    effect(() => {
      const language = this.session.me()?.language;
      if (language) this.languageControl.setValue(language);
    });
  }

  async ngOnInit(): Promise<void> {
    // Fresh roles and 2FA state (an admin may have changed them since this page was loaded).
    const me = await firstValueFrom(this.http.get<Me>('/api/auth/me')).catch(() => null);
    if (me) this.session.set(me);
  }

  protected focusTwoFactor(): void {
    this.twoFactor()?.focusHeading();
  }

  protected async saveLanguage(): Promise<void> {
    if (this.savingLanguage) return;
    const language = this.languageControl.value;
    this.savingLanguage = true;
    this.languageStatus.set(null);
    this.languageError.set(null);
    try {
      await firstValueFrom(this.http.put('/api/auth/me/language', { language }));
      const me = this.session.me();
      if (me) this.session.set({ ...me, language });
      // The preference also applies to this page at once.
      this.language.use(language);
      this.languageStatus.set('account.language.saved');
    } catch (error) {
      this.languageError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.savingLanguage = false;
    }
  }
}
