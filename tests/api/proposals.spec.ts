import { ApiClient } from '../support/api-client';
import { adminClient, staffAccount, uniqueEmail, verifiedCitizen } from '../support/accounts';
import { stack } from '../support/stack-env';
import { newConsultation, publishedProposal, uniqueSuffix, withDatabase } from './participation-helpers';

const s = stack();
const admin = adminClient(s);
const visitor = new ApiClient(s.baseUrl);

describe('proposals: who may write, and when', () => {
  it('refuses a visitor (401) and proposals outside the proposals phase (409, clear)', async () => {
    const open = await newConsultation(admin, 'proposals_open');
    expect((await visitor.post(`/api/consultations/${open.slug}/proposals`, { title: 'Visiteur' })).status).toBe(401);
    const voting = await newConsultation(admin, 'voting_open');
    const citizen = await verifiedCitizen(s);
    const refused = await citizen.post(`/api/consultations/${voting.slug}/proposals`, { title: 'Trop tard' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('Les propositions ne sont pas ouvertes dans la phase actuelle de cette consultation.');
    expect((await citizen.post(`/api/consultations/${voting.slug}/proposals`, { title: 'Too late' }, { language: 'en' })).body.message).toMatch(/Proposals are not open/);
    const draft = await newConsultation(admin, 'draft');
    expect((await citizen.post(`/api/consultations/${draft.slug}/proposals`, { title: 'Brouillon' })).status).toBe(404);
  });

  it('answers bad input with a clear 400, never a 500', async () => {
    const { slug } = await newConsultation(admin);
    const citizen = await verifiedCitizen(s);
    const long = await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'x'.repeat(151) });
    expect(long.status).toBe(400);
    expect(long.body.message).toMatch(/Le titre doit contenir au plus 150 caractères/);
    expect((await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'x'.repeat(151) }, { language: 'en' })).body.message).toMatch(/The title must be at most 150/);
    expect((await citizen.post(`/api/consultations/${slug}/proposals`, { title: '   ' })).status).toBe(400);
    expect((await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'Ok', body: 'x'.repeat(20001) })).status).toBe(400);
    expect((await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'Ok', owner: 'moi' })).status).toBe(400);
    const theme = await citizen.post(`/api/consultations/${slug}/proposals`, { title: 'Ok', theme: 'Pêche' });
    expect(theme.status).toBe(400);
    expect(theme.body.message).toMatch(/thème/);
    expect((await citizen.get('/api/proposals/pas-un-id')).status).toBe(404);
    expect((await citizen.get('/api/proposals/99999999999')).status).toBe(404);
    expect((await citizen.get(`/api/consultations/${slug}/proposals?pageSize=101`)).status).toBe(400);
    expect((await citizen.get(`/api/consultations/${slug}/proposals?sort=loudest`)).status).toBe(400);
    expect((await citizen.get(`/api/consultations/${slug}/proposals?seed=${encodeURIComponent("'; drop table")}`)).status).toBe(400);
  });

  it('keeps a draft to its author (404 for others) and a submitted one private under pre-moderation', async () => {
    const { slug } = await newConsultation(admin);
    const author = await verifiedCitizen(s);
    const other = await verifiedCitizen(s);
    const draft = await author.post(`/api/consultations/${slug}/proposals`, { title: 'Mon brouillon', theme: 'Santé', body: 'Un **texte**' });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ state: 'draft', version: 1, theme: 'Santé', bodyHtml: '<p>Un <strong>texte</strong></p>' });
    expect(draft.body.author.displayName).toBe('Test');
    expect(draft.body.permissions).toMatchObject({ canEdit: true, canSubmit: true, canWithdraw: true, canModerate: false });
    const id = draft.body.id;
    expect((await other.get(`/api/proposals/${id}`)).status).toBe(404);
    expect((await visitor.get(`/api/proposals/${id}`)).status).toBe(404);
    expect((await admin.get(`/api/proposals/${id}`)).status).toBe(404);
    expect((await author.get(`/api/proposals/${draft.body.ref}`)).body.id).toBe(id);

    const submitted = await author.post(`/api/proposals/${id}/submit`);
    expect(submitted.body.state).toBe('submitted');
    expect((await other.get(`/api/proposals/${id}`)).status).toBe(404);
    expect((await visitor.get(`/api/consultations/${slug}/proposals`)).body.total).toBe(0);
    expect((await admin.get(`/api/proposals/${id}`)).body.permissions.canModerate).toBe(true);
    const queue = await admin.get(`/api/consultations/${slug}/proposals?state=submitted`);
    expect(queue.body.items.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await other.get(`/api/consultations/${slug}/proposals?state=submitted`)).status).toBe(403);
    expect((await other.post(`/api/proposals/${id}/publish`)).status).toBe(403);

    const published = await admin.post(`/api/proposals/${id}/publish`);
    expect(published.body.state).toBe('published');
    expect(published.body.publishedAt).not.toBeNull();
    expect((await visitor.get(`/api/proposals/${id}`)).status).toBe(200);
    expect((await visitor.get(`/api/consultations/${slug}/proposals`)).body.items.map((p: { id: string }) => p.id)).toEqual([id]);
    expect((await admin.post(`/api/proposals/${id}/publish`)).status).toBe(409);
  });

  it('lets a moderator reject with a reason; the author revises and submits again', async () => {
    const { slug } = await newConsultation(admin);
    const author = await verifiedCitizen(s);
    const moderator = await staffAccount(s, ['moderator']);
    const created = await author.post(`/api/consultations/${slug}/proposals`, { title: 'À revoir', submit: true });
    expect(created.body.state).toBe('submitted');
    expect((await moderator.client.post(`/api/proposals/${created.body.id}/reject`, {})).status).toBe(400);
    const rejected = await moderator.client.post(`/api/proposals/${created.body.id}/reject`, { reason: 'Hors sujet' });
    expect(rejected.body).toMatchObject({ state: 'rejected', stateReason: 'Hors sujet' });
    expect((await author.get(`/api/proposals/${created.body.id}`)).body.stateReason).toBe('Hors sujet');
    expect((await author.request('PATCH', `/api/proposals/${created.body.id}`, { title: 'Revue et corrigée' })).status).toBe(200);
    expect((await author.post(`/api/proposals/${created.body.id}/submit`)).body.state).toBe('submitted');
  });

  it('publishes at once under post-moderation', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await verifiedCitizen(s);
    const created = await author.post(`/api/consultations/${slug}/proposals`, { title: 'Tout de suite', submit: true });
    expect(created.body.state).toBe('published');
    expect((await visitor.get(`/api/proposals/${created.body.id}`)).status).toBe(200);
  });

  it('refuses to let a citizen edit, submit or withdraw someone else’s proposal (403)', async () => {
    const { slug } = await newConsultation(admin);
    const author = await verifiedCitizen(s);
    const other = await verifiedCitizen(s);
    const proposal = await publishedProposal(author, admin, slug, { title: 'La mienne' });
    const edit = await other.request('PATCH', `/api/proposals/${proposal.id}`, { title: 'La sienne' });
    expect(edit.status).toBe(403);
    expect(edit.body.message).toMatch(/auteur·rice·s/);
    expect((await other.post(`/api/proposals/${proposal.id}/withdraw`)).status).toBe(403);
    expect((await visitor.request('PATCH', `/api/proposals/${proposal.id}`, { title: 'x' })).status).toBe(401);
    expect((await other.get(`/api/proposals/${proposal.id}`)).body.permissions).toMatchObject({ canEdit: false, canWithdraw: false, canComment: true });
  });

  it('freezes texts once voting opens, and lets the author withdraw', async () => {
    const consultation = await newConsultation(admin);
    const author = await verifiedCitizen(s);
    const proposal = await publishedProposal(author, admin, consultation.slug);
    await admin.post(`/api/consultations/${consultation.slug}/phase`, { to: 'voting_open' });
    const frozen = await author.request('PATCH', `/api/proposals/${proposal.id}`, { title: 'Modifiée pendant le vote' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.message).toMatch(/pendant la phase de propositions/);
    const withdrawn = await author.post(`/api/proposals/${proposal.id}/withdraw`);
    expect(withdrawn.body.state).toBe('withdrawn');
    // Once public, a withdrawn proposal stays readable with its state.
    expect((await visitor.get(`/api/proposals/${proposal.id}`)).body.state).toBe('withdrawn');
    expect((await author.post(`/api/proposals/${proposal.id}/withdraw`)).status).toBe(409);
  });
});

