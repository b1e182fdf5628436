/**
 * What an error may leave in a log. A database error carries the SQL's parameters (an e-mail, a
 * password hash, a user id beside a text) and PostgreSQL's detail and message quote values too
 * ("Key (email)=(…) already exists", `invalid input syntax for type uuid: "…"`): of those only the
 * SQLSTATE code, the constraint, the table and the column are kept. Other errors keep their name,
 * message and stack, which come from our code, not from a person.
 */
export interface SafeError {
  name: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  message?: string;
  stack?: string;
}

interface DatabaseErrorShape {
  name?: string;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  driverError?: DatabaseErrorShape;
  query?: unknown;
  parameters?: unknown;
  severity?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

function isDatabaseError(error: DatabaseErrorShape): boolean {
  return error.name === 'QueryFailedError' || 'query' in error || 'parameters' in error || 'driverError' in error || (typeof error.code === 'string' && SQLSTATE.test(error.code) && 'severity' in error);
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

export function safeError(error: unknown): SafeError {
  if (!error || typeof error !== 'object') return { name: typeof error };
  const shape = error as DatabaseErrorShape;
  if (isDatabaseError(shape)) {
    const driver = shape.driverError ?? shape;
    const stack = (error as Error).stack?.split('\n').slice(1).join('\n');
    return {
      name: shape.name ?? 'DatabaseError',
      code: text(driver.code) ?? text(shape.code),
      constraint: text(driver.constraint),
      table: text(driver.table),
      column: text(driver.column),
      // The first line of a stack repeats the message (and its quoted values): only the frames stay.
      stack,
    };
  }
  const plain = error as Error;
  return { name: plain.name ?? 'Error', message: scrub(plain.message), stack: scrub(plain.stack) };
}

/** A library's message may still quote an address (an SMTP refusal) or a hash: those are masked. */
export function scrub(value: string | undefined): string | undefined {
  return value?.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]').replace(/\$argon2\w*\$[^\s"']+/g, '[hash]');
}
