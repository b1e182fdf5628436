import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import type { GradeData, Language } from '@concordia/contracts';
import { NO_OPINION_LABELS } from '@concordia/domain';

/**
 * A theme as people read it. Consultations name their themes freely; a few short codes (the demo's
 * "donnees-personnelles") have a wording in the dictionary, in both languages.
 */
@Pipe({ name: 'themeLabel' })
export class ThemeLabelPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  // The language argument makes the pure pipe run again after a switch.
  transform(theme: string | null | undefined, _language: Language): string {
    if (!theme) return '';
    const key = `consultations.themeLabels.${theme}`;
    const label = this.translate.instant(key);
    return typeof label === 'string' && label !== key ? label : theme;
  }
}

/** A grade's word in the page's language ("Très bien" / "Very good"); "no_opinion" is "Sans avis". */
export function gradeWord(scale: readonly GradeData[], grade: number | 'no_opinion' | null | undefined, language: Language): string {
  if (grade === 'no_opinion') return NO_OPINION_LABELS[language];
  const found = scale.find((g) => g.value === grade);
  return found ? found[language] : '';
}

@Pipe({ name: 'gradeWord' })
export class GradeWordPipe implements PipeTransform {
  transform(grade: number | 'no_opinion' | null | undefined, scale: readonly GradeData[], language: Language): string {
    return gradeWord(scale, grade, language);
  }
}

/** "42 %" or "42,5 %" in the page's language; shares are 0..1. */
export function percent(share: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(share);
}

@Pipe({ name: 'percent' })
export class PercentPipe implements PipeTransform {
  transform(share: number | null | undefined, language: Language, digits = 0): string {
    return share === null || share === undefined ? '' : percent(share, language, digits);
  }
}
