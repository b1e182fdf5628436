import { ApiClient } from '../support/api-client';
import { adminClient, verifiedCitizen } from '../support/accounts';
import {
  castOpenBallots,
  closedVote,
  committeeAccounts,
  FOR_AGAINST_OPEN,
  insertProposals,
  setRoster,
  Staff,
} from '../support/committee-fixtures';
import { Citizen, createConsultation, insertCitizens, setPhase, votesDatabase } from '../support/fixtures-votes';
import { stack } from '../support/stack-env';

const s = stack();
const db = votesDatabase(s);
const visitor = new ApiClient(s.baseUrl);

let chair: Staff;
let m1: Staff;
let m2: Staff;
let m3: Staff;
let outsider: Staff;
let citizen: ApiClient;
let citizens: Citizen[];

beforeAll(async () => {
  [chair, m1, m2, m3, outsider] = await committeeAccounts(s, 5);
  citizen = await verifiedCitizen(s);
  citizens = await insertCitizens(db, s, 6);
}, 120_000);
afterAll(() => db.end());

const ballot = (member: Staff, id: string, body: unknown) => member.client.put(`/api/proposals/${id}/committee/ballot`, body);

/** A consultation in committee_review whose review is open, with a roster; returns its proposals. */
async function inReview(members: Staff[], settings: Record<string, unknown> = {}, titles = ['Un registre public des algorithmes']) {
  const fixture = await closedVote(db, FOR_AGAINST_OPEN, titles);
  await setRoster(s, fixture.consultation.slug, chair, members, settings);
  const opened = await chair.client.post(`/api/consultations/${fixture.consultation.slug}/committee/review`);
  expect(opened.status).toBe(200);
  return fixture;
}

describe('the roster', () => {
  it('is set by admins: exactly one chair, every member holding the committee role', async () => {
    const { consultation } = await closedVote(db, FOR_AGAINST_OPEN, ['Former les agents'], null, 'voting_open');
    const path = `/api/consultations/${consultation.slug}/committee`;
    const admin = adminClient(s);
    const twoChairs = await admin.put(path, {
      members: [
        { userId: chair.id, role: 'chair' },
        { userId: m1.id, role: 'chair' },
      ],
    });
    expect(twoChairs.status).toBe(400);
    expect(twoChairs.body.message).toMatch(/exactement une présidence/);
    expect((await admin.put(path, { members: [{ userId: m1.id, role: 'member' }] })).status).toBe(400);
    expect(
      (
        await admin.put(path, {
          members: [
            { userId: chair.id, role: 'chair' },
            { userId: chair.id, role: 'member' },
          ],
        })
      ).status,
    ).toBe(400);
    const me = (await citizen.get('/api/auth/me')).body;
    const notCommittee = await admin.put(path, {
      members: [
        { userId: chair.id, role: 'chair' },
        { userId: me.id, role: 'member' },
      ],
    });
    expect(notCommittee.status).toBe(400);
    expect(notCommittee.body.message).toMatch(/rôle « comité »/);
    const badRule = await admin.put(path, {
      members: [{ userId: chair.id, role: 'chair' }],
      settings: { qualifiedMajority: { numerator: 1, denominator: 2 } },
    });
    expect(badRule.status).toBe(400);
    expect((await chair.client.put(path, { members: [{ userId: chair.id, role: 'chair' }] })).status).toBe(403);

    const set = await admin.put(path, {
      members: [
        { userId: m1.id, role: 'member' },
        { userId: chair.id, role: 'chair' },
      ],
      settings: { publication: 'named', qualifiedMajority: { numerator: 2, denominator: 3 } },
    });
    expect(set.status).toBe(200);
    expect(set.body.members[0]).toMatchObject({ userId: chair.id, role: 'chair' });
    expect(set.body.members).toHaveLength(2);
    expect(set.body.settings).toEqual({
      voteMethod: 'choices',
      qualifiedMajority: { numerator: 2, denominator: 3 },
      adoptionMinGrade: null,
      publication: 'named',
    });

    const read = await m1.client.get(path);
    expect(read.status).toBe(200);
    expect(read.body.viewer).toEqual({ isMember: true, isChair: false, isAdmin: false });
    expect(read.body.review).toMatchObject({ opened: false, canOpen: false });
    expect((await admin.get(path)).body.viewer).toEqual({ isMember: false, isChair: false, isAdmin: true });
    expect((await outsider.client.get(path)).status).toBe(403);
    expect((await citizen.get(path)).status).toBe(403);
    expect((await visitor.get(path)).status).toBe(401);

    // Where each member sits, and whom an admin may appoint.
    const mine = await m1.client.get('/api/committee/consultations');
    expect(mine.body.find((c: any) => c.consultation.slug === consultation.slug)).toMatchObject({
      role: 'member',
      reviewOpened: false,
      proposals: 0,
    });
    expect(
      (await outsider.client.get('/api/committee/consultations')).body.some((c: any) => c.consultation.slug === consultation.slug),
    ).toBe(false);
    const candidates = await admin.get(`/api/committee/candidates?q=${encodeURIComponent(chair.email)}`);
    expect(candidates.body).toMatchObject({ total: 1, items: [{ userId: chair.id, email: chair.email, totpEnabled: true }] });
    expect((await chair.client.get('/api/committee/candidates')).status).toBe(403);
  });
});

