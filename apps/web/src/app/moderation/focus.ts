import { ElementRef, Injector, afterNextRender } from '@angular/core';

/**
 * Moves focus to the first field in error once rendered: a radio of an invalid reason group
 * (the group itself cannot take focus), else the first invalid input or text area.
 */
export function focusFirstProblem(host: ElementRef<HTMLElement> | undefined, injector: Injector): void {
  afterNextRender(
    () => {
      const root = host?.nativeElement;
      const field = root?.querySelector<HTMLElement>(
        'mat-radio-group[aria-invalid="true"] input[type="radio"], input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid',
      );
      field?.focus();
    },
    { injector },
  );
}
