import { Pipe, PipeTransform } from '@angular/core';
import type { Language } from '@concordia/contracts';

/** Dates in the page's language without registering Angular locale data: "12 mai 2026 à 14:05". */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, language: Language, withTime = true): string {
    if (!value) return '';
    const date = typeof value === 'string' ? new Date(value) : value;
    if (Number.isNaN(date.getTime())) return '';
    const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' };
    return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', options).format(date);
  }
}
