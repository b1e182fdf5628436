import { ApiClient } from '../support/api-client';
import { adminClient, DEMO, staffAccount, totpCode, verifiedCitizen } from '../support/accounts';
import { stack } from '../support/stack-env';

const s = stack();

describe('roles and the second factor', () => {
  it('refuses a visitor (401) and a citizen (403) on an admin endpoint', async () => {
    expect((await new ApiClient(s.baseUrl).get('/api/accounts')).status).toBe(401);
    const citizen = await verifiedCitizen(s);
    const response = await citizen.get('/api/accounts');
    expect(response.status).toBe(403);
    expect((await citizen.put('/api/accounts/00000000-0000-0000-0000-000000000000/roles', { roles: ['admin'] })).status).toBe(403);
  });

  it('refuses a staff account without TOTP on staff endpoints until it enrols', async () => {
    const citizen = await verifiedCitizen(s);
    const me = (await citizen.get('/api/auth/me')).body;
    expect((await adminClient(s).put(`/api/accounts/${me.id}/roles`, { roles: ['admin'] })).status).toBe(200);
    expect((await citizen.get('/api/auth/me')).body.totpRequired).toBe(true);
    const refused = await citizen.get('/api/accounts');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/double authentification/);
    const enrolment = await citizen.post('/api/auth/totp/enrol');
    expect(enrolment.body.qrCode).toMatch(/^data:image\/png;base64,/);
    expect((await citizen.post('/api/auth/totp/confirm', { code: '000000' })).status).toBe(400);
    expect((await citizen.post('/api/auth/totp/confirm', { code: totpCode(enrolment.body.secret) })).status).toBe(204);
    expect((await citizen.get('/api/accounts')).status).toBe(200);
    // Staff may not switch the second factor off.
    expect((await citizen.post('/api/auth/totp/disable', { password: 'une longue phrase de passe bien à moi' })).status).toBe(409);
  });

  it('asks staff for the code at sign-in; the half-open session opens nothing', async () => {
    const staff = await staffAccount(s, ['moderator']);
    const client = new ApiClient(s.baseUrl);
    const login = await client.post('/api/auth/login', { email: staff.email, password: 'une longue phrase de passe bien à moi' });
    expect(login.body).toEqual({ status: 'totp-required' });
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await client.post('/api/auth/login/totp', { code: 'abcdef' })).status).toBe(400);
    expect((await client.post('/api/auth/login/totp', { code: '000000' })).status).toBe(400);
    const done = await client.post('/api/auth/login/totp', { code: totpCode(staff.secret, 1) });
    expect(done.status).toBe(200);
    expect(done.body.me.roles).toEqual(['citizen', 'moderator']);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    // A code is good once: replaying it on a new sign-in fails.
    const replay = new ApiClient(s.baseUrl);
    await replay.post('/api/auth/login', { email: staff.email, password: 'une longue phrase de passe bien à moi' });
    expect((await replay.post('/api/auth/login/totp', { code: totpCode(staff.secret, 1) })).status).toBe(400);
  });

  it('lets an admin list accounts page by page and set roles', async () => {
    const admin = adminClient(s);
    const page = await admin.get('/api/accounts?page=1&pageSize=2');
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(4);
    expect((await admin.get('/api/accounts?pageSize=1000')).status).toBe(400);
    const search = await admin.get(`/api/accounts?q=${encodeURIComponent('comite@')}`);
    expect(search.body.items.map((a: { email: string }) => a.email)).toEqual([DEMO.committee.email]);
    const citizen = await verifiedCitizen(s);
    const me = (await citizen.get('/api/auth/me')).body;
    const set = await admin.put(`/api/accounts/${me.id}/roles`, { roles: ['committee'] });
    expect(set.body.roles).toEqual(['citizen', 'committee']);
    expect((await admin.put(`/api/accounts/${me.id}/roles`, { roles: ['king'] })).status).toBe(400);
  });

  it('blocks an account: sessions end, reads allowed, writes refused', async () => {
    const citizen = await verifiedCitizen(s);
    const me = (await citizen.get('/api/auth/me')).body;
    expect((await adminClient(s).put(`/api/accounts/${me.id}/blocked`, { blocked: true })).status).toBe(200);
    expect((await citizen.get('/api/auth/me')).status).toBe(401);
    const again = new ApiClient(s.baseUrl);
    await again.post('/api/auth/login', { email: me.email, password: 'une longue phrase de passe bien à moi' });
    expect((await again.get('/api/auth/me')).status).toBe(200);
    const write = await again.put('/api/auth/me/language', { language: 'en' });
    expect(write.status).toBe(403);
    expect(write.body.message).toMatch(/bloqué/);
    expect((await again.post('/api/auth/logout')).status).toBe(204);
  });
});