describe('proposals: versions and diffs', () => {
  it('makes a version per edit, keeps the history and diffs any two versions', async () => {
    const { slug } = await newConsultation(admin);
    const author = await verifiedCitizen(s);
    const created = await author.post(`/api/consultations/${slug}/proposals`, { title: 'Des capteurs dans les bus', body: 'Ligne un\nLigne deux\n', theme: 'Transports' });
    const id = created.body.id;
    const second = await author.request('PATCH', `/api/proposals/${id}`, { title: 'Des capteurs sobres dans les bus' });
    expect(second.body.version).toBe(2);
    const same = await author.request('PATCH', `/api/proposals/${id}`, { title: 'Des capteurs sobres dans les bus' });
    expect(same.body.version).toBe(2);
    const third = await author.request('PATCH', `/api/proposals/${id}`, { body: 'Ligne un\nLigne trois\n', theme: null });
    expect(third.body).toMatchObject({ version: 3, theme: null, bodyHtml: '<p>Ligne un\nLigne trois</p>' });

    const history = await author.get(`/api/proposals/${id}/versions`);
    expect(history.body.total).toBe(3);
    expect(history.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(history.body.items[2]).toMatchObject({ title: 'Des capteurs dans les bus', theme: 'Transports' });
    expect(history.body.items[0].editedBy.displayName).toBe('Test');
    expect((await author.get(`/api/proposals/${id}/versions/1`)).body.body).toBe('Ligne un\nLigne deux\n');
    expect((await author.get(`/api/proposals/${id}/versions/9`)).status).toBe(404);

    const diff = await author.get(`/api/proposals/${id}/diff?from=1&to=3`);
    expect(diff.status).toBe(200);
    expect(diff.body.title).toEqual([{ value: 'Des capteurs ' }, { value: 'sobres ', added: true }, { value: 'dans les bus' }]);
    expect(diff.body.body).toContainEqual({ value: 'deux', removed: true });
    expect(diff.body.body).toContainEqual({ value: 'trois', added: true });
    expect(diff.body.theme).toEqual({ from: 'Transports', to: null, changed: true });
    const lines = await author.get(`/api/proposals/${id}/diff?from=1&to=3&mode=lines`);
    expect(lines.body.body).toEqual([{ value: 'Ligne un\n' }, { value: 'Ligne deux\n', removed: true }, { value: 'Ligne trois\n', added: true }]);
    expect((await author.get(`/api/proposals/${id}/diff?from=1`)).status).toBe(400);
    expect((await author.get(`/api/proposals/${id}/diff?from=1&to=3&mode=chars`)).status).toBe(400);
    // The draft's history is as private as the draft.
    expect((await visitor.get(`/api/proposals/${id}/versions`)).status).toBe(404);
  });
});

describe('proposals: co-authors', () => {
  it('invites by e-mail; the invitee accepts and may then edit', async () => {
    const { slug } = await newConsultation(admin);
    const author = await verifiedCitizen(s);
    const coauthorEmail = uniqueEmail('coautrice');
    const coauthor = await verifiedCitizen(s, coauthorEmail);
    const stranger = await verifiedCitizen(s);
    const draft = await author.post(`/api/consultations/${slug}/proposals`, { title: 'À quatre mains' });
    const id = draft.body.id;
    expect((await stranger.post(`/api/proposals/${id}/coauthors`, { email: coauthorEmail })).status).toBe(404);
    expect((await author.post(`/api/proposals/${id}/coauthors`, { email: 'pas-une-adresse' })).status).toBe(400);
    // Unknown addresses get the same answer: the form reveals nobody.
    expect((await author.post(`/api/proposals/${id}/coauthors`, { email: uniqueEmail('inconnu') })).status).toBe(202);
    expect((await author.post(`/api/proposals/${id}/coauthors`, { email: coauthorEmail.toUpperCase() })).status).toBe(202);

    const invitations = await coauthor.get('/api/proposals/invitations');
    expect(invitations.body.items).toEqual([expect.objectContaining({ proposalId: id, title: 'À quatre mains', consultationSlug: slug })]);
    expect((await coauthor.get(`/api/proposals/${id}`)).status).toBe(200);
    expect((await coauthor.request('PATCH', `/api/proposals/${id}`, { summary: 'Trop tôt' })).status).toBe(403);
    expect((await stranger.post(`/api/proposals/${id}/coauthors/accept`)).status).toBe(404);
    expect((await coauthor.post(`/api/proposals/${id}/coauthors/accept`)).status).toBe(204);
    expect((await coauthor.get('/api/proposals/invitations')).body.total).toBe(0);

    const edited = await coauthor.request('PATCH', `/api/proposals/${id}`, { summary: 'Écrit à deux' });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(edited.body.coauthors).toEqual([expect.objectContaining({ displayName: 'Test', deleted: false, acceptedAt: expect.any(String) })]);
    // Only the first author submits.
    expect((await coauthor.post(`/api/proposals/${id}/submit`)).status).toBe(403);
    const mine = await coauthor.get(`/api/consultations/${slug}/proposals?mine=true`);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([id]);
  });
});

describe('proposals: search, similar titles, sorts', () => {
  it('finds "Sécurité des données" from "securite donnees" typed without accents, and forgives typos', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await verifiedCitizen(s);
    const wanted = await publishedProposal(author, admin, slug, { title: 'Sécurité des données personnelles', summary: 'Chiffrer les fichiers des usagers' });
    await publishedProposal(author, admin, slug, { title: 'Des bus électriques la nuit', body: 'Transports nocturnes.' });
    const hidden = await author.post(`/api/consultations/${slug}/proposals`, { title: 'Sécurité des données : brouillon' });
    expect(hidden.body.state).toBe('draft');

    const search = async (q: string) => (await visitor.get(`/api/consultations/${slug}/proposals?q=${encodeURIComponent(q)}`)).body;
    const found = await search('securite donnees');
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([wanted.id]);
    expect(found.total).toBe(1);
    expect((await search('SÉCURITÉ')).items.map((p: { id: string }) => p.id)).toEqual([wanted.id]);
    expect((await search('chiffrer fichier')).items.map((p: { id: string }) => p.id)).toEqual([wanted.id]);
    expect((await search('securte')).items.map((p: { id: string }) => p.id)).toEqual([wanted.id]);
    expect((await search('electrique')).items).toHaveLength(1);
    expect((await search('piscine')).items).toHaveLength(0);
  });

  it('suggests published proposals similar to a title being typed (top 5)', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await verifiedCitizen(s);
    const close = await publishedProposal(author, admin, slug, { title: 'Protéger les données personnelles des usagers' });
    await publishedProposal(author, admin, slug, { title: 'Planter des arbres en ville' });
    await author.post(`/api/consultations/${slug}/proposals`, { title: 'Protéger les données (brouillon)' });
    const similar = await visitor.get(`/api/consultations/${slug}/proposals/similar?title=${encodeURIComponent('proteger les donnes personelles')}`);
    expect(similar.status).toBe(200);
    expect(similar.body.map((p: { id: string }) => p.id)).toEqual([close.id]);
    expect(similar.body[0].score).toBeGreaterThan(0);
    const excluded = await visitor.get(`/api/consultations/${slug}/proposals/similar?title=${encodeURIComponent('Protéger les données')}&excludeId=${close.id}`);
    expect(excluded.body).toEqual([]);
    expect((await visitor.get(`/api/consultations/${slug}/proposals/similar?title=ab`)).body).toEqual([]);
    expect((await visitor.get(`/api/consultations/${slug}/proposals/similar`)).status).toBe(400);
  });

  it('filters by theme, pages, and shuffles with a stable seed', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await verifiedCitizen(s);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await publishedProposal(author, admin, slug, { title: `Idée ${i} ${uniqueSuffix()}`, theme: i < 3 ? 'Santé' : 'Transports' })).id);
    const health = await visitor.get(`/api/consultations/${slug}/proposals?theme=${encodeURIComponent('Santé')}`);
    expect(health.body.total).toBe(3);
    const newest = await visitor.get(`/api/consultations/${slug}/proposals?pageSize=3&page=1`);
    expect(newest.body).toMatchObject({ page: 1, pageSize: 3, total: 7 });
    expect(newest.body.items.map((p: { id: string }) => p.id)).toEqual([ids[6], ids[5], ids[4]]);
    const beyond = await visitor.get(`/api/consultations/${slug}/proposals?pageSize=3&page=4`);
    expect(beyond.body).toMatchObject({ items: [], total: 7 });

    const first = await visitor.get(`/api/consultations/${slug}/proposals?sort=random&pageSize=4`);
    expect(first.body.seed).toMatch(/^[A-Za-z0-9_-]+$/);
    const seed = first.body.seed;
    const again = await visitor.get(`/api/consultations/${slug}/proposals?sort=random&pageSize=4&seed=${seed}`);
    expect(again.body.items).toEqual(first.body.items);
    const rest = await visitor.get(`/api/consultations/${slug}/proposals?sort=random&pageSize=4&page=2&seed=${seed}`);
    const all = [...first.body.items, ...rest.body.items].map((p: { id: string }) => p.id);
    expect(new Set(all).size).toBe(7);
    const orders = new Set<string>();
    for (const other of ['a', 'b', 'c', 'd', 'e']) {
      orders.add((await visitor.get(`/api/consultations/${slug}/proposals?sort=random&pageSize=7&seed=${other}`)).body.items.map((p: { id: string }) => p.id).join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('sorts by supports (open ballots) and by majority grade, sealed while a secret vote runs', async () => {
    const support = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post', votingMethod: 'support', ballotSecrecy: 'open', revisionThreshold: null } });
    const author = await verifiedCitizen(s);
    const a = await publishedProposal(author, admin, support.slug, { title: 'Peu soutenue' });
    const b = await publishedProposal(author, admin, support.slug, { title: 'Très soutenue' });
    await withDatabase(s, async (db) => {
      const participants = await db.query(`SELECT participant_id FROM identity_register LIMIT 3`);
      for (const [index, row] of participants.rows.entries()) {
        await db.query(`INSERT INTO ballots (proposal_id, participant_id, value) VALUES ($1, $2, 1)`, [b.id, row.participant_id]);
        if (index === 0) await db.query(`INSERT INTO ballots (proposal_id, participant_id, value) VALUES ($1, $2, 1)`, [a.id, row.participant_id]);
      }
    });
    const bySupport = await visitor.get(`/api/consultations/${support.slug}/proposals?sort=most_supported`);
    expect(bySupport.status).toBe(200);
    expect(bySupport.body.items.map((p: { id: string }) => p.id)).toEqual([b.id, a.id]);
    expect((await visitor.get(`/api/consultations/${support.slug}/proposals?sort=best_grade`)).status).toBe(400);

    const graded = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const low = await publishedProposal(author, admin, graded.slug, { title: 'Passable' });
    const high = await publishedProposal(author, admin, graded.slug, { title: 'Excellente' });
    const none = await publishedProposal(author, admin, graded.slug, { title: 'Sans vote' });
    const sealed = await visitor.get(`/api/consultations/${graded.slug}/proposals?sort=best_grade`);
    expect(sealed.status).toBe(409);
    expect(sealed.body.message).toMatch(/vote est secret/);
    await withDatabase(s, async (db) => {
      for (const grade of [5, 5, 4]) await db.query(`INSERT INTO ballot_box (proposal_id, value) VALUES ($1, $2)`, [high.id, grade]);
      for (const grade of [2, 3, 1]) await db.query(`INSERT INTO ballot_box (proposal_id, value) VALUES ($1, $2)`, [low.id, grade]);
    });
    await admin.post(`/api/consultations/${graded.slug}/phase`, { to: 'voting_open' });
    await admin.post(`/api/consultations/${graded.slug}/phase`, { to: 'committee_review' });
    const best = await visitor.get(`/api/consultations/${graded.slug}/proposals?sort=best_grade&pageSize=2`);
    expect(best.status).toBe(200);
    expect(best.body.items.map((p: { id: string }) => p.id)).toEqual([high.id, low.id]);
    expect(best.body.total).toBe(3);
    const second = await visitor.get(`/api/consultations/${graded.slug}/proposals?sort=best_grade&pageSize=2&page=2`);
    expect(second.body.items.map((p: { id: string }) => p.id)).toEqual([none.id]);
  });
});

