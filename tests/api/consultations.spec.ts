import { ApiClient } from '../support/api-client';
import { adminClient, verifiedCitizen } from '../support/accounts';
import { stack } from '../support/stack-env';
import { newConsultation, uniqueSuffix, withDatabase } from './participation-helpers';

const s = stack();
const admin = adminClient(s);
const visitor = new ApiClient(s.baseUrl);

describe('consultations: creating and editing (admin)', () => {
  it('makes the slug from the title, numbers it when taken, and keeps drafts to admins', async () => {
    const title = `Quelle éthique pour l’IA ? ${uniqueSuffix()}`;
    const first = await admin.post('/api/consultations', { title, description: '## Pourquoi\n\n<script>alert(1)</script>\n\n**gras**' });
    expect(first.status).toBe(201);
    expect(first.body.slug).toMatch(/^quelle-ethique-pour-l-ia-[a-z0-9]+$/);
    expect(first.body.phase).toBe('draft');
    expect(first.body.descriptionHtml).toContain('<h2>Pourquoi</h2>');
    expect(first.body.descriptionHtml).toContain('<strong>gras</strong>');
    expect(first.body.descriptionHtml).not.toContain('script');
    expect(first.body.settings).toMatchObject({ moderation: 'pre', votingMethod: 'majority_judgment', eligibility: { kind: 'any' } });
    const second = await admin.post('/api/consultations', { title });
    expect(second.body.slug).toBe(`${first.body.slug}-2`);
    expect((await admin.post('/api/consultations', { title: 'Autre', slug: first.body.slug })).status).toBe(409);

    expect((await visitor.get(`/api/consultations/${first.body.slug}`)).status).toBe(404);
    const citizen = await verifiedCitizen(s);
    expect((await citizen.get(`/api/consultations/${first.body.slug}`)).status).toBe(404);
    expect((await admin.get(`/api/consultations/${first.body.slug}`)).status).toBe(200);
    const publicList = await visitor.get('/api/consultations?pageSize=100');
    expect(publicList.body.items.map((c: { slug: string }) => c.slug)).not.toContain(first.body.slug);
    const adminList = await admin.get('/api/admin/consultations?phase=draft&pageSize=100');
    expect(adminList.body.items.map((c: { slug: string }) => c.slug)).toContain(first.body.slug);
  });

  it('refuses visitors (401) and citizens (403)', async () => {
    expect((await visitor.post('/api/consultations', { title: 'x' })).status).toBe(401);
    const citizen = await verifiedCitizen(s);
    expect((await citizen.post('/api/consultations', { title: 'x' })).status).toBe(403);
    expect((await citizen.get('/api/admin/consultations')).status).toBe(403);
  });

  it('names every invalid setting in a 400, in French and in English', async () => {
    const body = {
      title: 'Réglages faux',
      settings: { eligibility: { kind: 'residents', postcodes: [] }, votingMethod: 'support', supportCap: 0, moderation: 'aucune' },
    };
    const french = await admin.post('/api/consultations', body);
    expect(french.status).toBe(400);
    expect(Object.keys(french.body.fields).sort()).toEqual(['settings.eligibility', 'settings.moderation', 'settings.revisionThreshold', 'settings.supportCap']);
    expect(french.body.message).toMatch(/Qui peut participer : indiquez au moins un code postal/);
    expect(french.body.message).toMatch(/Le plafond de soutiens doit être un nombre entier positif/);
    const english = await admin.post('/api/consultations', body, { language: 'en' });
    expect(english.body.message).toMatch(/Who may take part: give at least one postcode/);
    expect((await admin.post('/api/consultations', { title: 'x', settings: { eligibility: 'tous' } })).status).toBe(400);
    expect((await admin.post('/api/consultations', { title: 'x', settings: { colour: 'bleu' } })).body.fields['settings.colour']).toBeDefined();
    expect((await admin.post('/api/consultations', { title: 'x', settings: { gradeScale: { grades: 'cinq' } } })).status).toBe(400);
  });

  it('checks the dated schedule and the themes', async () => {
    const backwards = await admin.post('/api/consultations', {
      title: 'Dates',
      phaseSchedule: { proposals_open: '2030-03-01T08:00:00Z', voting_open: '2030-02-01T08:00:00Z' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields['phaseSchedule.voting_open'][0]).toMatch(/postérieure/);
    expect((await admin.post('/api/consultations', { title: 'Dates', phaseSchedule: { voting_open: 'demain' } })).status).toBe(400);
    expect((await admin.post('/api/consultations', { title: 'Dates', phaseSchedule: { draft: '2030-01-01' } })).status).toBe(400);
    expect((await admin.post('/api/consultations', { title: 'Thèmes', themes: ['Santé', 'santé'] })).status).toBe(400);
    const { slug } = await newConsultation(admin, 'draft');
    const edited = await admin.request('PATCH', `/api/consultations/${slug}`, {
      summary: 'Nouveau résumé',
      phaseSchedule: { proposals_open: '2030-03-01T08:00:00Z', voting_open: '2030-04-01T08:00:00Z' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.summary).toBe('Nouveau résumé');
    expect(edited.body.phaseSchedule).toEqual({ proposals_open: '2030-03-01T08:00:00.000Z', voting_open: '2030-04-01T08:00:00.000Z' });
    const removed = await admin.request('PATCH', `/api/consultations/${slug}`, { phaseSchedule: { voting_open: null } });
    expect(removed.body.phaseSchedule).toEqual({ proposals_open: '2030-03-01T08:00:00.000Z' });
  });
});

describe('consultations: phases', () => {
  it('moves one step at a time by hand, with a clear 409 when the rules refuse', async () => {
    const { slug } = await newConsultation(admin, 'draft');
    const skip = await admin.post(`/api/consultations/${slug}/phase`, { to: 'voting_open' });
    expect(skip.status).toBe(409);
    expect(skip.body.message).toMatch(/sauter une phase/);
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'voting_open' }, { language: 'en' })).body.message).toMatch(/cannot be skipped/);
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'draft' })).status).toBe(409);
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'proposals_open' })).body.phase).toBe('proposals_open');
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'voting_open' })).status).toBe(200);
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'committee_review' })).status).toBe(200);
    const publish = await admin.post(`/api/consultations/${slug}/phase`, { to: 'outcomes_published' });
    expect(publish.status).toBe(409);
    expect(publish.body.message).toMatch(/présidence du comité/);
    // A secret vote (the default) is never reopened once its results are unsealed.
    const reopen = await admin.post(`/api/consultations/${slug}/phase`, { to: 'voting_open' });
    expect(reopen.status).toBe(409);
    expect((await admin.post(`/api/consultations/${slug}/phase`, { to: 'nowhere' })).status).toBe(400);
    const citizen = await verifiedCitizen(s);
    expect((await citizen.post(`/api/consultations/${slug}/phase`, { to: 'closed' })).status).toBe(403);
  });

  it('freezes the rules of the vote with the first ballot: no rule change, no move back before voting', async () => {
    const supports = await newConsultation(admin, 'proposals_open', { settings: { votingMethod: 'support', revisionThreshold: null, ballotSecrecy: 'open' } });
    const author = await verifiedCitizen(s);
    const created = await author.post(`/api/consultations/${supports.slug}/proposals`, { title: `Registre ${uniqueSuffix()}`, body: 'Texte', submit: true });
    expect((await admin.post(`/api/proposals/${created.body.id}/publish`)).status).toBe(200);
    // No ballot yet: the rules may still change.
    expect((await admin.request('PATCH', `/api/consultations/${supports.slug}`, { settings: { supportCap: 3 } })).status).toBe(200);
    expect((await author.put(`/api/proposals/${created.body.id}/vote`, { support: true })).status).toBe(200);

    const method = await admin.request('PATCH', `/api/consultations/${supports.slug}`, { settings: { votingMethod: 'for_against' } });
    expect(method.status).toBe(409);
    expect(method.body.message).toMatch(/règles du vote ne peuvent plus changer \(votingMethod\)/);
    for (const settings of [{ ballotSecrecy: 'secret' }, { eligibility: { kind: 'panel' } }, { supportCap: 5 }]) {
      expect((await admin.request('PATCH', `/api/consultations/${supports.slug}`, { settings })).status).toBe(409);
    }
    // What ballots do not depend on still changes.
    expect((await admin.request('PATCH', `/api/consultations/${supports.slug}`, { settings: { moderation: 'post' } })).status).toBe(200);
    const back = await admin.post(`/api/consultations/${supports.slug}/phase`, { to: 'draft' });
    expect(back.status).toBe(409);
    expect(back.body.message).toMatch(/revenir avant le vote/);

    const graded = await newConsultation(admin, 'proposals_open', { settings: { ballotSecrecy: 'open', moderation: 'post' } });
    const proposal = await author.post(`/api/consultations/${graded.slug}/proposals`, { title: `Notée ${uniqueSuffix()}`, body: 'Texte', submit: true });
    expect((await admin.post(`/api/consultations/${graded.slug}/phase`, { to: 'voting_open' })).status).toBe(200);
    expect((await author.put(`/api/proposals/${proposal.body.id}/vote`, { grade: 4 })).status).toBe(200);
    const reopenProposals = await admin.post(`/api/consultations/${graded.slug}/phase`, { to: 'proposals_open' }, { language: 'en' });
    expect(reopenProposals.status).toBe(409);
    expect(reopenProposals.body.message).toMatch(/can no longer go back to before voting/);
    const scale = { grades: ['Non', 'Oui', 'Tout à fait'].map((fr, i) => ({ value: i + 1, fr, en: fr })) };
    expect((await admin.request('PATCH', `/api/consultations/${graded.slug}`, { settings: { gradeScale: scale } })).status).toBe(409);
    // A value off the scale left in the table (as an older version could) is left out, never a 500.
    await withDatabase(s, (db) => db.query(`INSERT INTO ballots (proposal_id, participant_id, value) SELECT $1, participant_id, 7 FROM identity_register WHERE participant_id NOT IN (SELECT participant_id FROM ballots WHERE proposal_id = $1) LIMIT 1`, [proposal.body.id]));
    const read = await visitor.get(`/api/proposals/${proposal.body.id}/results`);
    expect(read.status).toBe(200);
    expect(read.body.results).toMatchObject({ majorityGrade: 4 });
    // Forward, and back to an open vote closed too early, still work.
    expect((await admin.post(`/api/consultations/${graded.slug}/phase`, { to: 'committee_review' })).status).toBe(200);
    expect((await admin.post(`/api/consultations/${graded.slug}/phase`, { to: 'voting_open' })).status).toBe(200);
  });

  it('locks the settings once voting is open', async () => {
    const { slug } = await newConsultation(admin, 'voting_open');
    const locked = await admin.request('PATCH', `/api/consultations/${slug}`, { settings: { moderation: 'post' } });
    expect(locked.status).toBe(409);
    expect(locked.body.message).toMatch(/vote ouvert/);
    expect((await admin.request('PATCH', `/api/consultations/${slug}`, { title: 'Nouveau titre' })).status).toBe(200);
  });

  it('the scheduler moves a consultation whose dates passed, one step per run, never publishing outcomes', async () => {
    const { slug } = await newConsultation(admin, 'draft', {
      phaseSchedule: {
        proposals_open: '2090-01-01T08:00:00Z',
        voting_open: '2090-02-01T08:00:00Z',
        committee_review: '2090-03-01T08:00:00Z',
        outcomes_published: '2090-04-01T08:00:00Z',
      },
    });
    const run = (at: string) => admin.post('/api/admin/consultations/phase-schedule/run', { at });
    expect((await run('2089-12-31T00:00:00Z')).body).not.toContainEqual(expect.objectContaining({ slug }));
    const first = await run('2091-01-01T00:00:00Z');
    expect(first.status).toBe(200);
    expect(first.body).toContainEqual({ slug, from: 'draft', to: 'proposals_open' });
    expect((await admin.get(`/api/consultations/${slug}`)).body.phase).toBe('proposals_open');
    expect((await run('2091-01-01T00:00:00Z')).body).toContainEqual({ slug, from: 'proposals_open', to: 'voting_open' });
    expect((await run('2091-01-01T00:00:00Z')).body).toContainEqual({ slug, from: 'voting_open', to: 'committee_review' });
    expect((await run('2091-01-01T00:00:00Z')).body).not.toContainEqual(expect.objectContaining({ slug }));
    expect((await visitor.get(`/api/consultations/${slug}`)).body.phase).toBe('committee_review');
    expect((await run('not a date')).status).toBe(400);
  });
});

