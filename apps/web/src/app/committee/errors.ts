import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@concordia/contracts';

/** The API's stable error name (e.g. "committee.quorum-missing"), to react to one case. */
export function apiErrorCode(error: unknown): string | undefined {
  if (!(error instanceof HttpErrorResponse)) return undefined;
  const body = error.error as Partial<ApiError> | null;
  return typeof body?.code === 'string' ? body.code : undefined;
}
