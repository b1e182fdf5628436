import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { LanguageService } from '../i18n/language.service';

/** The API words its errors in the language the page shows. */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(LanguageService).current();
  return next(request.clone({ setHeaders: { 'Accept-Language': language === 'en' ? 'en, fr;q=0.5' : 'fr, en;q=0.5' } }));
};
