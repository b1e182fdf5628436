import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import { EN } from './en';
import { FR } from './fr';

/** Both languages ship in the bundle: the switch is instant and works offline. */
@Injectable()
export class BundledTranslationsLoader implements TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return of(lang === 'en' ? EN : FR);
  }
}
