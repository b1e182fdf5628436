import { Injectable, NestMiddleware } from '@nestjs/common';
import { hostileTextPath } from '@concordia/domain';
import type { NextFunction, Request, Response } from 'express';
import { AppException } from '../http/app-exception';

/**
 * One guard for every endpoint: a body or query string holding a control character (NUL first) or a
 * lone surrogate is refused with a 400 naming the field, before any DTO, query or log sees it.
 */
@Injectable()
export class HostileTextMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const found = hostileTextPath(request.query, 'query') ?? hostileTextPath(request.body, 'body') ?? hostileTextPath(request.params, 'path');
    if (found) throw new AppException(400, 'error.hostile-text', { field: found });
    next();
  }
}