describe('opening the review', () => {
  it('selects the proposals by the review rule, lazily when no revision round can start', async () => {
    const consultation = await createConsultation(db, 'committee_review', {
      votingMethod: 'support',
      ballotSecrecy: 'open',
      revisionThreshold: null,
      reviewRule: { kind: 'min_supports', minSupports: 3 },
    });
    const [popular, unpopular] = await insertProposals(db, consultation, ['Une IA pour les horaires de bus', 'Un robot au guichet']);
    await castOpenBallots(db, popular.id, citizens, [1, 1, 1, 1]);
    await castOpenBallots(db, unpopular.id, citizens, [1]);
    await setRoster(s, consultation.slug, chair, [m1]);

    const page = await m1.client.get(`/api/consultations/${consultation.slug}/committee/reviews`);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(1);
    const [item] = page.body.items;
    expect(item.proposal).toMatchObject({ id: popular.id, state: 'under_review' });
    expect(item.citizens).toMatchObject({ ballots: 4, results: { method: 'support', supports: 4 } });
    expect(item.vote).toMatchObject({
      closed: false,
      ballotsCast: 0,
      eligible: 2,
      quorumRequired: 2,
      myBallot: null,
      canVote: true,
      canClose: false,
    });
    expect(item.notes).toBe(0);
    const states = await db.query(`SELECT id, state FROM proposals WHERE consultation_id = $1`, [consultation.id]);
    expect(Object.fromEntries(states.rows.map((r) => [r.id, r.state]))).toEqual({
      [popular.id]: 'under_review',
      [unpopular.id]: 'published',
    });
    const notices = await m1.client.get('/api/notifications');
    expect(
      notices.body.items.some((n: any) => n.kind === 'committee.review-opened' && n.params.consultationSlug === consultation.slug),
    ).toBe(true);
  });

  it('waits for the chair or an admin when a revision round could still start', async () => {
    const consultation = await createConsultation(db, 'voting_open', {
      votingMethod: 'majority_judgment',
      ballotSecrecy: 'open',
      revisionThreshold: 3,
    });
    const [proposal] = await insertProposals(db, consultation, ['Évaluer l’utilité de chaque projet']);
    await castOpenBallots(db, proposal.id, citizens, [5, 4, 4]);
    await setRoster(s, consultation.slug, chair, [m1]);
    const path = `/api/consultations/${consultation.slug}/committee`;
    expect((await chair.client.post(`${path}/review`)).status).toBe(409);

    await setPhase(db, consultation, 'committee_review');
    expect((await m1.client.get(`${path}/reviews`)).body.total).toBe(0);
    expect((await chair.client.get(path)).body.review).toMatchObject({ opened: false, canOpen: true });
    expect((await m1.client.post(`${path}/review`)).status).toBe(403);
    const opened = await chair.client.post(`${path}/review`);
    expect(opened.body).toMatchObject({ selected: [proposal.id], proposals: 1 });
    const again = await adminClient(s).post(`${path}/review`);
    expect(again.body).toMatchObject({ selected: [], proposals: 1 });
    const item = (await m1.client.get(`${path}/reviews`)).body.items[0];
    expect(item.citizens.results).toMatchObject({ method: 'majority_judgment', majorityGrade: 4, rank: 1 });
  });
});

