import { Inject, Injectable, NestMiddleware, OnModuleDestroy } from '@nestjs/common';
import { BucketPolicy, isFull, takeToken, TokenBucket } from '@concordia/domain';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppException } from '../http/app-exception';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Limits writes per client address (reads are cheap and cached by nobody else). Buckets live in
 * this process: behind several API instances each enforces its own share, which is enough to stop
 * a flood; sign-in attempts have their own, shared, limit in PostgreSQL.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware, OnModuleDestroy {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly policy: BucketPolicy;
  private readonly sweeper: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.policy = { capacity: Math.max(1, Math.ceil(config.writesPerMinute / 4)), perMinute: config.writesPerMinute };
    this.sweeper = setInterval(() => this.sweep(), 60_000).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  use(request: Request, response: Response, next: NextFunction): void {
    if (this.policy.perMinute <= 0 || SAFE_METHODS.has(request.method)) return next();
    const key = request.ip ?? 'unknown';
    const verdict = takeToken(this.buckets.get(key), Date.now(), this.policy);
    this.buckets.set(key, verdict.bucket);
    if (!verdict.allowed) {
      throw new AppException(429, 'error.too-many-requests', {}, { 'Retry-After': String(verdict.retryAfterSeconds) });
    }
    next();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, bucket] of this.buckets) if (isFull(bucket, now, this.policy)) this.buckets.delete(key);
  }
}
