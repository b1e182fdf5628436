import { ApiClient } from '../support/api-client';
import { adminClient, verifiedCitizen } from '../support/accounts';
import { stack } from '../support/stack-env';
import { newConsultation, publishedProposal } from './participation-helpers';

const s = stack();
const admin = adminClient(s);
const visitor = new ApiClient(s.baseUrl);

async function setting() {
  const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
  const author = await verifiedCitizen(s);
  const proposal = await publishedProposal(author, admin, slug);
  return { slug, author, proposal, path: `/api/proposals/${proposal.id}/comments` };
}

describe('comments: who may write, and when', () => {
  it('refuses visitors (401), unpublished proposals, closed phases (409) and people not eligible (403)', async () => {
    const { slug, author, proposal, path } = await setting();
    expect((await visitor.post(path, { body: 'Bonjour' })).status).toBe(401);
    const draft = await author.post(`/api/consultations/${slug}/proposals`, { title: 'Brouillon' });
    const other = await verifiedCitizen(s);
    expect((await other.post(`/api/proposals/${draft.body.id}/comments`, { body: 'Vu ?' })).status).toBe(404);
    const onDraft = await author.post(`/api/proposals/${draft.body.id}/comments`, { body: 'Note' });
    expect(onDraft.status).toBe(409);
    expect(onDraft.body.message).toMatch(/proposition publiée/);
    expect((await other.post(path, { body: '' })).status).toBe(400);
    expect((await other.post(path, { body: 'x'.repeat(5001) })).status).toBe(400);
    expect((await other.post(path, { body: 'Ok', stance: 'maybe' })).status).toBe(400);
    expect((await other.post(path, { body: 'Ok', parentId: 'nope' })).status).toBe(400);
    await admin.post(`/api/consultations/${slug}/phase`, { to: 'voting_open' });
    expect((await other.post(path, { body: 'Pendant le vote', stance: 'for' })).status).toBe(201);
    await admin.post(`/api/consultations/${slug}/phase`, { to: 'committee_review' });
    const closed = await other.post(path, { body: 'Après le vote' });
    expect(closed.status).toBe(409);
    expect(closed.body.message).toMatch(/commentaires ne sont pas ouverts/);
    expect((await visitor.get(path)).body.counts.total).toBe(1);

    const residents = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post', eligibility: { kind: 'residents', postcodes: ['34000'] } } });
    const resident = await verifiedCitizen(s);
    await resident.post(`/api/consultations/${residents.slug}/join`, { postcode: '34000' });
    const local = await publishedProposal(resident, admin, residents.slug);
    const outsider = await verifiedCitizen(s);
    expect((await outsider.post(`/api/proposals/${local.id}/comments`, { body: 'Je ne suis pas d’ici' })).status).toBe(403);
    expect((await resident.post(`/api/proposals/${local.id}/comments`, { body: 'Je suis d’ici' })).status).toBe(201);
    expect(proposal.id).toBeDefined();
  });
});

