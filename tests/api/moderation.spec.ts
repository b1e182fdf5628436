import { randomUUID } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { adminClient, staffAccount, verifiedCitizen } from '../support/accounts';
import { Citizen, countBallots, countSealed, createConsultation, createProposals, insertCitizens, setPhase, votesDatabase } from '../support/fixtures-votes';
import { addToRoster, citizen, notices, sql } from '../support/moderation-fixtures';
import { waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';
import { newConsultation, publishedProposal, uniqueSuffix } from './participation-helpers';

const s = stack();
const admin = adminClient(s);
const visitor = new ApiClient(s.baseUrl);
const PHONE_TEXT = 'Appelez-moi au 06 12 34 56 78 pour en parler.';

let moderator: Awaited<ReturnType<typeof staffAccount>>;
let secondModerator: Awaited<ReturnType<typeof staffAccount>>;
beforeAll(async () => {
  moderator = await staffAccount(s, ['moderator']);
  secondModerator = await staffAccount(s, ['moderator']);
});

const decide = (client: ApiClient, type: string, id: string, action: string, body: Record<string, unknown> = {}, language: 'fr' | 'en' = 'fr') =>
  client.post(`/api/moderation/items/${type}/${id}/${action}`, body, { language });

async function submitted(author: ApiClient, slug: string, fields: Record<string, unknown> = {}): Promise<any> {
  const created = await author.post(`/api/consultations/${slug}/proposals`, { title: `Proposition ${uniqueSuffix()}`, body: 'Un texte sans rien de personnel.', submit: true, ...fields });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

describe('moderation: the queue and who may see it', () => {
  it('refuses visitors (401) and citizens (403); shows moderators submitted items with their personal data spans', async () => {
    const { slug } = await newConsultation(admin);
    const author = await citizen(s);
    const flagged = await submitted(author.client, slug, { body: PHONE_TEXT });
    const plain = await submitted(author.client, slug);
    // The author sees what the detector found, to fix it.
    expect(flagged.personalData).toEqual([{ field: 'body', kind: 'phone', start: 15, end: 29, text: '06 12 34 56 78' }]);

    expect((await visitor.get('/api/moderation/queue')).status).toBe(401);
    const refused = await author.client.get('/api/moderation/queue');
    expect(refused.status).toBe(403);
    expect((await author.client.post(`/api/moderation/items/proposal/${plain.id}/approve`)).status).toBe(403);

    const queue = await moderator.client.get(`/api/moderation/queue?consultation=${slug}`);
    expect(queue.status).toBe(200);
    expect(queue.body.total).toBe(2);
    const item = queue.body.items.find((i: { id: string }) => i.id === flagged.id);
    expect(item).toMatchObject({ targetType: 'proposal', state: 'submitted', reasons: ['submitted', 'flagged'], proposal: { ref: flagged.ref } });
    expect(item.personalData).toEqual([{ field: 'body', kind: 'phone', start: 15, end: 29, text: '06 12 34 56 78' }]);
    expect(item.body.slice(item.personalData[0].start, item.personalData[0].end)).toBe('06 12 34 56 78');
    expect(queue.body.items.find((i: { id: string }) => i.id === plain.id).reasons).toEqual(['submitted']);

    const onlyFlagged = await moderator.client.get(`/api/moderation/queue?consultation=${slug}&reason=flagged`);
    expect(onlyFlagged.body.items.map((i: { id: string }) => i.id)).toEqual([flagged.id]);
    const searched = await moderator.client.get(`/api/moderation/queue?consultation=${slug}&q=${encodeURIComponent('APPELEZ')}`);
    expect(searched.body.items.map((i: { id: string }) => i.id)).toEqual([flagged.id]);
    expect((await moderator.client.get(`/api/moderation/queue?consultation=${slug}&kind=comment`)).body.total).toBe(0);
    expect((await moderator.client.get('/api/moderation/queue?reason=whatever')).status).toBe(400);
    expect((await moderator.client.get('/api/moderation/queue?pageSize=500')).status).toBe(400);
    expect((await moderator.client.get('/api/moderation/queue?consultation=nulle-part')).status).toBe(404);
  });

  it('checks any text for personal data, signed in or not', async () => {
    const checked = await visitor.post('/api/moderation/check-text', { text: `Écrivez à jeanne.dupont@example.org. ${PHONE_TEXT}` });
    expect(checked.status).toBe(200);
    expect(checked.body.spans.map((span: { kind: string; text: string }) => [span.kind, span.text])).toEqual([
      ['email', 'jeanne.dupont@example.org'],
      ['phone', '06 12 34 56 78'],
    ]);
    expect((await visitor.post('/api/moderation/check-text', { text: 'Le 12/05/2024 à 34000 Montpellier' })).body.spans).toEqual([]);
    expect((await visitor.post('/api/moderation/check-text', { text: 'x'.repeat(25001) })).status).toBe(400);
    expect((await visitor.post('/api/moderation/check-text', {})).status).toBe(400);
  });
});

describe('moderation: decisions', () => {
  it('rejects for personal data with a note; the author reads why in-app and by mail, revises, resubmits, and is approved', async () => {
    const { slug } = await newConsultation(admin);
    const author = await citizen(s);
    const proposal = await submitted(author.client, slug, { title: 'Une permanence téléphonique', body: PHONE_TEXT });

    const rejected = await decide(moderator.client, 'proposal', proposal.id, 'reject', { reason: 'personal_data', note: 'Retirez votre numéro de téléphone.' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ action: 'reject', reason: 'personal_data', state: 'rejected', note: 'Retirez votre numéro de téléphone.' });

    const [notice] = await notices(author.client, 'moderation.rejected');
    expect(notice).toMatchObject({
      params: { targetType: 'proposal', reason: 'personal_data', note: 'Retirez votre numéro de téléphone.', proposalRef: proposal.ref, decisionId: rejected.body.id, consultationSlug: slug },
      link: `/consultations/${slug}/proposals/${proposal.ref}`,
      read: false,
    });
    const mail = await waitForMail(s.mailDir, author.email, (text) => text.includes('Une permanence téléphonique'));
    expect(mail).toContain('Motif : données personnelles.');
    expect(mail).toContain('Retirez votre numéro de téléphone.');

    const seen = await author.client.get(`/api/proposals/${proposal.id}`);
    expect(seen.body).toMatchObject({ state: 'rejected', stateReason: 'Retirez votre numéro de téléphone.' });
    expect(seen.body.moderation.lastDecision).toMatchObject({ id: rejected.body.id, reason: 'personal_data', appealable: true, decidedBy: null });
    expect(seen.body.permissions.canSubmit).toBe(true);

    const revised = await author.client.request('PATCH', `/api/proposals/${proposal.id}`, { body: 'Une permanence tenue par des agents, joignable par le standard de la mairie.' });
    expect(revised.status).toBe(200);
    expect(revised.body.personalData).toEqual([]);
    expect((await author.client.post(`/api/proposals/${proposal.id}/submit`)).body.state).toBe('submitted');
    const queued = await moderator.client.get(`/api/moderation/queue?consultation=${slug}`);
    expect(queued.body.items.find((i: { id: string }) => i.id === proposal.id).reasons).toEqual(['submitted']);
    // The rejection no longer stands: nothing to appeal.
    expect((await author.client.post(`/api/moderation/decisions/${rejected.body.id}/appeal`, { text: 'Trop tard' })).status).toBe(409);

    const approved = await decide(moderator.client, 'proposal', proposal.id, 'approve');
    expect(approved.body).toMatchObject({ action: 'approve', state: 'published', reason: null });
    expect((await visitor.get(`/api/proposals/${proposal.id}`)).body.state).toBe('published');
    expect(await notices(author.client, 'moderation.approved')).toHaveLength(1);
    expect((await moderator.client.get(`/api/moderation/queue?consultation=${slug}`)).body.total).toBe(0);
    // Decided twice: the second finds nothing to do.
    const again = await decide(moderator.client, 'proposal', proposal.id, 'restore');
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/published/);
  });

  it('answers bad decisions with a clear 400 in French and English', async () => {
    const { slug } = await newConsultation(admin);
    const author = await citizen(s);
    const proposal = await submitted(author.client, slug);
    const noReason = await decide(moderator.client, 'proposal', proposal.id, 'reject');
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/motif de la charte/);
    const other = await decide(moderator.client, 'proposal', proposal.id, 'reject', { reason: 'other' }, 'en');
    expect(other.status).toBe(400);
    expect(other.body.message).toMatch(/With the reason “other”/);
    expect((await decide(moderator.client, 'proposal', proposal.id, 'reject', { reason: 'rude' })).status).toBe(400);
    expect((await decide(moderator.client, 'proposal', proposal.id, 'approve', { reason: 'spam' })).status).toBe(400);
    expect((await decide(moderator.client, 'proposal', proposal.id, 'explode')).status).toBe(400);
    expect((await decide(moderator.client, 'poem', proposal.id, 'approve')).status).toBe(400);
    expect((await decide(moderator.client, 'proposal', 'not-a-uuid', 'approve')).status).toBe(400);
    expect((await decide(moderator.client, 'proposal', randomUUID(), 'approve')).status).toBe(404);
    expect((await decide(moderator.client, 'proposal', proposal.id, 'reject', { reason: 'other', note: 'x'.repeat(2001) })).status).toBe(400);
    const fine = await decide(moderator.client, 'proposal', proposal.id, 'reject', { reason: 'other', note: 'Publicité pour une entreprise.' });
    expect(fine.status).toBe(200);
  });

  it('decides in bulk, each item on its own, with a result per id', async () => {
    const { slug } = await newConsultation(admin);
    const author = await citizen(s);
    const a = await submitted(author.client, slug);
    const b = await submitted(author.client, slug);
    const c = await submitted(author.client, slug);
    await decide(moderator.client, 'proposal', c.id, 'reject', { reason: 'spam' });
    const missing = randomUUID();
    const result = await moderator.client.post('/api/moderation/bulk', { action: 'approve', targetType: 'proposal', ids: [a.id, b.id, c.id, missing] });
    expect(result.status).toBe(200);
    expect(result.body.results.map((r: { id: string; ok: boolean; statusCode: number }) => [r.id, r.ok, r.statusCode])).toEqual([
      [a.id, true, 200],
      [b.id, true, 200],
      [c.id, false, 409],
      [missing, false, 404],
    ]);
    expect(result.body.results[2].message).toMatch(/rejected/);
    expect((await visitor.get(`/api/consultations/${slug}/proposals`)).body.total).toBe(2);

    const d = await submitted(author.client, slug);
    const e = await submitted(author.client, slug);
    expect((await moderator.client.post('/api/moderation/bulk', { action: 'reject', targetType: 'proposal', ids: [d.id, e.id] })).status).toBe(400);
    const rejected = await moderator.client.post('/api/moderation/bulk', { action: 'reject', targetType: 'proposal', ids: [d.id, e.id], reason: 'duplicate' });
    expect(rejected.body.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect(await notices(author.client, 'moderation.rejected')).toHaveLength(3);
    expect((await moderator.client.post('/api/moderation/bulk', { action: 'hide', targetType: 'proposal', ids: [d.id] })).status).toBe(400);
    expect((await moderator.client.post('/api/moderation/bulk', { action: 'approve', targetType: 'proposal', ids: [] })).status).toBe(400);
    expect((await moderator.client.post('/api/moderation/bulk', { action: 'approve', targetType: 'proposal', ids: ['x'] })).status).toBe(400);
    expect((await author.client.post('/api/moderation/bulk', { action: 'approve', targetType: 'proposal', ids: [d.id] })).status).toBe(403);
  });

  it('holds flagged content under post-moderation: a proposal stays submitted, a comment pending, until approved', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await citizen(s);
    const held = await submitted(author.client, slug, { body: PHONE_TEXT });
    expect(held.state).toBe('submitted');
    const clean = await submitted(author.client, slug);
    expect(clean.state).toBe('published');
    // Editing a published text to add personal data sends it back to moderation.
    const edited = await author.client.request('PATCH', `/api/proposals/${clean.id}`, { summary: 'Contact : jeanne.dupont@example.org' });
    expect(edited.body.state).toBe('submitted');
    expect((await visitor.get(`/api/proposals/${clean.id}`)).status).toBe(404);

    const commenter = await citizen(s);
    const target = await publishedProposal(author.client, admin, slug);
    const comment = await commenter.client.post(`/api/proposals/${target.id}/comments`, { body: `Mon adresse : jeanne.dupont@example.org` });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ pendingReview: true, deleted: false, mine: true });
    expect((await visitor.get(`/api/proposals/${target.id}/comments`)).body.counts.total).toBe(0);

    const queue = await moderator.client.get(`/api/moderation/queue?consultation=${slug}&reason=flagged`);
    expect(queue.body.items.map((i: { id: string }) => i.id).sort()).toEqual([held.id, clean.id, comment.body.id].sort());
    const commentItem = queue.body.items.find((i: { id: string }) => i.id === comment.body.id);
    expect(commentItem).toMatchObject({ targetType: 'comment', state: 'pending', reasons: ['submitted', 'flagged'], proposal: { id: target.id } });
    expect(commentItem.personalData[0]).toMatchObject({ kind: 'email', text: 'jeanne.dupont@example.org' });

    expect((await decide(moderator.client, 'comment', comment.body.id, 'approve')).body.state).toBe('published');
    expect((await visitor.get(`/api/proposals/${target.id}/comments`)).body.counts.total).toBe(1);
    expect((await decide(moderator.client, 'proposal', clean.id, 'approve')).body.state).toBe('published');
    // Reviewed data does not send it back on the next edit of something else.
    const retitled = await author.client.request('PATCH', `/api/proposals/${clean.id}`, { title: 'Un titre plus clair' });
    expect(retitled.body.state).toBe('published');
    const log = await moderator.client.get(`/api/moderation/log?consultation=${slug}&action=hold_flagged`);
    expect(log.body.total).toBe(3);
    expect(log.body.items[0]).toMatchObject({ actor: null, reason: 'personal_data' });
  });

  it('does not let moderators decide about their own contributions', async () => {
    const { slug } = await newConsultation(admin);
    const own = await submitted(moderator.client, slug);
    const refused = await decide(moderator.client, 'proposal', own.id, 'approve');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/votre propre contribution/);
    expect((await decide(secondModerator.client, 'proposal', own.id, 'approve')).status).toBe(200);
  });
});

