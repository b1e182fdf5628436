import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling, TitleStrategy } from '@angular/router';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { routes } from './app.routes';
import { BundledTranslationsLoader } from './i18n/translations-loader';
import { LanguageService } from './i18n/language.service';
import { languageInterceptor } from './core/language.interceptor';
import { TranslatedTitleStrategy } from './core/translated-title.strategy';
import { SessionStore } from './core/session.store';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS } from '@angular/material/form-field';
import { TranslatedPaginatorIntl } from './core/paginator-intl';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' })),
    // Angular's own CSRF convention, which the API implements: cookie XSRF-TOKEN, header X-XSRF-TOKEN.
    provideHttpClient(withFetch(), withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }), withInterceptors([languageInterceptor])),
    provideTranslateService({ fallbackLang: 'fr', loader: provideTranslateLoader(BundledTranslationsLoader) }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    // Hints and errors may wrap (long French sentences, 360 px screens): let them push the next field down.
    { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: { appearance: 'outline', subscriptSizing: 'dynamic' } },
    provideAppInitializer(() => {
      inject(LanguageService).init();
      return inject(SessionStore).refresh();
    }),
  ],
};
