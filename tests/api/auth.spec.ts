import { Client } from 'pg';
import { ApiClient } from '../support/api-client';
import { GOOD_PASSWORD, uniqueEmail, verifiedCitizen } from '../support/accounts';
import { linkIn, waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';

const s = stack();

describe('registration', () => {
  it('sends a verification mail over SMTP and the link verifies the address once', async () => {
    const client = new ApiClient(s.baseUrl);
    const email = uniqueEmail();
    const registered = await client.post('/api/auth/register', { email, displayName: 'Jeanne', password: GOOD_PASSWORD });
    expect(registered.status).toBe(201);
    const signInEarly = await client.post('/api/auth/login', { email, password: GOOD_PASSWORD });
    expect(signInEarly.status).toBe(403);
    expect(signInEarly.body.message).toMatch(/Confirmez/);
    const mail = await waitForMail(s.mailDir, email);
    const token = new URL(linkIn(mail, '/verify-email?token=')).searchParams.get('token');
    expect((await client.post('/api/auth/verify-email', { token })).status).toBe(200);
    expect((await client.post('/api/auth/verify-email', { token })).status).toBe(400);
    expect((await client.post('/api/auth/login', { email, password: GOOD_PASSWORD })).status).toBe(200);
  });

  it('refuses the same e-mail twice with 409 and a clear message, whatever its case', async () => {
    const client = new ApiClient(s.baseUrl);
    const email = uniqueEmail();
    expect((await client.post('/api/auth/register', { email, displayName: 'A', password: GOOD_PASSWORD })).status).toBe(201);
    const again = await client.post('/api/auth/register', { email: email.toUpperCase(), displayName: 'B', password: GOOD_PASSWORD });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ statusCode: 409, error: 'Conflict', message: expect.stringContaining('existe déjà'), code: 'auth.email-taken' });
    const english = await client.post('/api/auth/register', { email, displayName: 'B', password: GOOD_PASSWORD }, { language: 'en' });
    expect(english.body.message).toMatch(/already exists/);
  });

  it('gives one answer when two sign-ups race for the same address', async () => {
    const email = uniqueEmail();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => new ApiClient(s.baseUrl).post('/api/auth/register', { email, displayName: 'R', password: GOOD_PASSWORD })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('refuses a 10,000-character display name with 400 and stores nothing', async () => {
    const client = new ApiClient(s.baseUrl);
    const email = uniqueEmail();
    const response = await client.post('/api/auth/register', { email, displayName: 'x'.repeat(10_000), password: GOOD_PASSWORD });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/80 caractères/);
    expect(response.body.fields.displayName).toBeDefined();
    const db = new Client({ connectionString: s.databaseUrl });
    await db.connect();
    const { rowCount } = await db.query('SELECT 1 FROM users WHERE email_normalised = $1', [email]);
    await db.end();
    expect(rowCount).toBe(0);
  });

  it.each([
    ['short', 'court', /12 caractères/],
    ['common', 'qwerty123456', /trop courant/],
    ['the e-mail itself', 'PLACEHOLDER', /adresse e-mail ou votre nom/],
  ])('refuses a %s password with a reason', async (_, password, message) => {
    const email = uniqueEmail('mot');
    const response = await new ApiClient(s.baseUrl).post('/api/auth/register', {
      email,
      displayName: 'P',
      password: password === 'PLACEHOLDER' ? email : password,
    });
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(message);
  });

  it('accepts a 64-character passphrase without composition rules', async () => {
    const response = await new ApiClient(s.baseUrl).post('/api/auth/register', {
      email: uniqueEmail(),
      displayName: 'Long',
      password: 'la mer est calme ce soir et les mouettes dorment sur le port ok',
    });
    expect(response.status).toBe(201);
  });

  it('answers bad bodies with 400, never 500', async () => {
    const client = new ApiClient(s.baseUrl);
    for (const body of [{}, { email: 42 }, { email: 'pas-un-email', displayName: 'a', password: GOOD_PASSWORD }, { email: 'a@b.fr', displayName: 'a', password: GOOD_PASSWORD, admin: true }]) {
      const response = await client.post('/api/auth/register', body);
      expect(response.status).toBe(400);
      expect(typeof response.body.message).toBe('string');
    }
    const broken = await client.request('POST', '/api/auth/register', undefined, { rawBody: '{"email":' });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toMatch(/JSON/);
  });
});