describe('moderation: appeals', () => {
  it('takes one appeal per decision from an author; the decider may not decide it (403), another moderator may', async () => {
    const { slug } = await newConsultation(admin);
    const author = await citizen(s);
    const stranger = await citizen(s);
    const proposal = await submitted(author.client, slug, { title: 'Des capteurs de bruit dans les rues' });
    const decision = await decide(moderator.client, 'proposal', proposal.id, 'reject', { reason: 'off_topic' });

    expect((await author.client.post(`/api/moderation/decisions/${decision.body.id}/appeal`, { text: '' })).status).toBe(400);
    expect((await stranger.client.post(`/api/moderation/decisions/${decision.body.id}/appeal`, { text: 'Moi aussi' })).status).toBe(403);
    expect((await stranger.client.get(`/api/moderation/decisions/${decision.body.id}`)).status).toBe(404);
    expect((await author.client.get(`/api/moderation/decisions/${decision.body.id}`)).body).toMatchObject({ appealable: true, decidedBy: null });
    const appeal = await author.client.post(`/api/moderation/decisions/${decision.body.id}/appeal`, { text: 'Le bruit est mesuré par des capteurs : c’est bien le sujet.' });
    expect(appeal.status).toBe(201);
    expect(appeal.body).toMatchObject({ decisionId: decision.body.id, outcome: null });
    expect((await author.client.post(`/api/moderation/decisions/${decision.body.id}/appeal`, { text: 'Encore' })).status).toBe(409);
    expect((await author.client.get(`/api/moderation/decisions/${decision.body.id}`)).body).toMatchObject({ appealable: false, appeal: { id: appeal.body.id } });

    const open = await secondModerator.client.get(`/api/moderation/appeals?consultation=${slug}`);
    expect(open.body.items).toEqual([expect.objectContaining({ id: appeal.body.id, canDecide: true, decision: expect.objectContaining({ reason: 'off_topic' }) })]);
    expect((await moderator.client.get(`/api/moderation/appeals?consultation=${slug}`)).body.items[0].canDecide).toBe(false);
    expect((await author.client.get('/api/moderation/appeals')).status).toBe(403);

    const own = await moderator.client.post(`/api/moderation/appeals/${appeal.body.id}/decide`, { outcome: 'overturned' });
    expect(own.status).toBe(403);
    expect(own.body.message).toMatch(/Vous avez pris la décision contestée/);
    expect((await secondModerator.client.post(`/api/moderation/appeals/${appeal.body.id}/decide`, { outcome: 'maybe' })).status).toBe(400);
    const overturned = await secondModerator.client.post(`/api/moderation/appeals/${appeal.body.id}/decide`, { outcome: 'overturned', note: 'Le bruit urbain relève bien de la consultation.' });
    expect(overturned.status).toBe(200);
    expect(overturned.body).toMatchObject({ outcome: 'overturned', note: 'Le bruit urbain relève bien de la consultation.' });
    expect((await visitor.get(`/api/proposals/${proposal.id}`)).body.state).toBe('published');
    expect((await secondModerator.client.post(`/api/moderation/appeals/${appeal.body.id}/decide`, { outcome: 'upheld' })).status).toBe(409);

    const [notice] = await notices(author.client, 'moderation.appeal-overturned');
    expect(notice.params).toMatchObject({ decisionId: decision.body.id, note: 'Le bruit urbain relève bien de la consultation.' });
    const mail = await waitForMail(s.mailDir, author.email, (text) => text.includes('Votre appel est accepté'));
    expect(mail).toContain('Des capteurs de bruit dans les rues');
    const log = await admin.get(`/api/moderation/log?consultation=${slug}`);
    expect(log.body.items.map((line: { action: string }) => line.action)).toEqual(['appeal_overturned', 'appeal', 'reject']);
  });

  it('upholds an appeal about a hidden comment: it stays hidden, the author is told', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await citizen(s);
    const proposal = await publishedProposal(author.client, admin, slug);
    const comment = await author.client.post(`/api/proposals/${proposal.id}/comments`, { body: 'Ceux qui pensent autrement sont des imbéciles.' });
    const hidden = await decide(moderator.client, 'comment', comment.body.id, 'hide', { reason: 'offensive' });
    expect(hidden.body.state).toBe('hidden');
    expect((await visitor.get(`/api/proposals/${proposal.id}/comments`)).body.counts.total).toBe(0);
    const [notice] = await notices(author.client, 'moderation.hidden');
    expect(notice.params).toMatchObject({ targetType: 'comment', commentExcerpt: 'Ceux qui pensent autrement sont des imbéciles.', reason: 'offensive' });
    expect(notice.link).toBe(`/consultations/${slug}/proposals/${proposal.ref}#comment-${comment.body.id}`);
    const appeal = await author.client.post(`/api/moderation/decisions/${notice.params.decisionId}/appeal`, { text: 'C’était de l’humour.' });
    expect(appeal.status).toBe(201);
    const upheld = await admin.post(`/api/moderation/appeals/${appeal.body.id}/decide`, { outcome: 'upheld' });
    expect(upheld.body.outcome).toBe('upheld');
    expect((await visitor.get(`/api/proposals/${proposal.id}/comments`)).body.counts.total).toBe(0);
    expect(await notices(author.client, 'moderation.appeal-upheld')).toHaveLength(1);
  });
});

