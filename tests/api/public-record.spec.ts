import type { Pool } from 'pg';
import { ApiClient } from '../support/api-client';
import { DEMO, signInStaff, verifiedCitizen } from '../support/accounts';
import { insertCitizens, votesDatabase } from '../support/fixtures-votes';
import { startTestStack, TestStackInfo } from '../support/test-stack';
import { publishedProposal } from './participation-helpers';

/**
 * The audit log as each consultation's public record: one entry per governance action, written
 * with the action, and a verification that names the first entry changed behind its back. A stack
 * of its own, because this test breaks the chain on purpose.
 */
let stop: () => Promise<void>;
let info: TestStackInfo;
let db: Pool;
let admin: ApiClient;

beforeAll(async () => {
  ({ stop, info } = await startTestStack('record'));
  db = votesDatabase(info);
  admin = await signInStaff(info, DEMO.admin);
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stop?.();
});

const kindsOf = async (slug: string) =>
  (await admin.get(`/api/audit?consultation=${slug}&pageSize=100`)).body.items.map((e: { kind: string; payload: any }) => e);

describe('the public record of a consultation', () => {
  let slug: string;

  it('holds one entry per governance action of a full scenario, and no person', async () => {
    const created = await admin.post('/api/consultations', { title: 'Registre public', themes: ['Données'], settings: { moderation: 'pre' } });
    expect(created.status).toBe(201);
    slug = created.body.slug;
    expect((await admin.request('PATCH', `/api/consultations/${slug}`, { settings: { moderation: 'post' } })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/consultations/${slug}`, { title: 'Registre public des algorithmes' })).status).toBe(200);
    expect((await admin.request('PATCH', `/api/consultations/${slug}`, { phaseSchedule: { committee_review: '2099-01-01T00:00:00.000Z' } })).status).toBe(
      200,
    );
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'proposals_open' })).status).toBe(200);
    const author = await verifiedCitizen(info);
    // Post-moderation: published at once, no decision to record.
    const strong = await publishedProposal(author, admin, slug, { title: 'Publier le code source' });
    const offTopic = await publishedProposal(author, admin, slug, { title: 'Hors sujet' });
    expect(strong.state).toBe('published');
    const hidden = await admin.post(`/api/moderation/items/proposal/${offTopic.id}/hide`, { reason: 'off_topic', note: 'Sans rapport avec l’IA' });
    expect(hidden.status).toBe(200);
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'voting_open' })).status).toBe(200);
    const voters = await insertCitizens(db, info, 5);
    for (const voter of voters) expect((await voter.client.put(`/api/proposals/${strong.id}/vote`, { grade: 5 })).status).toBe(200);
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'committee_review' })).status).toBe(200);

    const entries = await kindsOf(slug);
    expect(entries.map((e: { kind: string }) => e.kind)).toEqual([
      'consultation.created',
      'consultation.settings-changed',
      'consultation.schedule-changed',
      'consultation.phase-changed',
      'moderation.decided',
      'consultation.phase-changed',
      'voting.opened',
      'consultation.phase-changed',
      'voting.closed',
    ]);
    expect(entries[1].payload).toMatchObject({ before: { moderation: 'pre' }, after: { moderation: 'post' } });
    expect(entries[4].payload).toMatchObject({ action: 'hide', reason: 'off_topic', target: { type: 'proposal', id: offTopic.id }, from: 'published', to: 'hidden' });
    expect(entries[5].payload).toMatchObject({ from: 'proposals_open', to: 'voting_open', by: 'admin' });
    expect(entries[8].payload).toMatchObject({ round: 1, ballots: { open: 0, register: 5, box: 5 } });
    const text = JSON.stringify(entries);
    // The moderator's note is free text about someone's contribution: not in the public record.
    expect(text).not.toContain('Sans rapport');
    for (const voter of voters) {
      expect(text).not.toContain(voter.userId);
      expect(text).not.toContain(voter.participantId);
      expect(text).not.toContain(voter.email);
    }
    expect(text).not.toMatch(/@/);

    const panel = await admin.post('/api/consultations', { title: 'Panel tiré au sort', settings: { eligibility: { kind: 'panel' } } });
    expect((await admin.post(`/api/consultations/${panel.body.slug}/invitation-codes`, { count: 3 })).status).toBe(201);
    const panelEntries = await kindsOf(panel.body.slug);
    expect(panelEntries.map((e: { kind: string }) => e.kind)).toEqual(['consultation.created', 'eligibility.codes-issued']);
    expect(panelEntries[1].payload).toMatchObject({ count: 3 });
    expect(JSON.stringify(panelEntries[1].payload)).not.toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
  });

  it('records the schedule moving a phase as the scheduler’s doing', async () => {
    // Reopened by SQL, only to give the schedule a move to make: the record shows what the application did.
    await db.query(`UPDATE consultations SET phase_schedule = '{"committee_review": "2000-01-01T00:00:00.000Z"}'::jsonb, phase = 'voting_open' WHERE slug = $1`, [
      slug,
    ]);
    expect((await admin.post('/api/admin/consultations/phase-schedule/run')).status).toBeLessThan(300);
    const last = (await kindsOf(slug)).slice(-2);
    expect(last.map((e: { kind: string }) => e.kind)).toEqual(['consultation.phase-changed', 'voting.closed']);
    expect(last[0].payload).toMatchObject({ from: 'voting_open', to: 'committee_review', by: 'scheduler' });
  });

  it('names the first entry changed behind its back', async () => {
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ valid: true });
    const { rows } = await db.query(`SELECT seq FROM audit_log WHERE payload->>'kind' = 'voting.closed' ORDER BY seq LIMIT 1`);
    const seq = Number(rows[0].seq);
    // The table refuses updates (a trigger): only someone able to switch it off can try.
    await db.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
    await db.query(`UPDATE audit_log SET payload = jsonb_set(payload, '{ballots,box}', '9') WHERE seq = $1`, [seq]);
    await db.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`);
    const verified = (await new ApiClient(info.baseUrl).get('/api/audit/verify')).body;
    expect(verified).toMatchObject({ valid: false, seq });
    expect((await new ApiClient(info.baseUrl).get('/api/audit-log/verify')).body).toMatchObject({ valid: false, seq });
  });
});