describe('CSRF', () => {
  it('refuses an unsafe request without X-XSRF-TOKEN with 403', async () => {
    const client = new ApiClient(s.baseUrl);
    await client.get('/api/auth/csrf');
    const response = await client.post('/api/auth/login', { email: 'a@b.fr', password: 'x' }, { csrf: false });
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/CSRF/);
  });

  it('refuses a forged token that matches a forged cookie', async () => {
    const response = await fetch(`${s.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: 'XSRF-TOKEN=abc.def', 'X-XSRF-TOKEN': 'abc.def' },
      body: JSON.stringify({ email: 'a@b.fr', password: 'x' }),
    });
    expect(response.status).toBe(403);
  });
});

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie, and signs out', async () => {
    const email = uniqueEmail();
    const client = await verifiedCitizen(s, email);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, roles: ['citizen'], emailVerified: true, totpRequired: false });
    const login = await new ApiClient(s.baseUrl).post('/api/auth/login', { email, password: GOOD_PASSWORD });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('concordia_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('answers 429 after 20 bad sign-ins in a row, with Retry-After, and lets the owner reset the password', async () => {
    const email = uniqueEmail('cible');
    await verifiedCitizen(s, email);
    const attacker = new ApiClient(s.baseUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await attacker.post('/api/auth/login', { email, password: `mauvais mot de passe ${i}` })).status);
    expect(statuses.slice(0, 10).every((code) => code === 401)).toBe(true);
    expect(statuses[19]).toBe(429);
    const blocked = await attacker.post('/api/auth/login', { email, password: GOOD_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    // The victim is never locked out for good: a reset by e-mail clears the account's count.
    const owner = new ApiClient(s.baseUrl);
    expect((await owner.post('/api/auth/password/forgot', { email })).status).toBe(202);
    const mail = await waitForMail(s.mailDir, email, (text) => text.includes('/reset-password?token='));
    const token = new URL(linkIn(mail, '/reset-password?token=')).searchParams.get('token');
    const newPassword = 'encore une autre phrase secrète';
    // A refused password does not use up the link.
    const refused = await owner.post('/api/auth/password/reset', { token, password: 'qwerty123456' });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('auth.password-common');
    expect((await owner.post('/api/auth/password/reset', { token, password: newPassword })).status).toBe(204);
    expect((await owner.post('/api/auth/password/reset', { token, password: newPassword })).body.code).toBe('auth.token-invalid');
    expect((await owner.post('/api/auth/login', { email, password: newPassword })).status).toBe(200);
  });

  it('does not reveal whether an address has an account', async () => {
    const client = new ApiClient(s.baseUrl);
    const unknown = await client.post('/api/auth/login', { email: uniqueEmail('inconnu'), password: GOOD_PASSWORD });
    const known = await client.post('/api/auth/login', { email: 'citoyenne@concordia.localhost', password: 'pas le bon mot de passe' });
    expect(unknown.status).toBe(401);
    expect(known.status).toBe(401);
    expect(unknown.body.message).toBe(known.body.message);
    expect((await client.post('/api/auth/password/forgot', { email: uniqueEmail('inconnu') })).status).toBe(202);
  });
});

describe('own sessions and password', () => {
  it('lists sessions, revokes one, and a password change ends the others', async () => {
    const email = uniqueEmail();
    const first = await verifiedCitizen(s, email);
    const second = new ApiClient(s.baseUrl);
    await second.post('/api/auth/login', { email, password: GOOD_PASSWORD });
    const third = new ApiClient(s.baseUrl);
    await third.post('/api/auth/login', { email, password: GOOD_PASSWORD });
    const sessions = await first.get('/api/auth/sessions');
    expect(sessions.body).toHaveLength(3);
    expect(sessions.body.filter((x: { current: boolean }) => x.current)).toHaveLength(1);

    const thirdId = (await third.get('/api/auth/sessions')).body.find((x: { current: boolean }) => x.current).id;
    expect((await first.delete(`/api/auth/sessions/${thirdId}`)).status).toBe(204);
    expect((await third.get('/api/auth/me')).status).toBe(401);
    expect((await first.delete('/api/auth/sessions/not-a-uuid')).status).toBe(400);

    const wrong = await first.post('/api/auth/password/change', { currentPassword: 'faux mot de passe', newPassword: 'une nouvelle phrase assez longue' });
    expect(wrong.status).toBe(400);
    const changed = await first.post('/api/auth/password/change', { currentPassword: GOOD_PASSWORD, newPassword: 'une nouvelle phrase assez longue' });
    expect(changed.status).toBe(204);
    expect((await first.get('/api/auth/me')).status).toBe(200);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    await waitForMail(s.mailDir, email, (text) => /mot de passe a été modifié/.test(text));
  });
});

describe('health and documentation', () => {
  it('reports the database up', async () => {
    const response = await new ApiClient(s.baseUrl).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves an OpenAPI 3.1 document and the docs page', async () => {
    const json = await new ApiClient(s.baseUrl).get('/api/openapi.json');
    expect(json.status).toBe(200);
    expect(json.body.openapi).toBe('3.1.0');
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/accounts', '/api/health']));
    expect((await fetch(`${s.baseUrl}/api/docs`)).status).toBe(200);
  });

  it('sends a strict Content-Security-Policy and no stack traces', async () => {
    const response = await fetch(`${s.baseUrl}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    const missing = await new ApiClient(s.baseUrl).get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).not.toMatch(/at .*\.js:\d+/);
  });
});