describe('moderation: reports', () => {
  it('hides after 3 distinct reports, not 2, until a moderator restores; once per citizen, never one’s own', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await citizen(s);
    const proposal = await publishedProposal(author.client, admin, slug, { title: 'Vidéosurveillance intelligente partout' });
    const reporters = await Promise.all([1, 2, 3, 4].map(() => verifiedCitizen(s)));
    const report = (client: ApiClient, body: Record<string, unknown> = {}) =>
      client.post('/api/reports', { targetType: 'proposal', targetId: proposal.id, reason: 'offensive', ...body });

    expect((await visitor.post('/api/reports', { targetType: 'proposal', targetId: proposal.id, reason: 'spam' })).status).toBe(401);
    const own = await report(author.client);
    expect(own.status).toBe(403);
    expect(own.body.message).toMatch(/propre contribution/);
    expect((await report(reporters[0], { reason: 'nasty' })).status).toBe(400);
    expect((await report(reporters[0], { text: 'x'.repeat(1001) })).status).toBe(400);
    expect((await report(reporters[0], { targetId: randomUUID() })).status).toBe(404);
    expect((await report(reporters[0], { text: 'Propos stigmatisants' })).status).toBe(201);
    const twice = await report(reporters[0]);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/déjà signalé/);
    expect((await report(reporters[1], { reason: 'spam' })).status).toBe(201);
    expect((await visitor.get(`/api/proposals/${proposal.id}`)).status).toBe(200);

    const queued = await moderator.client.get(`/api/moderation/queue?consultation=${slug}&reason=reported`);
    expect(queued.body.items[0]).toMatchObject({ id: proposal.id, state: 'published', reasons: ['reported'] });
    expect(queued.body.items[0].reports).toEqual({ open: 2, total: 2, byReason: { offensive: 1, spam: 1 }, texts: ['Propos stigmatisants'], threshold: 3 });

    expect((await report(reporters[2])).status).toBe(201);
    expect((await visitor.get(`/api/proposals/${proposal.id}`)).status).toBe(404);
    expect((await author.client.get(`/api/proposals/${proposal.id}`)).body.state).toBe('hidden');
    expect(await notices(author.client, 'moderation.hidden-by-reports')).toHaveLength(1);
    await waitForMail(s.mailDir, author.email, (text) => text.includes('signalée par 3 participant·e·s'));

    const restored = await decide(moderator.client, 'proposal', proposal.id, 'restore', { note: 'Les signalements ne relèvent pas de la charte.' });
    expect(restored.body.state).toBe('published');
    expect((await visitor.get(`/api/proposals/${proposal.id}`)).status).toBe(200);
    // Earlier reports were answered by the review: one more does not hide it again.
    expect((await report(reporters[3])).status).toBe(201);
    expect((await visitor.get(`/api/proposals/${proposal.id}`)).status).toBe(200);
    const after = await moderator.client.get(`/api/moderation/queue?consultation=${slug}&reason=reported`);
    expect(after.body.items[0].reports).toMatchObject({ open: 1, total: 4 });
  });

  it('hides a comment reported three times; a moderator confirms it hidden', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await citizen(s);
    const commenter = await citizen(s);
    const proposal = await publishedProposal(author.client, admin, slug);
    const comment = await commenter.client.post(`/api/proposals/${proposal.id}/comments`, { body: 'Achetez mes formations en ligne !' });
    for (let i = 0; i < 3; i++) {
      const reporter = await verifiedCitizen(s);
      expect((await reporter.post('/api/reports', { targetType: 'comment', targetId: comment.body.id, reason: 'spam' })).status).toBe(201);
    }
    expect((await visitor.get(`/api/proposals/${proposal.id}/comments`)).body.counts.total).toBe(0);
    const item = (await moderator.client.get(`/api/moderation/queue?consultation=${slug}&kind=comment`)).body.items[0];
    expect(item).toMatchObject({ id: comment.body.id, state: 'hidden', reasons: ['reported'] });
    expect((await decide(moderator.client, 'comment', comment.body.id, 'confirm-hidden')).status).toBe(400);
    const confirmed = await decide(moderator.client, 'comment', comment.body.id, 'confirm-hidden', { reason: 'spam' });
    expect(confirmed.body).toMatchObject({ action: 'confirm_hidden', state: 'hidden' });
    expect((await moderator.client.get(`/api/moderation/queue?consultation=${slug}`)).body.total).toBe(0);
    expect(await notices(commenter.client, 'moderation.hidden-confirmed')).toHaveLength(1);
  });
});

