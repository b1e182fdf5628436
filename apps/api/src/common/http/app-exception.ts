import { HttpException, HttpStatus } from '@nestjs/common';

/** An error whose message is a catalogue key, translated when the response is written. */
export class AppException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(messageKey, status);
  }
}

export const badRequest = (key: string, params?: Record<string, string | number>) => new AppException(HttpStatus.BAD_REQUEST, key, params);
export const forbidden = (key = 'error.forbidden') => new AppException(HttpStatus.FORBIDDEN, key);
export const notFound = (key = 'error.not-found') => new AppException(HttpStatus.NOT_FOUND, key);
export const conflict = (key: string, params?: Record<string, string | number>) => new AppException(HttpStatus.CONFLICT, key, params);
export const unauthorized = (key = 'error.unauthorized') => new AppException(HttpStatus.UNAUTHORIZED, key);
