import { HttpErrorResponse } from '@angular/common/http';
import { ElementRef, Injector, afterNextRender } from '@angular/core';
import { FormGroup } from '@angular/forms';
import type { ApiError } from '@concordia/contracts';

/** Moves focus to the first field in error once the error state has been rendered. */
export function focusFirstInvalid(host: ElementRef<HTMLElement> | HTMLElement | undefined, injector: Injector): void {
  afterNextRender(
    () => {
      const root = host instanceof ElementRef ? host.nativeElement : host;
      const field = root?.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [aria-invalid="true"]');
      field?.focus();
    },
    { injector },
  );
}

/** Moves focus to an element (a step heading, an error summary) once it has been rendered. */
export function focusAfterRender(target: () => ElementRef<HTMLElement> | HTMLElement | undefined, injector: Injector): void {
  afterNextRender(
    () => {
      const value = target();
      const element = value instanceof ElementRef ? value.nativeElement : value;
      element?.focus();
    },
    { injector },
  );
}

/**
 * Puts the API's field-by-field messages on the matching controls (shown by their mat-error).
 * Returns whether any field got a message.
 */
export function applyServerFieldErrors(form: FormGroup, error: unknown): boolean {
  if (!(error instanceof HttpErrorResponse)) return false;
  const fields = (error.error as Partial<ApiError> | null)?.fields;
  if (!fields) return false;
  let applied = false;
  for (const [name, messages] of Object.entries(fields)) {
    const control = form.get(name);
    if (!control || !messages?.length) continue;
    control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
    control.markAsTouched();
    applied = true;
  }
  return applied;
}

export function httpStatus(error: unknown): number | undefined {
  return error instanceof HttpErrorResponse ? error.status : undefined;
}
