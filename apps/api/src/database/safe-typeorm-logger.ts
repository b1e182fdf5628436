import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';
import { safeError } from '../common/logging/safe-error';

/**
 * TypeORM's own loggers print a failed query with its parameters. This one says which statement
 * kind failed and PostgreSQL's code and constraint, nothing a person typed.
 */
export class SafeTypeOrmLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {}

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, statement: statementKind(query) }, 'slow query');
  }

  logQueryError(error: string | Error, query: string): void {
    const { code, constraint, table, column } = safeError(error);
    this.logger.error({ statement: statementKind(query), code, constraint, table, column }, 'query failed');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}

/** "SELECT", "INSERT INTO sessions"… enough to find the code path, never a value. */
export function statementKind(query: string): string {
  const match = /^\s*(WITH|SELECT|INSERT\s+INTO\s+"?\w+"?|UPDATE\s+"?\w+"?|DELETE\s+FROM\s+"?\w+"?|\w+)/i.exec(query ?? '');
  return (match?.[1] ?? 'unknown').replace(/"/g, '').replace(/\s+/g, ' ').toUpperCase();
}
