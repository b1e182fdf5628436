import { DestroyRef, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslateService } from '@ngx-translate/core';

/**
 * Committee and outcome pages are titled by what they show, e.g. "Comité — Chatbots… — Concordia"
 * (RGAA 8.6), again after a language switch. `text` gets the translate service to word it anew.
 */
export function pageTitle(): (text: ((translate: TranslateService) => string) | null) => void {
  const title = inject(Title);
  const translate = inject(TranslateService);
  let current: ((translate: TranslateService) => string) | null = null;
  const apply = () => {
    if (current) title.setTitle(`${current(translate)} — ${translate.instant('app.name')}`);
  };
  // The title strategy also listens to language changes: run after it.
  const subscription = translate.onLangChange.subscribe(() => setTimeout(apply));
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  return (text) => {
    current = text;
    apply();
  };
}