describe('private notes', () => {
  it('are read and written by the committee of the consultation only', async () => {
    const { proposals } = await inReview([m1]);
    const notes = `/api/proposals/${proposals[0].id}/committee/notes`;
    const written = await m1.client.post(notes, { body: 'À vérifier : coût du registre.' });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ body: 'À vérifier : coût du registre.', mine: true });
    const read = await chair.client.get(notes);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ total: 1, items: [{ mine: false, author: { id: m1.id } }] });
    // By number too, as the proposals API accepts.
    expect((await chair.client.get(`/api/proposals/${proposals[0].ref}/committee/notes`)).body.total).toBe(1);

    expect((await outsider.client.get(notes)).status).toBe(403);
    expect((await adminClient(s).get(notes)).status).toBe(403);
    expect((await citizen.get(notes)).status).toBe(403);
    expect((await visitor.get(notes)).status).toBe(401);
    expect((await outsider.client.post(notes, { body: 'intrus' })).status).toBe(403);

    const id = written.body.id;
    expect((await chair.client.request('PATCH', `/api/committee/notes/${id}`, { body: 'Réécrit' })).status).toBe(403);
    expect((await outsider.client.delete(`/api/committee/notes/${id}`)).status).toBe(403);
    expect((await m1.client.request('PATCH', `/api/committee/notes/${id}`, { body: 'Coût : 20 k€.' })).body.body).toBe('Coût : 20 k€.');
    const adminView = await adminClient(s).get(`/api/proposals/${proposals[0].id}/committee`);
    expect(adminView.status).toBe(200);
    expect(adminView.body.notes).toBeNull();
    expect(JSON.stringify(adminView.body)).not.toContain('20 k€');
    expect((await m1.client.delete(`/api/committee/notes/${id}`)).status).toBe(204);
  });
});

