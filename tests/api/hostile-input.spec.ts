import { ApiClient } from '../support/api-client';
import { adminClient, verifiedCitizen } from '../support/accounts';
import { stack } from '../support/stack-env';
import { newConsultation } from './participation-helpers';

const s = stack();
const visitor = new ApiClient(s.baseUrl);

/** Regression tests of the outside audit's findings (hardening issue), those fixed so far. */
describe('hostile text', () => {
  it('answers 400 naming the field to a NUL byte or a control character, in bodies and query strings, never 500', async () => {
    const register = await visitor.post('/api/auth/register', { email: 'nul\u0000@example.org', displayName: 'Zoé', password: 'une longue phrase de passe' });
    expect(register.status).toBe(400);
    expect(register.body.message).toMatch(/body\.email.*caractère de contrôle/);
    expect((await visitor.post('/api/auth/login', { email: 'a@example.org', password: 'x\u0000y' })).status).toBe(400);
    const citizen = await verifiedCitizen(s);
    const { slug } = await newConsultation(adminClient(s), 'proposals_open');
    const proposal = await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'Titre\u0000caché', body: 'Texte' });
    expect(proposal.status).toBe(400);
    expect((await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'Demi-caractère \ud83d', body: 'Texte' })).status).toBe(400);
    const search = await visitor.get(`/api/consultations/${slug}/proposals?q=${encodeURIComponent('données\u0000')}`);
    expect(search.status).toBe(400);
    expect(search.body.message).toMatch(/query\.q/);
    const english = await visitor.get(`/api/consultations/${slug}/proposals?q=%07`, { language: 'en' });
    expect(english.body.message).toMatch(/control character/);
    // What people do type still goes through.
    expect((await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'Ligne\tavec tab', body: 'Un\ndeux\r\n🙂' })).status).toBe(201);
  });

  it('keeps personal JSON out of every cache once signed in', async () => {
    const citizen = await verifiedCitizen(s);
    for (const path of ['/api/auth/me', '/api/notifications', '/api/auth/sessions']) {
      const response = await citizen.get(path);
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
    }
  });

  // The published report's exports are checked in outcomes.spec.ts, where a report exists.
  it('keeps every export out of every cache, public or personal', async () => {
    const citizen = await verifiedCitizen(s);
    // The demo's published consultation (the seed): open data exists once a vote has closed.
    const exports: [ApiClient, string][] = [
      [visitor, '/api/consultations/chatbots-et-services-publics/open-data/open-data.json'],
      [visitor, '/api/consultations/chatbots-et-services-publics/open-data/proposals.csv'],
      [visitor, '/api/demographics/representativeness.csv?consultation=chatbots-et-services-publics'],
      [citizen, '/api/privacy/export'],
    ];
    for (const [client, path] of exports) {
      const response = await client.get(path);
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
    }
  });

  it('refuses a body of 10 MB with a 413 people can read, and keeps serving', async () => {
    const rawBody = JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(10 * 1024 * 1024) });
    const response = await visitor.request('POST', '/api/auth/login', undefined, { rawBody, language: 'en' });
    expect(response.status).toBe(413);
    expect(response.body.message).toMatch(/too large/i);
    expect((await visitor.get('/api/health')).status).toBe(200);
  });
});