describe('proposals: authors shown', () => {
  it('shows a deleted author as "Participant·e supprimé·e"', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await verifiedCitizen(s);
    const me = (await author.get('/api/auth/me')).body;
    const proposal = await publishedProposal(author, admin, slug, { title: `Orpheline ${uniqueSuffix()}` });
    await withDatabase(s, (db) => db.query('DELETE FROM users WHERE id = $1', [me.id]));
    const seen = await visitor.get(`/api/proposals/${proposal.id}`);
    expect(seen.body.author).toEqual({ id: null, displayName: 'Participant·e supprimé·e', deleted: true });
    expect((await visitor.get(`/api/proposals/${proposal.id}`, { language: 'en' })).body.author.displayName).toBe('Deleted participant');
    const list = await visitor.get(`/api/consultations/${slug}/proposals`);
    expect(list.body.items[0].author.deleted).toBe(true);
  });

  it('stores only sanitised HTML', async () => {
    const { slug } = await newConsultation(admin);
    const author = await verifiedCitizen(s);
    const created = await author.post(`/api/consultations/${slug}/proposals`, {
      title: 'XSS',
      body: '<img src=x onerror=alert(1)> [lien](javascript:alert(1)) <a href="https://ok.example">ok</a>',
    });
    expect(created.status).toBe(201);
    expect(created.body.bodyHtml).not.toMatch(/onerror|javascript:|<img/);
    expect(created.body.bodyHtml).toContain('<a href="https://ok.example" rel="nofollow noopener noreferrer">ok</a>');
  });
});