describe('the committee vote', () => {
  it('keeps ballots sealed until the chair closes it, refuses to close without quorum, then tallies', async () => {
    const { proposals } = await inReview([m1, m2, m3]);
    const id = proposals[0].id;
    expect((await ballot(m1, id, { choice: 'adopt' })).status).toBe(400);
    expect((await ballot(m1, id, { choice: 'adopt', reason: '   ' })).status).toBe(400);
    expect((await ballot(m1, id, { grade: 4, reason: 'Mauvaise forme' })).status).toBe(400);
    const cast = await ballot(m1, id, { choice: 'adopt', reason: 'Transparence indispensable' });
    expect(cast.status).toBe(200);
    expect(cast.body).toMatchObject({ kind: 'vote', choice: 'adopt', reason: 'Transparence indispensable', member: { userId: m1.id } });
    expect((await outsider.client.put(`/api/proposals/${id}/committee/ballot`, { choice: 'reject', reason: 'x' })).status).toBe(403);
    expect((await citizen.put(`/api/proposals/${id}/committee/ballot`, { choice: 'reject', reason: 'x' })).status).toBe(403);

    // Nobody reads another member's ballot before the close: not a member, not the chair, not an admin.
    for (const reader of [m2.client, chair.client, adminClient(s), outsider.client]) {
      const sealed = await reader.get(`/api/proposals/${id}/committee/ballots`);
      expect(sealed.status).toBe(403);
    }
    expect((await m2.client.get(`/api/proposals/${id}/committee/ballots`)).body.message).toMatch(/scellés/);
    expect((await m2.client.get(`/api/proposals/${id}/committee/ballot`)).status).toBe(404);
    expect((await outsider.client.get(`/api/proposals/${id}/committee/ballot`)).status).toBe(403);
    const seenByM2 = await m2.client.get(`/api/proposals/${id}/committee`);
    expect(seenByM2.body.vote).toMatchObject({ ballotsCast: 1, myBallot: null, tally: null, decision: null });
    expect(JSON.stringify(seenByM2.body)).not.toContain('Transparence indispensable');
    expect(JSON.stringify((await adminClient(s).get(`/api/proposals/${id}/committee/vote`)).body)).not.toContain('Transparence');
    expect((await m1.client.get(`/api/proposals/${id}/committee/vote`)).body.myBallot).toMatchObject({ choice: 'adopt' });

    expect((await m1.client.post(`/api/proposals/${id}/committee/vote/close`)).status).toBe(403);
    expect((await adminClient(s).post(`/api/proposals/${id}/committee/vote/close`)).status).toBe(403);
    const noQuorum = await chair.client.post(`/api/proposals/${id}/committee/vote/close`);
    expect(noQuorum.status).toBe(409);
    expect(noQuorum.body.message).toMatch(/Quorum non atteint : 1 membre\(s\) sur 4 .* au moins 3/);
    const english = await chair.client.post(`/api/proposals/${id}/committee/vote/close`, {}, { language: 'en' });
    expect(english.body.message).toMatch(/Quorum not reached/);

    const recusal = await ballot(m2, id, { choice: 'recuse', reason: 'Je travaille pour le prestataire' });
    expect(recusal.body).toMatchObject({ kind: 'recusal', choice: null, reason: 'Je travaille pour le prestataire' });
    expect((await chair.client.post(`/api/proposals/${id}/committee/vote/close`)).status).toBe(409);
    await ballot(m3, id, { choice: 'adopt_with_amendments', reason: 'Préciser le périmètre' });
    const closed = await chair.client.post(`/api/proposals/${id}/committee/vote/close`);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      closed: true,
      decision: 'adopted',
      tally: {
        method: 'choices',
        members: 4,
        recused: 1,
        eligible: 3,
        voted: 2,
        quorumRequired: 2,
        adopt: 1,
        adoptWithAmendments: 1,
        reject: 0,
        abstain: 0,
      },
    });

    const opened = await m2.client.get(`/api/proposals/${id}/committee/ballots`);
    expect(opened.status).toBe(200);
    expect(opened.body.map((b: any) => [b.member.userId, b.kind, b.choice])).toEqual(
      expect.arrayContaining([
        [m1.id, 'vote', 'adopt'],
        [m2.id, 'recusal', null],
        [m3.id, 'vote', 'adopt_with_amendments'],
      ]),
    );
    expect((await adminClient(s).get(`/api/proposals/${id}/committee/ballots`)).status).toBe(200);
    expect((await outsider.client.get(`/api/proposals/${id}/committee/ballots`)).status).toBe(403);
    expect((await ballot(m1, id, { choice: 'reject', reason: 'Changé d’avis' })).status).toBe(409);
    expect((await chair.client.post(`/api/proposals/${id}/committee/vote/close`)).status).toBe(409);

    const log = await visitor.get('/api/audit-log?pageSize=100');
    const last = (await visitor.get(`/api/audit-log?page=${Math.ceil(log.body.total / 100)}&pageSize=100`)).body.items;
    expect(last.find((e: any) => e.kind === 'committee.vote-closed' && e.payload.proposal.id === id)?.payload).toMatchObject({
      decision: 'adopted',
      tally: { adopt: 1 },
    });
    expect((await visitor.get('/api/audit-log/verify')).body).toMatchObject({ valid: true });
  });

  it('lets a member take back a ballot while the vote is open', async () => {
    const { proposals } = await inReview([m1]);
    const id = proposals[0].id;
    await ballot(m1, id, { choice: 'reject', reason: 'Trop coûteux' });
    expect((await m1.client.delete(`/api/proposals/${id}/committee/ballot`)).status).toBe(204);
    expect((await m1.client.delete(`/api/proposals/${id}/committee/ballot`)).status).toBe(404);
  });

  it('applies the consultation’s rules: qualified majority, committee majority judgment, locked once voting began', async () => {
    const qualified = await inReview([m1, m2], { qualifiedMajority: { numerator: 2, denominator: 3 } });
    const id = qualified.proposals[0].id;
    await ballot(chair, id, { choice: 'adopt', reason: 'Utile' });
    await ballot(m1, id, { choice: 'reject', reason: 'Risqué' });
    await ballot(m2, id, { choice: 'abstain', reason: 'Pas d’avis tranché' });
    const closed = await chair.client.post(`/api/proposals/${id}/committee/vote/close`);
    expect(closed.body).toMatchObject({
      decision: 'not_adopted',
      tally: { reasons: ['qualified-majority-missing'], qualifiedMajority: { numerator: 2, denominator: 3 } },
    });
    const locked = await adminClient(s).put(`/api/consultations/${qualified.consultation.slug}/committee`, {
      members: [
        { userId: chair.id, role: 'chair' },
        { userId: m1.id, role: 'member' },
        { userId: m2.id, role: 'member' },
      ],
      settings: { qualifiedMajority: null },
    });
    expect(locked.status).toBe(409);

    const judgment = await inReview([m1, m2], { voteMethod: 'majority_judgment' });
    const graded = judgment.proposals[0].id;
    const shape = await ballot(m1, graded, { choice: 'adopt', reason: 'Oui' });
    expect(shape.status).toBe(400);
    expect(shape.body.message).toMatch(/"grade"/);
    expect((await ballot(m1, graded, { grade: 6, reason: 'Trop' })).status).toBe(400);
    expect((await ballot(m1, graded, { grade: 5, amendments: true, reason: 'Excellent, à préciser' })).body).toMatchObject({
      grade: 5,
      amendments: true,
    });
    await ballot(m2, graded, { grade: 4, amendments: true, reason: 'Bien' });
    await ballot(chair, graded, { grade: 'no_opinion', reason: 'Sans avis' });
    const decided = await chair.client.post(`/api/proposals/${graded}/committee/vote/close`);
    expect(decided.body).toMatchObject({
      decision: 'adopted_with_amendments',
      tally: { method: 'majority_judgment', majorityGrade: 4, noOpinion: 1, amendmentsRequested: 2 },
    });
  });
});