describe('consultations: what each reader can do', () => {
  it('tells a visitor to sign in and a citizen what the phase opens', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open');
    const seen = await visitor.get(`/api/consultations/${slug}`);
    expect(seen.status).toBe(200);
    expect(seen.body.phaseActions).toEqual(['propose', 'edit_proposal', 'comment']);
    expect(seen.body.participation).toEqual({
      signedIn: false,
      eligible: false,
      canPropose: false,
      canVote: false,
      canComment: false,
      reasonIfNot: 'sign-in',
      reasonMessage: 'Connectez-vous pour participer.',
    });
    const citizen = await verifiedCitizen(s);
    const mine = await citizen.get(`/api/consultations/${slug}`);
    expect(mine.body.participation).toMatchObject({ signedIn: true, eligible: true, canPropose: true, canVote: false, canComment: true, reasonIfNot: null });
  });

  it('residents join with a postcode of the list', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { eligibility: { kind: 'residents', postcodes: ['34000', '34070'] } } });
    const citizen = await verifiedCitizen(s);
    const before = await citizen.get(`/api/consultations/${slug}`);
    expect(before.body.participation).toMatchObject({ eligible: false, canPropose: false, reasonIfNot: 'join-residents' });
    expect(before.body.participation.reasonMessage).toMatch(/code postal/);
    const refused = await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'Avant de rejoindre' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/réservée aux habitant/);
    const outside = await citizen.post(`/api/consultations/${slug}/join`, { postcode: '75001' });
    expect(outside.status).toBe(403);
    expect(outside.body.message).toMatch(/ne fait pas partie du territoire/);
    expect((await citizen.post(`/api/consultations/${slug}/join`, { postcode: 'abc' })).status).toBe(400);
    expect((await citizen.post(`/api/consultations/${slug}/join`, { code: 'ABCD' })).status).toBe(400);
    const joined = await citizen.post(`/api/consultations/${slug}/join`, { postcode: '34070' });
    expect(joined.status).toBe(200);
    expect(joined.body.participation).toMatchObject({ eligible: true, canPropose: true });
    expect((await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'Après avoir rejoint' })).status).toBe(201);
    expect((await visitor.post(`/api/consultations/${slug}/join`, { postcode: '34000' })).status).toBe(401);
    const open = await newConsultation(admin, 'proposals_open');
    expect((await citizen.post(`/api/consultations/${open.slug}/join`, { postcode: '34000' })).status).toBe(409);
  });
});