describe('moderation: blocked accounts', () => {
  it('lets a blocked account read but not report, comment or propose', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await citizen(s);
    const proposal = await publishedProposal(author.client, admin, slug);
    const blocked = await citizen(s);
    expect((await admin.put(`/api/accounts/${blocked.id}/blocked`, { blocked: true })).status).toBe(200);
    const again = new ApiClient(s.baseUrl);
    expect((await again.post('/api/auth/login', { email: blocked.email, password: 'une longue phrase de passe bien à moi' })).status).toBe(200);
    expect((await again.get(`/api/proposals/${proposal.id}`)).status).toBe(200);
    const writes = [
      await again.post('/api/reports', { targetType: 'proposal', targetId: proposal.id, reason: 'spam' }),
      await again.post(`/api/proposals/${proposal.id}/comments`, { body: 'Je suis bloqué·e' }),
      await again.post(`/api/consultations/${slug}/proposals`, { title: 'Bloquée' }),
    ];
    for (const write of writes) {
      expect(write.status).toBe(403);
      expect(write.body.message).toMatch(/bloqué/);
    }
    expect((await sql(s, `SELECT count(*)::int AS n FROM content_reports WHERE reporter_id = $1`, [blocked.id]))[0].n).toBe(0);
  });
});

describe('moderation: committee members', () => {
  it('moderate only the consultations whose roster lists them', async () => {
    const mine = await newConsultation(admin);
    const theirs = await newConsultation(admin);
    const member = await staffAccount(s, ['committee']);
    await addToRoster(s, mine.id, member.id);
    const author = await citizen(s);
    const here = await submitted(author.client, mine.slug);
    const there = await submitted(author.client, theirs.slug);

    const queue = await member.client.get('/api/moderation/queue?pageSize=100');
    expect(queue.status).toBe(200);
    const ids = queue.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(here.id);
    expect(ids).not.toContain(there.id);
    const elsewhere = await member.client.get(`/api/moderation/queue?consultation=${theirs.slug}`);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.message).toMatch(/comité/);
    expect((await member.client.get('/api/moderation/consultations')).body.map((c: { slug: string }) => c.slug)).toEqual([mine.slug]);
    expect((await member.client.get(`/api/proposals/${here.id}`)).body.permissions.canModerate).toBe(true);
    expect((await member.client.get(`/api/proposals/${there.id}`)).status).toBe(404);

    expect((await decide(member.client, 'proposal', there.id, 'approve')).status).toBe(403);
    expect((await decide(member.client, 'proposal', here.id, 'approve')).status).toBe(200);
    expect((await member.client.get(`/api/moderation/log?consultation=${theirs.slug}`)).status).toBe(403);
    const log = await member.client.get('/api/moderation/log');
    expect(log.body.items.every((line: { consultation: { slug: string } }) => line.consultation.slug === mine.slug)).toBe(true);
  });
});