describe('comments: threads', () => {
  it('nests replies three levels deep and refuses a fourth (400)', async () => {
    const { path } = await setting();
    const citizen = await verifiedCitizen(s);
    const top = await citizen.post(path, { body: 'Niveau 1', stance: 'for' });
    expect(top.body).toMatchObject({ depth: 0, stance: 'for', deleted: false, mine: true, author: { displayName: 'Test' } });
    const second = await citizen.post(path, { body: 'Niveau 2', parentId: top.body.id });
    expect(second.body).toMatchObject({ depth: 1, parentId: top.body.id, stance: 'neutral' });
    const third = await citizen.post(path, { body: 'Niveau 3', parentId: second.body.id, stance: 'against' });
    expect(third.body.depth).toBe(2);
    const fourth = await citizen.post(path, { body: 'Niveau 4', parentId: third.body.id });
    expect(fourth.status).toBe(400);
    expect(fourth.body.message).toMatch(/troisième niveau/);
    expect((await citizen.post(path, { body: 'Niveau 4', parentId: third.body.id }, { language: 'en' })).body.message).toMatch(/third level/);

    const page = await visitor.get(path);
    expect(page.body.total).toBe(1);
    const [thread] = page.body.items;
    expect(thread).toMatchObject({ id: top.body.id, replyCount: 1, mine: false });
    expect(thread.replies[0]).toMatchObject({ id: second.body.id, replyCount: 1 });
    expect(thread.replies[0].replies[0]).toMatchObject({ id: third.body.id, body: 'Niveau 3', replies: [] });
    const replies = await visitor.get(`/api/comments/${second.body.id}/replies`);
    expect(replies.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: third.body.id })] });

    const elsewhere = await setting();
    expect((await citizen.post(elsewhere.path, { body: 'Mauvais fil', parentId: top.body.id })).status).toBe(404);
  });

  it('edits and deletes one’s own; a deleted comment with replies stays as "deleted", without them it disappears', async () => {
    const { path } = await setting();
    const alice = await verifiedCitizen(s);
    const bob = await verifiedCitizen(s);
    const parent = await alice.post(path, { body: 'Je suis pour', stance: 'for' });
    const reply = await bob.post(path, { body: 'Je réponds', parentId: parent.body.id, stance: 'against' });
    const lonely = await alice.post(path, { body: 'Seul', stance: 'neutral' });

    expect((await bob.request('PATCH', `/api/comments/${parent.body.id}`, { body: 'Piraté' })).status).toBe(403);
    expect((await bob.delete(`/api/comments/${parent.body.id}`)).status).toBe(403);
    expect((await visitor.delete(`/api/comments/${parent.body.id}`)).status).toBe(401);
    const edited = await alice.request('PATCH', `/api/comments/${parent.body.id}`, { body: 'Je suis pour, vraiment' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: 'Je suis pour, vraiment', stance: 'for' });
    expect(edited.body.editedAt).not.toBeNull();

    expect((await alice.delete(`/api/comments/${parent.body.id}`)).status).toBe(204);
    expect((await alice.delete(`/api/comments/${lonely.body.id}`)).status).toBe(204);
    expect((await alice.delete(`/api/comments/${lonely.body.id}`)).status).toBe(404);
    expect((await alice.request('PATCH', `/api/comments/${parent.body.id}`, { body: 'Revenu' })).status).toBe(404);

    const page = await visitor.get(path);
    expect(page.body.total).toBe(1);
    expect(page.body.items[0]).toMatchObject({ id: parent.body.id, deleted: true, author: null, body: null, stance: null, replyCount: 1 });
    expect(page.body.items[0].replies[0]).toMatchObject({ id: reply.body.id, body: 'Je réponds', deleted: false });
    expect(page.body.counts).toEqual({ total: 1, for: 0, against: 1, neutral: 0 });
    expect((await bob.post(path, { body: 'Répondre au supprimé', parentId: parent.body.id })).status).toBe(409);

    // Once its last reply goes too, the placeholder goes.
    expect((await bob.delete(`/api/comments/${reply.body.id}`)).status).toBe(204);
    const empty = await visitor.get(path);
    expect(empty.body).toMatchObject({ items: [], total: 0, counts: { total: 0, for: 0, against: 0, neutral: 0 } });
  });
});

describe('comments: pages, counts and sorts', () => {
  it('counts per stance, pages top-level comments and balances stances', async () => {
    const { path } = await setting();
    const citizen = await verifiedCitizen(s);
    const stances = ['for', 'for', 'for', 'for', 'against', 'against', 'neutral'];
    const ids: string[] = [];
    for (const [index, stance] of stances.entries()) ids.push((await citizen.post(path, { body: `Avis ${index}`, stance })).body.id);
    await citizen.post(path, { body: 'Une réponse', stance: 'against', parentId: ids[0] });

    const first = await visitor.get(`${path}?pageSize=3`);
    expect(first.body).toMatchObject({ page: 1, pageSize: 3, total: 7 });
    expect(first.body.counts).toEqual({ total: 8, for: 4, against: 3, neutral: 1 });
    expect(first.body.items.map((c: { id: string }) => c.id)).toEqual([ids[6], ids[5], ids[4]]);
    const oldest = await visitor.get(`${path}?sort=oldest&pageSize=2&page=2`);
    expect(oldest.body.items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[3]]);

    const balance = await visitor.get(`${path}?sort=balance&pageSize=100`);
    expect(balance.body.items.map((c: { stance: string }) => c.stance)).toEqual(['for', 'against', 'neutral', 'for', 'against', 'for', 'for']);
    expect((await visitor.get(`${path}?pageSize=101`)).status).toBe(400);
    expect((await visitor.get(`${path}?page=0`)).status).toBe(400);
    expect((await visitor.get(`${path}?sort=loudest`)).status).toBe(400);
  });
});
