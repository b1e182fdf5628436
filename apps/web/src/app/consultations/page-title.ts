import { DestroyRef, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslateService } from '@ngx-translate/core';

/**
 * Pages about one thing (a consultation, a proposal) are titled by it, e.g.
 * "#12 Interdire la notation… — Concordia" (RGAA 8.6), also after a language switch.
 */
export function pageTitle(): (text: string | null) => void {
  const title = inject(Title);
  const translate = inject(TranslateService);
  let current: string | null = null;
  const apply = () => {
    if (current) title.setTitle(`${current} — ${translate.instant('app.name')}`);
  };
  // The title strategy also listens to language changes: run after it.
  const subscription = translate.onLangChange.subscribe(() => setTimeout(apply));
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  return (text) => {
    current = text;
    apply();
  };
}