describe('rapporteurs and responses', () => {
  it('lets the chair name a rapporteur among the members', async () => {
    const { proposals } = await inReview([m1]);
    const path = `/api/proposals/${proposals[0].id}/committee/rapporteur`;
    expect((await m1.client.put(path, { userId: m1.id })).status).toBe(403);
    expect((await chair.client.put(path, { userId: outsider.id })).status).toBe(400);
    const named = await chair.client.put(path, { userId: m1.id });
    expect(named.status).toBe(200);
    expect(named.body.rapporteur).toMatchObject({ userId: m1.id, role: 'member' });
    const notices = (await m1.client.get('/api/notifications')).body.items;
    expect(notices.find((n: any) => n.kind === 'committee.rapporteur-assigned')?.params).toMatchObject({ proposalRef: proposals[0].ref });
    expect((await chair.client.put(path, { userId: null })).body.rapporteur).toBeNull();
  });

  it('lets committee members draft the response together, refusing a stale revision; admins read it', async () => {
    const { proposals } = await inReview([m1, m2]);
    const path = `/api/proposals/${proposals[0].id}/committee/response`;
    expect((await m1.client.get(path)).status).toBe(404);
    const draft = await m1.client.put(path, { opinion: 'Le comité **soutient** <script>alert(1)</script>cette idée.' });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ revision: 1, decision: null, publishedAt: null, fingerprint: null, editedBy: { id: m1.id } });
    expect(draft.body.opinionHtml).toBe('<p>Le comité <strong>soutient</strong> cette idée.</p>');
    expect((await m2.client.put(path, { opinion: 'Version de m2', revision: 1 })).body.revision).toBe(2);
    const stale = await m1.client.put(path, { opinion: 'Version de m1', revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/version 2/);
    expect((await adminClient(s).get(path)).body.opinion).toBe('Version de m2');
    expect((await adminClient(s).put(path, { opinion: 'Admin' })).status).toBe(403);
    expect((await outsider.client.get(path)).status).toBe(403);
    expect((await m1.client.put(path, { opinion: 'x', decision: 'approved' })).status).toBe(400);
  });
});