describe('moderation: merging duplicates', () => {
  const db = votesDatabase(s);
  let voters: Citizen[];
  beforeAll(async () => {
    voters = await insertCitizens(db, s, 8);
  });
  afterAll(() => db.end());

  it('merges A into B in one go: co-authors, open ballots moved where B has none, tallies equal to ballots', async () => {
    const consultation = await createConsultation(db, 'voting_open', { votingMethod: 'majority_judgment', ballotSecrecy: 'open' });
    const authorA = await citizen(s);
    const authorB = await citizen(s);
    const [a] = await createProposals(db, consultation, ['Un registre des algorithmes'], { authorId: authorA.id });
    const [b] = await createProposals(db, consultation, ['Publier la liste des algorithmes'], { authorId: authorB.id });
    const vote = (voter: Citizen, id: string, grade: number) => voter.client.put(`/api/proposals/${id}/vote`, { grade });
    for (const [i, voter] of voters.slice(0, 4).entries()) expect((await vote(voter, a, 5 - (i % 2))).status).toBe(200);
    for (const voter of voters.slice(2, 6)) expect((await vote(voter, b, 2)).status).toBe(200);

    expect((await authorA.client.post('/api/moderation/merge', { from: a, into: b })).status).toBe(403);
    expect((await moderator.client.post('/api/moderation/merge', { from: a, into: a })).status).toBe(400);
    expect((await moderator.client.post('/api/moderation/merge', { from: a, into: 'nope' })).status).toBe(400);
    expect((await moderator.client.post('/api/moderation/merge', { from: a, into: randomUUID() })).status).toBe(404);
    const merged = await moderator.client.post('/api/moderation/merge', { from: a, into: b, note: 'Même idée.' });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ ballotsMoved: 2, ballotsDropped: 2, secretBallotsMoved: 0, coauthorsAdded: 1 });

    expect(await countBallots(db, 'ballots', a)).toEqual({});
    // The two who voted on both keep their own ballot on B (grade 2); the two others' move with their grade.
    expect(await countBallots(db, 'ballots', b)).toEqual({ '2': 4, '4': 1, '5': 1 });
    const results = await visitor.get(`/api/proposals/${b}/results`);
    expect(results.status).toBe(200);
    expect(results.body.ballots).toBe(6);
    const [{ n }] = await sql(s, `SELECT count(*)::int AS n FROM ballots WHERE proposal_id = $1`, [b]);
    expect(results.body.ballots).toBe(n);

    const redirected = await visitor.get(`/api/proposals/${a}`);
    expect(redirected.body).toMatchObject({ state: 'merged', mergedInto: { id: b, consultationSlug: consultation.slug } });
    const target = await visitor.get(`/api/proposals/${b}`);
    expect(target.body.coauthors.map((c: { id: string }) => c.id)).toEqual([authorA.id]);
    expect(target.body.mergedInto).toBeNull();
    expect(await notices(authorA.client, 'moderation.merged')).toHaveLength(1);
    expect((await notices(authorB.client, 'moderation.merged-into'))[0].params).toMatchObject({ fromId: a });
    expect((await vote(voters[0], a, 3)).status).toBe(409);
    expect((await moderator.client.post('/api/moderation/merge', { from: a, into: b })).status).toBe(409);
  });

  it('moves secret ballots only when nobody voted on both, keeping register and box equal', async () => {
    const consultation = await createConsultation(db, 'voting_open', { votingMethod: 'majority_judgment', ballotSecrecy: 'secret' });
    const [a, b, c] = await createProposals(db, consultation, ['Secret A', 'Secret B', 'Secret C']);
    const vote = (voter: Citizen, id: string, grade: number) => voter.client.put(`/api/proposals/${id}/vote`, { grade });
    for (const voter of voters.slice(0, 3)) expect((await vote(voter, a, 4)).status).toBe(200);
    for (const voter of voters.slice(3, 5)) expect((await vote(voter, b, 1)).status).toBe(200);
    expect((await vote(voters[0], c, 3)).status).toBe(200);

    const overlap = await moderator.client.post('/api/moderation/merge', { from: a, into: c });
    expect(overlap.status).toBe(409);
    expect(overlap.body.message).toMatch(/bulletin secret sur les deux propositions/);
    expect(await countSealed(db, a)).toBe(3);

    const merged = await moderator.client.post('/api/moderation/merge', { from: a, into: b });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ ballotsMoved: 0, secretBallotsMoved: 3 });
    expect(await countSealed(db, a)).toBe(0);
    expect(await countSealed(db, b)).toBe(5);
    const [{ register }] = await sql(s, `SELECT count(*)::int AS register FROM vote_register WHERE proposal_id = $1`, [b]);
    expect(register).toBe(5);
    // A voter who moved with A cannot vote on B again: their secret ballot is there already.
    expect((await vote(voters[0], b, 2)).status).toBe(409);
    // At the close the moved ballots open with the rest of B's, into B's box.
    await setPhase(db, consultation, 'committee_review');
    expect(await countBallots(db, 'ballot_box', b)).toEqual({ '1': 2, '4': 3 });
    expect(await countSealed(db, [a, b, c])).toBe(0);
  });

  it('refuses merges once voting has closed', async () => {
    const consultation = await createConsultation(db, 'committee_review', { votingMethod: 'majority_judgment', ballotSecrecy: 'open' });
    const [a, b] = await createProposals(db, consultation, ['Clos A', 'Clos B']);
    const refused = await moderator.client.post('/api/moderation/merge', { from: a, into: b });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/vote est clos/);
  });
});

