import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { languageFrom } from '../common/i18n/language';
import type { ClientInfo } from './auth.service';

export const Client = createParamDecorator((_: unknown, context: ExecutionContext): ClientInfo => {
  const request = context.switchToHttp().getRequest<Request>();
  const userAgent = request.headers['user-agent'];
  return {
    ip: request.ip ?? 'unknown',
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    language: languageFrom(request.headers['accept-language']),
  };
});
