import { randomUUID } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { adminClient, GOOD_PASSWORD, staffAccount, totpCode, uniqueEmail } from '../support/accounts';
import { createConsultation, setPhase, votesDatabase } from '../support/fixtures-votes';
import { linkIn, waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';

const s = stack();
const db = votesDatabase(s);
const admin = adminClient(s);
afterAll(() => db.end());

const OPEN_MJ = { votingMethod: 'majority_judgment', ballotSecrecy: 'open' };
const SECRET_MJ = { votingMethod: 'majority_judgment', ballotSecrecy: 'secret' };

interface Person {
  client: ApiClient;
  email: string;
  displayName: string;
  id: string;
  participantId: string;
}

/** Like verifiedCitizen, with a display name unique to the test so its every copy can be searched for. */
async function person(email = uniqueEmail('vie-privee'), displayName = `Zoé Effaçable ${randomUUID().slice(0, 8)}`): Promise<Person> {
  const client = new ApiClient(s.baseUrl);
  const registered = await client.post('/api/auth/register', { email, displayName, password: GOOD_PASSWORD });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  const mail = await waitForMail(s.mailDir, email, (text) => text.includes('/verify-email?token=') && text.includes(displayName));
  const token = new URL(linkIn(mail, '/verify-email?token=')).searchParams.get('token');
  expect((await client.post('/api/auth/verify-email', { token })).status).toBe(200);
  expect((await client.post('/api/auth/login', { email, password: GOOD_PASSWORD })).status).toBe(200);
  const me = await client.get('/api/auth/me');
  const { rows } = await db.query(`SELECT participant_id FROM users WHERE id = $1`, [me.body.id]);
  return { client, email, displayName, id: me.body.id, participantId: rows[0].participant_id };
}

/** A proposal written by `author` (a draft, edited once when `edit` says so), submitted and published by the admin. */
async function published(author: ApiClient, slug: string, title: string, edit = false): Promise<string> {
  const created = await author.post(`/api/consultations/${slug}/proposals`, { title, body: 'Premier texte' });
  expect(created.status).toBe(201);
  if (edit) expect((await author.request('PATCH', `/api/proposals/${created.body.id}`, { body: 'Texte révisé' })).status).toBe(200);
  expect((await author.post(`/api/proposals/${created.body.id}/submit`)).status).toBe(200);
  expect((await admin.post(`/api/proposals/${created.body.id}/publish`)).status).toBe(200);
  return created.body.id;
}

/** Every text-like column of the public schema where `needle` occurs, as "table.column". */
async function columnsContaining(needle: string): Promise<string[]> {
  const { rows: columns } = await db.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.udt_name IN ('_text', '_varchar'))`,
  );
  expect(columns.length).toBeGreaterThan(20);
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await db.query(`SELECT 1 FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0 LIMIT 1`, [needle]);
    if (rows.length) found.push(`${table}.${column}`);
  }
  return found;
}

/** A citizen who has done a bit of everything, and another whose data must stay out of the first one's export. */
async function busyCitizens() {
  const zoe = await person();
  const other = await person(uniqueEmail('autre'), `Autre Personne ${randomUUID().slice(0, 8)}`);
  const open = await createConsultation(db, 'proposals_open', OPEN_MJ);
  const secret = await createConsultation(db, 'proposals_open', SECRET_MJ);
  const openProposal = await published(zoe.client, open.slug, `Registre des algorithmes ${randomUUID().slice(0, 6)}`, true);
  const secretProposal = await published(zoe.client, secret.slug, `Urne secrète ${randomUUID().slice(0, 6)}`);
  const othersProposal = await published(other.client, open.slug, `Proposition d’une autre ${randomUUID().slice(0, 6)}`);
  const rejected = await zoe.client.post(`/api/consultations/${open.slug}/proposals`, { title: 'Hors sujet', body: 'Texte', submit: true });
  expect((await admin.post(`/api/proposals/${rejected.body.id}/reject`, { reason: 'off_topic' })).status).toBe(200);
  const { rows: decisions } = await db.query(`SELECT id FROM moderation_actions WHERE proposal_id = $1 AND action = 'reject'`, [rejected.body.id]);
  expect((await zoe.client.post(`/api/moderation/decisions/${decisions[0].id}/appeal`, { text: 'Mon appel motivé' })).status).toBe(201);

  expect((await zoe.client.post(`/api/proposals/${openProposal}/comments`, { body: 'Mon commentaire à moi', stance: 'for' })).status).toBe(201);
  expect((await other.client.post(`/api/proposals/${openProposal}/comments`, { body: 'Le commentaire de quelqu’un d’autre' })).status).toBe(201);
  expect((await zoe.client.post('/api/reports', { targetType: 'proposal', targetId: othersProposal, reason: 'spam', text: 'Mon signalement' })).status).toBe(201);

  await setPhase(db, open, 'voting_open');
  await setPhase(db, secret, 'voting_open');
  expect((await zoe.client.put(`/api/proposals/${openProposal}/vote`, { grade: 4 })).status).toBe(200);
  expect((await zoe.client.put(`/api/proposals/${secretProposal}/vote`, { grade: 5 })).status).toBe(200);
  expect((await other.client.put(`/api/proposals/${openProposal}/vote`, { grade: 2 })).status).toBe(200);
  expect((await other.client.put(`/api/proposals/${secretProposal}/vote`, { grade: 1 })).status).toBe(200);
  return { zoe, other, openProposal, secretProposal, othersProposal, rejected: rejected.body.id as string };
}

describe('GET /api/privacy/export', () => {
  it('is one complete JSON download of the person’s own data, never cached, with no secret ballot value and nobody else’s data', async () => {
    const { zoe, other, openProposal, secretProposal, othersProposal, rejected } = await busyCitizens();
    const response = await zoe.client.get('/api/privacy/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="concordia-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = response.body;
    expect(typeof data).toBe('object');

    expect(data.format).toBe('concordia-export');
    expect(data.formatVersion).toBe(1);
    expect(Date.parse(data.generatedAt)).not.toBeNaN();
    expect(data.account).toEqual({
      id: zoe.id,
      email: zoe.email,
      displayName: zoe.displayName,
      roles: ['citizen'],
      language: 'fr',
      createdAt: expect.any(String),
      emailVerifiedAt: expect.any(String),
      twoFactorEnabled: false,
      blocked: false,
    });
    expect(data.preferences).toEqual({ language: 'fr' });
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(data.sessions[0]).sort()).toEqual(['createdAt', 'lastSeenAt', 'userAgent']);

    const proposal = data.proposals.find((p: { id: string }) => p.id === openProposal);
    expect(proposal.role).toBe('author');
    expect(proposal.versions.map((v: { version: number; body: string }) => [v.version, v.body])).toEqual([
      [1, 'Premier texte'],
      [2, 'Texte révisé'],
    ]);
    expect(data.proposals.map((p: { id: string }) => p.id).sort()).toEqual([openProposal, secretProposal, rejected].sort());
    expect(data.comments).toEqual([expect.objectContaining({ proposalId: openProposal, body: 'Mon commentaire à moi', stance: 'for' })]);
    expect(data.openBallots).toEqual([{ proposalId: openProposal, proposalTitle: expect.any(String), value: 4, castAt: expect.any(String) }]);
    expect(data.secretBallotsCast).toEqual([{ proposalId: secretProposal, proposalTitle: expect.any(String) }]);
    expect(data.reports).toEqual([expect.objectContaining({ proposalId: othersProposal, reason: 'spam', text: 'Mon signalement' })]);
    expect(data.appeals).toEqual([expect.objectContaining({ text: 'Mon appel motivé', outcome: null })]);
    const { rows: notifications } = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [zoe.id]);
    expect(notifications[0].n).toBeGreaterThan(0);
    expect(data.notifications).toHaveLength(notifications[0].n);
    expect(data.demographics).toBeNull();
    // Filing an appeal is itself a line of the moderation log, signed by the appellant.
    expect(data.moderationActions).toEqual([expect.objectContaining({ action: 'appeal', proposalId: rejected })]);
    for (const section of ['consultationParticipation', 'committeeMemberships', 'committeeNotes', 'committeeBallots']) {
      expect(data[section]).toEqual([]);
    }

    const text = JSON.stringify(data);
    for (const foreign of [other.email, other.displayName, other.id, 'quelqu’un d’autre']) expect(text).not.toContain(foreign);
    expect(text).not.toMatch(/password|hash|totp_?secret/i);
  });

  it('reads a heavy history page by page without losing or repeating rows that share a timestamp', async () => {
    const heavy = await person();
    await db.query(
      `INSERT INTO notifications (user_id, kind, params, created_at)
       SELECT $1, 'privacy.test', jsonb_build_object('n', n), '2026-01-01T00:00:00Z'::timestamptz + (n / 400) * interval '1 second'
       FROM generate_series(1, 1234) AS n`,
      [heavy.id],
    );
    const data = (await heavy.client.get('/api/privacy/export')).body;
    const numbers = data.notifications.filter((n: { kind: string }) => n.kind === 'privacy.test').map((n: { params: { n: number } }) => n.params.n);
    expect(numbers).toHaveLength(1234);
    expect(new Set(numbers).size).toBe(1234);
  });

  it('answers 401 to a visitor', async () => {
    expect((await new ApiClient(s.baseUrl).get('/api/privacy/export')).status).toBe(401);
  });
});

describe('POST /api/privacy/erase', () => {
  it('refuses a wrong password, a missing CSRF token or a bad body, and deletes nothing', async () => {
    const zoe = await person();
    const wrong = await zoe.client.post('/api/privacy/erase', { password: 'pas le bon mot de passe' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toBe('Mot de passe incorrect : le compte n’a pas été supprimé.');
    const english = await zoe.client.post('/api/privacy/erase', { password: 'not the right one' }, { language: 'en' });
    expect(english.body.message).toBe('Incorrect password: the account has not been deleted.');
    expect((await zoe.client.post('/api/privacy/erase', { password: GOOD_PASSWORD }, { csrf: false })).status).toBe(403);
    expect((await zoe.client.post('/api/privacy/erase', {})).status).toBe(400);
    expect((await zoe.client.post('/api/privacy/erase', { password: GOOD_PASSWORD, totpCode: 'abc' })).status).toBe(400);
    expect((await zoe.client.post('/api/privacy/erase', { password: GOOD_PASSWORD, extra: true })).status).toBe(400);
    expect((await new ApiClient(s.baseUrl).post('/api/privacy/erase', { password: GOOD_PASSWORD })).status).toBe(401);

    const { rows } = await db.query(`SELECT email, display_name, (SELECT count(*)::int FROM sessions WHERE user_id = u.id) AS sessions FROM users u WHERE id = $1`, [zoe.id]);
    expect(rows).toEqual([{ email: zoe.email, display_name: zoe.displayName, sessions: 1 }]);
    expect((await zoe.client.get('/api/auth/me')).status).toBe(200);
  });

  it('removes every copy of the e-mail and the name, keeps contributions signed “deleted participant”, ends every session', async () => {
    const { zoe, openProposal, secretProposal } = await busyCitizens();
    const secondDevice = new ApiClient(s.baseUrl);
    expect((await secondDevice.post('/api/auth/login', { email: zoe.email, password: GOOD_PASSWORD })).status).toBe(200);
    expect((await columnsContaining(zoe.email)).length).toBeGreaterThan(0);
    expect(await columnsContaining(zoe.displayName)).toContain('users.display_name');

    const erased = await zoe.client.post('/api/privacy/erase', { password: GOOD_PASSWORD });
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ status: 'erased' });
    expect(erased.headers.getSetCookie().some((c) => /^concordia_session=;/.test(c) && /Expires=Thu, 01 Jan 1970/i.test(c))).toBe(true);
    expect((await zoe.client.get('/api/auth/me')).status).toBe(401);
    expect((await secondDevice.get('/api/auth/me')).status).toBe(401);

    expect(await columnsContaining(zoe.email)).toEqual([]);
    expect(await columnsContaining(zoe.displayName)).toEqual([]);
    const { rows: leftovers } = await db.query(
      `SELECT (SELECT count(*)::int FROM users WHERE id = $1) AS users, (SELECT count(*)::int FROM sessions WHERE user_id = $1) AS sessions,
              (SELECT count(*)::int FROM notifications WHERE user_id = $1) AS notifications, (SELECT count(*)::int FROM email_tokens WHERE user_id = $1) AS tokens,
              (SELECT count(*)::int FROM identity_register WHERE participant_id = $2) AS identity,
              (SELECT count(*)::int FROM account_erasures WHERE account_id = $1 AND erased_by IS NULL) AS erasures`,
      [zoe.id, zoe.participantId],
    );
    expect(leftovers).toEqual([{ users: 0, sessions: 0, notifications: 0, tokens: 0, identity: 1, erasures: 1 }]);

    const shown = await new ApiClient(s.baseUrl).get(`/api/proposals/${openProposal}`);
    expect(shown.status).toBe(200);
    expect(shown.body.author).toEqual({ id: null, displayName: 'Participant·e supprimé·e', deleted: true });
    expect((await new ApiClient(s.baseUrl).get(`/api/proposals/${openProposal}`, { language: 'en' })).body.author.displayName).toBe('Deleted participant');
    const comments = await new ApiClient(s.baseUrl).get(`/api/proposals/${openProposal}/comments`);
    const mine = comments.body.items.find((c: { body: string }) => c.body === 'Mon commentaire à moi');
    expect(mine.author).toEqual({ id: null, displayName: 'Participant·e supprimé·e', deleted: true });
    expect((await db.query(`SELECT count(*)::int AS n FROM proposal_versions WHERE proposal_id = $1`, [openProposal])).rows[0].n).toBe(2);

    const signIn = await new ApiClient(s.baseUrl).post('/api/auth/login', { email: zoe.email, password: GOOD_PASSWORD });
    expect(signIn.status).toBe(401);

    // The same person comes back: same participant, so no second ballot, open or secret.
    const back = await person(zoe.email, `De retour ${randomUUID().slice(0, 8)}`);
    expect(back.participantId).toBe(zoe.participantId);
    expect((await back.client.put(`/api/proposals/${openProposal}/vote`, { grade: 2 })).status).toBe(200);
    const { rows: open } = await db.query(`SELECT value FROM ballots WHERE proposal_id = $1 AND participant_id = $2`, [openProposal, zoe.participantId]);
    expect(open).toEqual([{ value: 2 }]);
    expect((await back.client.put(`/api/proposals/${secretProposal}/vote`, { grade: 1 })).status).toBe(409);
    const { rows: register } = await db.query(`SELECT count(*)::int AS n FROM vote_register WHERE proposal_id = $1 AND participant_id = $2`, [
      secretProposal,
      zoe.participantId,
    ]);
    expect(register[0].n).toBe(1);
    // Secret ballots stay sealed until the vote closes: still two, not three.
    expect((await db.query(`SELECT count(*)::int AS n FROM sealed_ballots WHERE proposal_id = $1`, [secretProposal])).rows[0].n).toBe(2);
  });

  it('asks staff for a current TOTP code as well', async () => {
    const staff = await staffAccount(s, ['moderator']);
    const missing = await staff.client.post('/api/privacy/erase', { password: GOOD_PASSWORD });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/code de votre application/);
    expect((await staff.client.post('/api/privacy/erase', { password: GOOD_PASSWORD, totpCode: '000000' })).status).toBe(400);
    expect((await db.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [staff.id])).rows[0].n).toBe(1);
    let erased = await staff.client.post('/api/privacy/erase', { password: GOOD_PASSWORD, totpCode: totpCode(staff.secret, 1) });
    if (erased.status === 400) erased = await staff.client.post('/api/privacy/erase', { password: GOOD_PASSWORD, totpCode: totpCode(staff.secret, -1) });
    expect(erased.status).toBe(200);
    expect((await db.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [staff.id])).rows[0].n).toBe(0);

    // Made staff but not enrolled yet: sent to enrol, not asked for a code that cannot exist.
    const promoted = await person();
    expect((await admin.put(`/api/accounts/${promoted.id}/roles`, { roles: ['citizen', 'committee'] })).status).toBe(200);
    const unenrolled = await promoted.client.post('/api/privacy/erase', { password: GOOD_PASSWORD, totpCode: '123456' });
    expect(unenrolled.status).toBe(403);
    expect(unenrolled.body.message).toMatch(/double authentification/);
  });
});

describe('POST /api/accounts/:id/erase', () => {
  it('lets an admin erase an account, records who did it without personal data, and refuses others', async () => {
    const zoe = await person();
    const other = await person();
    expect((await other.client.post(`/api/accounts/${zoe.id}/erase`)).status).toBe(403);
    expect((await admin.post(`/api/accounts/${randomUUID()}/erase`)).status).toBe(404);
    expect((await admin.post('/api/accounts/not-a-uuid/erase')).status).toBe(400);

    const erased = await admin.post(`/api/accounts/${zoe.id}/erase`);
    expect(erased.status).toBe(200);
    expect((await zoe.client.get('/api/auth/me')).status).toBe(401);
    expect(await columnsContaining(zoe.email)).toEqual([]);
    expect(await columnsContaining(zoe.displayName)).toEqual([]);
    const { rows } = await db.query(`SELECT e.erased_by, u.email FROM account_erasures e JOIN users u ON u.id = e.erased_by WHERE e.account_id = $1`, [zoe.id]);
    expect(rows).toEqual([{ erased_by: expect.any(String), email: 'admin@concordia.localhost' }]);
  });

  it('erases an administrator while another remains, and never the last one', async () => {
    const extra = await staffAccount(s, ['admin']);
    expect((await admin.post(`/api/accounts/${extra.id}/erase`)).status).toBe(200);
    expect((await db.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [extra.id])).rows[0].n).toBe(0);
    // Other suites may add administrators at the same time: the last-admin refusal is asserted when this one is alone
    // (always the case when this file runs by itself), and libs/domain's erasureRefusal covers the rule in every case.
    const { rows: admins } = await db.query(`SELECT id FROM users WHERE 'admin' = ANY(roles)`);
    if (admins.length === 1) {
      const refused = await admin.post(`/api/accounts/${admins[0].id}/erase`);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/dernier compte administrateur/);
    }
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });
});
