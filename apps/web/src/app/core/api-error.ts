import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@concordia/contracts';

/** The API already words its errors in the page's language; network failures get a generic key. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body.message === 'string') return body.message;
  }
  return fallback;
}
