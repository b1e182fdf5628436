import { safeError, scrub } from './safe-error';

describe('safeError', () => {
  it('keeps a database error’s code and constraint, never its parameters, query, detail or message', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      code: '23505',
      constraint: 'users_email_key',
      table: 'users',
      detail: 'Key (email)=(zoe@example.org) already exists.',
      severity: 'ERROR',
    });
    const error = Object.assign(new Error(driverError.message), {
      name: 'QueryFailedError',
      query: 'INSERT INTO users (email, password_hash) VALUES ($1, $2)',
      parameters: ['zoe@example.org', '$argon2id$v=19$m=19456,t=2,p=1$abc$def'],
      driverError,
    });
    const logged = JSON.stringify(safeError(error));
    expect(safeError(error)).toMatchObject({ name: 'QueryFailedError', code: '23505', constraint: 'users_email_key', table: 'users' });
    expect(logged).not.toMatch(/zoe@example\.org|argon2|INSERT|Key \(email\)/);
  });

  it('drops the value PostgreSQL quotes in a raw driver error', () => {
    const raw = Object.assign(new Error('invalid input syntax for type uuid: "zoe@example.org"'), { code: '22P02', severity: 'ERROR' });
    expect(JSON.stringify(safeError(raw))).not.toContain('zoe@example.org');
    expect(safeError(raw).code).toBe('22P02');
  });

  it('keeps our own errors readable but masks addresses and hashes a library may quote', () => {
    const error = new Error('Can’t send mail - all recipients were rejected: 550 <zoe@example.org>');
    expect(safeError(error).message).toBe('Can’t send mail - all recipients were rejected: 550 <[address]>');
    expect(scrub('hash $argon2id$v=19$m=1$a$b here')).toBe('hash [hash] here');
  });
});