describe('consultations: panel invitation codes', () => {
  async function panel() {
    const consultation = await newConsultation(admin, 'proposals_open', { settings: { eligibility: { kind: 'panel' } } });
    const csv = await admin.post(`/api/consultations/${consultation.slug}/invitation-codes`, { count: 25 });
    expect(csv.status).toBe(201);
    const codes = (csv.body as string).trim().split(/\r\n/);
    expect(codes.shift()).toBe('code');
    return { ...consultation, codes, csv };
  }

  it('gives the codes once as CSV and keeps only their hashes', async () => {
    const { id, slug, codes, csv } = await panel();
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="invitation-codes-/);
    expect(csv.headers.get('cache-control')).toBe('no-store');
    expect(codes).toHaveLength(25);
    expect(new Set(codes).size).toBe(25);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const stored = await withDatabase(s, (db) => db.query('SELECT code_hash FROM invitation_codes WHERE consultation_id = $1', [id]));
    expect(stored.rowCount).toBe(25);
    const hashes = stored.rows.map((row: { code_hash: string }) => row.code_hash);
    for (const code of codes) expect(hashes.some((hash: string) => hash.includes(code) || hash.includes(code.replace(/-/g, '')))).toBe(false);
    const batches = await admin.get(`/api/consultations/${slug}/invitation-codes`);
    expect(batches.body).toEqual([expect.objectContaining({ total: 25, used: 0 })]);
    expect((await admin.post(`/api/consultations/${slug}/invitation-codes`, { count: 5001 })).status).toBe(400);
    expect((await admin.post(`/api/consultations/${slug}/invitation-codes`, { count: 0 })).status).toBe(400);
    const citizen = await verifiedCitizen(s);
    expect((await citizen.post(`/api/consultations/${slug}/invitation-codes`, { count: 1 })).status).toBe(403);
    const open = await newConsultation(admin, 'draft');
    expect((await admin.post(`/api/consultations/${open.slug}/invitation-codes`, { count: 1 })).status).toBe(409);
  });

  it('lets exactly one of 20 people racing with one code in', async () => {
    const { slug, codes } = await panel();
    const people = await Promise.all(Array.from({ length: 20 }, () => verifiedCitizen(s)));
    const answers = await Promise.all(people.map((person) => person.post(`/api/consultations/${slug}/join`, { code: codes[0] })));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(409)]);
    expect(answers.find((answer) => answer.status === 409)?.body.message).toMatch(/déjà été utilisé/);
    const batches = await admin.get(`/api/consultations/${slug}/invitation-codes`);
    expect(batches.body[0].used).toBe(1);
  });

  it('spends one code when one person sends two at once', async () => {
    const { slug, codes } = await panel();
    const person = await verifiedCitizen(s);
    const answers = await Promise.all([codes[3], codes[4]].map((code) => person.post(`/api/consultations/${slug}/join`, { code })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect((await admin.get(`/api/consultations/${slug}/invitation-codes`)).body[0].used).toBe(1);
  });

  it('accepts a code typed in lower case without dashes, once; a member keeps their place', async () => {
    const { slug, codes } = await panel();
    const member = await verifiedCitizen(s);
    expect((await member.get(`/api/consultations/${slug}`)).body.participation.reasonIfNot).toBe('join-panel');
    expect((await member.post(`/api/consultations/${slug}/join`, { code: 'AAAA-BBBB-CCCC' })).status).toBe(400);
    const joined = await member.post(`/api/consultations/${slug}/join`, { code: codes[1].toLowerCase().replace(/-/g, '') });
    expect(joined.status).toBe(200);
    expect(joined.body.participation).toMatchObject({ eligible: true, canPropose: true });
    // Joining again spends nothing.
    expect((await member.post(`/api/consultations/${slug}/join`, { code: codes[2] })).status).toBe(200);
    const other = await verifiedCitizen(s);
    expect((await other.post(`/api/consultations/${slug}/join`, { code: codes[2] })).status).toBe(200);
    expect((await other.post(`/api/consultations/${slug}/proposals`, { title: 'Du panel' })).status).toBe(201);
  });
});