describe('moderation: log and public summary', () => {
  it('logs every action for moderators and publishes counts by reason, with nothing personal', async () => {
    const { slug } = await newConsultation(admin, 'proposals_open', { settings: { moderation: 'post' } });
    const author = await citizen(s);
    const secret = 'Texte très personnel de Jeanne';
    const p1 = await submitted(author.client, slug, { title: `${secret} 1` });
    const p2 = await submitted(author.client, slug, { title: `${secret} 2` });
    const p3 = await submitted(author.client, slug, { title: `${secret} 3` });
    await decide(moderator.client, 'proposal', p1.id, 'reject', { reason: 'off_topic', note: 'Note privée au sujet de Jeanne' });
    await decide(moderator.client, 'proposal', p2.id, 'reject', { reason: 'off_topic' });
    await decide(moderator.client, 'proposal', p3.id, 'hide', { reason: 'offensive' });

    const log = await moderator.client.get(`/api/moderation/log?consultation=${slug}`);
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(3);
    expect(log.body.items[0]).toMatchObject({ action: 'hide', targetType: 'proposal', targetId: p3.id, reason: 'offensive', actor: { id: moderator.id } });
    expect((await moderator.client.get(`/api/moderation/log?consultation=${slug}&action=reject`)).body.total).toBe(2);
    expect((await moderator.client.get(`/api/moderation/log?consultation=${slug}&targetId=${p1.id}`)).body.items[0].note).toBe('Note privée au sujet de Jeanne');
    expect((await moderator.client.get('/api/moderation/log?action=shout')).status).toBe(400);
    expect((await author.client.get('/api/moderation/log')).status).toBe(403);

    const summary = await visitor.get(`/api/consultations/${slug}/moderation-summary`);
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({
      consultationSlug: slug,
      proposals: { rejected: { off_topic: 2 }, hidden: { offensive: 1 }, merged: 0 },
      comments: { rejected: {}, hidden: {} },
      decisions: 3,
      appeals: { filed: 0, upheld: 0, overturned: 0, pending: 0 },
    });
    const text = JSON.stringify(summary.body);
    for (const personal of ['Jeanne', author.email, author.id, moderator.id, p1.id, 'Test']) expect(text).not.toContain(personal);
    expect((await visitor.get('/api/consultations/nulle-part/moderation-summary')).status).toBe(404);
  });
});
