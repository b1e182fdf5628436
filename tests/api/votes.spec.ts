import { createHash } from 'node:crypto';
import { canonicalJson } from '../../libs/domain/src/lib/trust/canonical-json';
import { ApiClient } from '../support/api-client';
import { adminClient } from '../support/accounts';
import {
  Citizen,
  countBallots,
  countSealed,
  createConsultation,
  createProposals,
  insertCitizens,
  joinConsultation,
  setPhase,
  votesDatabase,
} from '../support/fixtures-votes';
import { waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';

const s = stack();
const db = votesDatabase(s);
const visitor = new ApiClient(s.baseUrl);
const vote = (citizen: Citizen, id: string, body: unknown) => citizen.client.put(`/api/proposals/${id}/vote`, body);

const OPEN_MJ = { votingMethod: 'majority_judgment', ballotSecrecy: 'open' };
const SECRET_MJ = { votingMethod: 'majority_judgment', ballotSecrecy: 'secret' };
const OPEN_FOR_AGAINST = { votingMethod: 'for_against', ballotSecrecy: 'open', revisionThreshold: null };
const OPEN_SUPPORT = { votingMethod: 'support', ballotSecrecy: 'open', revisionThreshold: null };

let citizens: Citizen[];
beforeAll(async () => {
  citizens = await insertCitizens(db, s, 110);
});
afterAll(() => db.end());

describe('who may vote, and when', () => {
  it('answers 401 to a visitor, 409 outside the voting phase, and lets support start with proposals', async () => {
    const mj = await createConsultation(db, 'proposals_open', OPEN_MJ);
    const [graded] = await createProposals(db, mj, ['Un registre public des algorithmes']);
    expect((await visitor.put(`/api/proposals/${graded}/vote`, { grade: 4 })).status).toBe(401);
    const early = await vote(citizens[0], graded, { grade: 4 });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/pas encore ouvert/);

    const support = await createConsultation(db, 'proposals_open', OPEN_SUPPORT);
    const [supported] = await createProposals(db, support, ['Former les agents à l’IA']);
    expect((await vote(citizens[0], supported, { support: true })).status).toBe(200);

    await setPhase(db, mj, 'voting_open');
    expect((await vote(citizens[0], graded, { grade: 4 })).status).toBe(200);
    await setPhase(db, mj, 'committee_review');
    const late = await vote(citizens[0], graded, { grade: 5 });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/clos/);
    const english = await citizens[0].client.put(`/api/proposals/${graded}/vote`, { grade: 5 }, { language: 'en' });
    expect(english.body.message).toMatch(/Voting is closed/);

    const draft = await createConsultation(db, 'draft', OPEN_MJ);
    const [hidden] = await createProposals(db, draft, ['Brouillon']);
    expect((await vote(citizens[0], hidden, { grade: 4 })).status).toBe(404);
  });

  it('answers 400 to a grade off the scale or a ballot of another method', async () => {
    const scale = { grades: ['Non', 'Peut-être', 'Oui'].map((fr, i) => ({ value: i + 1, fr, en: fr })) };
    const c = await createConsultation(db, 'voting_open', { ...OPEN_MJ, gradeScale: scale, revisionThreshold: 2 });
    const [id] = await createProposals(db, c, ['Des données ouvertes sur les transports']);
    const offScale = await vote(citizens[1], id, { grade: 4 });
    expect(offScale.status).toBe(400);
    expect(offScale.body.message).toMatch(/de 1 à 3/);
    expect((await vote(citizens[1], id, { grade: 0 })).status).toBe(400);
    expect((await vote(citizens[1], id, { grade: 'excellent' })).status).toBe(400);
    expect((await vote(citizens[1], id, { grade: 2.5 })).status).toBe(400);
    expect((await vote(citizens[1], id, { support: true })).status).toBe(400);
    expect((await vote(citizens[1], id, { grade: 3, choice: 'for' })).status).toBe(400);
    expect((await vote(citizens[1], id, { grade: 3, extra: 1 })).status).toBe(400);
    expect((await vote(citizens[1], id, { grade: 'no_opinion' })).body.ballot).toEqual({ grade: 'no_opinion' });
    expect((await vote(citizens[1], id, { grade: 3 })).body.ballot).toEqual({ grade: 3 });
    expect((await db.query(`SELECT value FROM ballots WHERE proposal_id = $1`, [id])).rows).toEqual([{ value: 3 }]);
  });

  it('answers 403 with the reason to people outside a panel or a residents’ list, until they join', async () => {
    const panel = await createConsultation(db, 'voting_open', { ...OPEN_FOR_AGAINST, eligibility: { kind: 'panel' } });
    const residents = await createConsultation(db, 'voting_open', {
      ...OPEN_FOR_AGAINST,
      eligibility: { kind: 'residents', postcodes: ['34000'] },
    });
    const [onPanel] = await createProposals(db, panel, ['Panel']);
    const [forResidents] = await createProposals(db, residents, ['Habitants']);
    const refused = await vote(citizens[2], onPanel, { choice: 'for' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/panel/);
    const outside = await vote(citizens[2], forResidents, { choice: 'for' });
    expect(outside.status).toBe(403);
    expect(outside.body.message).toMatch(/code postal/);
    // Joining the wrong way (a postcode) does not open a panel.
    await joinConsultation(db, panel, citizens[7].userId, 'residents');
    expect((await vote(citizens[7], onPanel, { choice: 'for' })).status).toBe(403);
    await joinConsultation(db, panel, citizens[2].userId, 'panel');
    await joinConsultation(db, residents, citizens[2].userId, 'residents');
    expect((await vote(citizens[2], onPanel, { choice: 'for' })).status).toBe(200);
    expect((await vote(citizens[2], forResidents, { choice: 'against' })).status).toBe(200);
  });

  it('takes votes on published proposals only', async () => {
    const c = await createConsultation(db, 'voting_open', OPEN_FOR_AGAINST);
    const [submitted] = await createProposals(db, c, ['En attente'], { state: 'submitted' });
    const [withdrawn] = await createProposals(db, c, ['Retirée'], { state: 'withdrawn' });
    expect((await vote(citizens[3], submitted, { choice: 'for' })).status).toBe(404);
    expect((await vote(citizens[3], withdrawn, { choice: 'for' })).status).toBe(409);
    expect((await vote(citizens[3], '00000000-0000-4000-8000-000000000000', { choice: 'for' })).status).toBe(404);
    expect((await vote(citizens[3], 'not-a-uuid', { choice: 'for' })).status).toBe(400);
  });

  it('changes, reads back and retracts an open ballot while voting is open', async () => {
    const c = await createConsultation(db, 'voting_open', OPEN_FOR_AGAINST);
    const [id] = await createProposals(db, c, ['Une IA pour les horaires de bus']);
    const me = citizens[4];
    expect((await me.client.get(`/api/proposals/${id}/vote`)).body).toMatchObject({ voted: false, ballot: null });
    expect((await vote(me, id, { choice: 'for' })).body).toMatchObject({
      voted: true,
      secrecy: 'open',
      ballot: { choice: 'for' },
      final: false,
    });
    await vote(me, id, { choice: 'against' });
    expect((await me.client.get(`/api/proposals/${id}/vote`)).body.ballot).toEqual({ choice: 'against' });
    expect(await countBallots(db, 'ballots', id)).toEqual({ '-1': 1 });
    expect((await me.client.delete(`/api/proposals/${id}/vote`)).status).toBe(204);
    expect((await me.client.delete(`/api/proposals/${id}/vote`)).status).toBe(204);
    expect(await countBallots(db, 'ballots', id)).toEqual({});
    await vote(me, id, { choice: 'abstain' });
    await setPhase(db, c, 'committee_review');
    expect((await me.client.delete(`/api/proposals/${id}/vote`)).status).toBe(409);
    expect((await visitor.delete(`/api/proposals/${id}/vote`)).status).toBe(401);
  });
});

describe('one ballot per citizen and proposal, under concurrent requests', () => {
  it('keeps exactly one ballot from 50 identical votes sent at once (open), and one from 50 secret ones', async () => {
    const open = await createConsultation(db, 'voting_open', OPEN_MJ);
    const [openId] = await createProposals(db, open, ['Ouverte']);
    const openAnswers = await Promise.all(Array.from({ length: 50 }, () => vote(citizens[5], openId, { grade: 4 })));
    expect(openAnswers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(await countBallots(db, 'ballots', openId)).toEqual({ '4': 1 });

    const secret = await createConsultation(db, 'voting_open', SECRET_MJ);
    const [secretId] = await createProposals(db, secret, ['Secrète']);
    const secretAnswers = await Promise.all(Array.from({ length: 50 }, () => vote(citizens[5], secretId, { grade: 4 })));
    expect(secretAnswers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(secretAnswers.filter((a) => a.status === 409)).toHaveLength(49);
    expect((await db.query(`SELECT count(*)::int AS n FROM vote_register WHERE proposal_id = $1`, [secretId])).rows[0].n).toBe(1);
    expect(await countSealed(db, secretId)).toBe(1);
  });

  it('keeps every tally equal to a count(*) of ballots after 1,000 concurrent votes and retractions by 100 citizens', async () => {
    const forAgainst = await createConsultation(db, 'voting_open', OPEN_FOR_AGAINST);
    const graded = await createConsultation(db, 'voting_open', OPEN_MJ);
    const fa = await createProposals(db, forAgainst, ['P1', 'P2', 'P3', 'P4', 'P5']);
    const mj = await createProposals(db, graded, ['G1', 'G2', 'G3', 'G4', 'G5']);
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const crowd = citizens.slice(10, 110);
    const requests = Array.from({ length: 1000 }, () => {
      const citizen = crowd[random(crowd.length)];
      const onMj = random(2) === 0;
      const id = onMj ? mj[random(5)] : fa[random(5)];
      if (random(4) === 0) return citizen.client.delete(`/api/proposals/${id}/vote`);
      return vote(citizen, id, onMj ? { grade: random(6) || 'no_opinion' } : { choice: ['for', 'against', 'abstain'][random(3)] });
    });
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    expect(statuses.filter((status) => status !== 200 && status !== 204)).toEqual([]);

    for (const id of fa) {
      const counted = await countBallots(db, 'ballots', id);
      const { body } = await visitor.get(`/api/proposals/${id}/results`);
      expect({ id, for: body.results.for, against: body.results.against, abstain: body.results.abstain, ballots: body.ballots }).toEqual({
        id,
        for: counted['1'] ?? 0,
        against: counted['-1'] ?? 0,
        abstain: counted['0'] ?? 0,
        ballots: Object.values(counted).reduce((a, b) => a + b, 0),
      });
    }
    const page = (await visitor.get(`/api/consultations/${graded.slug}/results`)).body;
    expect(page.total).toBe(5);
    for (const item of page.items) {
      const counted = await countBallots(db, 'ballots', item.proposal.id);
      const counts: Record<string, number> = { ...item.results.counts };
      // Counted as the lowest grade by default: the no-opinion ballots are inside counts[1] too.
      if (item.results.noOpinion) {
        counts['0'] = item.results.noOpinion;
        counts['1'] -= item.results.noOpinion;
      }
      expect(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))).toEqual(counted);
    }
    const participants = await db.query(
      `SELECT count(*)::int AS n FROM (SELECT proposal_id, participant_id FROM ballots WHERE proposal_id = ANY($1::uuid[])
        GROUP BY 1, 2 HAVING count(*) > 1) twice`,
      [[...fa, ...mj]],
    );
    expect(participants.rows[0].n).toBe(0);
  });

  it('holds the cap on supports under concurrent requests, open and secret', async () => {
    const open = await createConsultation(db, 'voting_open', { ...OPEN_SUPPORT, supportCap: 3 });
    const openIds = await createProposals(
      db,
      open,
      Array.from({ length: 40 }, (_, i) => `Soutien ${i}`),
    );
    const answers = await Promise.all(openIds.map((id) => vote(citizens[6], id, { support: true })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(37);
    expect(refused[0].body.message).toMatch(/vos 3 soutiens/);
    const given = await db.query(`SELECT count(*)::int AS n FROM ballots WHERE participant_id = $1 AND proposal_id = ANY($2::uuid[])`, [
      citizens[6].participantId,
      openIds,
    ]);
    expect(given.rows[0].n).toBe(3);
    // Supporting the same proposal again is not a fourth support; retracting one frees a place.
    const kept = openIds[answers.findIndex((a) => a.status === 200)];
    expect((await vote(citizens[6], kept, { support: true })).status).toBe(200);
    await citizens[6].client.delete(`/api/proposals/${kept}/vote`);
    const free = openIds[answers.findIndex((a) => a.status === 409)];
    expect((await vote(citizens[6], free, { support: true })).status).toBe(200);

    const secret = await createConsultation(db, 'voting_open', { ...OPEN_SUPPORT, ballotSecrecy: 'secret', supportCap: 2 });
    const secretIds = await createProposals(
      db,
      secret,
      Array.from({ length: 40 }, (_, i) => `Secret ${i}`),
    );
    const secretAnswers = await Promise.all(secretIds.map((id) => vote(citizens[6], id, { support: true })));
    expect(secretAnswers.filter((a) => a.status === 200)).toHaveLength(2);
    expect(await countSealed(db, secretIds)).toBe(2);
  });
});

describe('secret ballots', () => {
  it('are final, sealed for everyone until voting closes, then counted right', async () => {
    const c = await createConsultation(db, 'voting_open', SECRET_MJ);
    const [id] = await createProposals(db, c, ['Pas de reconnaissance faciale dans l’espace public']);
    const grades = [5, 4, 4, 2, 'no_opinion'];
    await Promise.all(grades.map((grade, i) => vote(citizens[20 + i], id, { grade })));
    const again = await vote(citizens[20], id, { grade: 1 });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/définitif/);
    expect((await citizens[20].client.delete(`/api/proposals/${id}/vote`)).status).toBe(409);
    expect((await citizens[20].client.get(`/api/proposals/${id}/vote`)).body).toEqual({
      proposalId: id,
      method: 'majority_judgment',
      secrecy: 'secret',
      voted: true,
      ballot: null,
      castAt: null,
      final: true,
      tracker: null,
    });

    const admin = adminClient(s);
    for (const client of [visitor, citizens[20].client, admin]) {
      const sealed = await client.get(`/api/proposals/${id}/results`);
      expect(sealed.status).toBe(403);
      expect((await client.get(`/api/consultations/${c.slug}/results`)).status).toBe(403);
    }
    expect((await admin.get(`/api/proposals/${id}/results`)).body.message).toMatch(/administration comprise/);

    await setPhase(db, c, 'committee_review');
    const { status, body } = await visitor.get(`/api/proposals/${id}/results`);
    expect(status).toBe(200);
    expect(body.ballots).toBe(5);
    // "No opinion" counts as the lowest grade, the default for new consultations.
    expect(body.results).toMatchObject({ n: 5, noOpinion: 1, noOpinionPolicy: 'lowest', counts: { 1: 1, 2: 1, 3: 0, 4: 2, 5: 1 }, majorityGrade: 4, rank: 1 });
    expect(body.results.gauge).toEqual({ grade: 4, sign: '-', share: 0.4, p: 0.2, q: 0.4 });
  });

  it('keeps the box apart from the register: no column, key or time links a ballot to a person', async () => {
    const columns = async (table: string) =>
      (
        await db.query(
          `SELECT column_name, data_type, column_default FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
          [table],
        )
      ).rows;
    const box = await columns('ballot_box');
    expect(box.map((c) => c.column_name)).toEqual(['proposal_id', 'value']);
    expect(box.some((c) => /time|date/.test(c.data_type))).toBe(false);
    // Beside the register while voting is open: a ciphertext, never a value nor a time.
    const sealed = await columns('sealed_ballots');
    expect(sealed.map((c) => [c.column_name, c.data_type])).toEqual([
      ['consultation_id', 'uuid'],
      ['proposal_id', 'uuid'],
      ['sealed', 'bytea'],
      ['tracker', 'text'],
    ]);
    const register = await columns('vote_register');
    expect(register.map((c) => c.column_name)).toEqual(['participant_id', 'proposal_id']);
    // The only column they share says which proposal, never who nor which ballot.
    const shared = box.map((c) => c.column_name).filter((name) => register.some((r) => r.column_name === name));
    expect(shared).toEqual(['proposal_id']);
    const links = await db.query(
      `SELECT conrelid::regclass::text AS from_table, confrelid::regclass::text AS to_table
         FROM pg_constraint WHERE contype = 'f' AND (conrelid = 'ballot_box'::regclass OR confrelid = 'ballot_box'::regclass)`,
    );
    expect(links.rows).toEqual([{ from_table: 'ballot_box', to_table: 'proposals' }]);
  });
});

describe('majority judgment', () => {
  /** majority-judgment.md: C 5×4 1×3; A 5×3 4×2 3×1 2×1; B 5×2 4×3 3×2. */
  const WORKED_EXAMPLE: Record<string, number[]> = {
    A: [5, 5, 5, 4, 4, 3, 2],
    B: [5, 5, 4, 4, 4, 3, 3],
    C: [5, 5, 5, 5, 1, 1, 1],
  };

  it('ranks the worked example C, A, B through the API, after a secret vote closes', async () => {
    const c = await createConsultation(db, 'voting_open', SECRET_MJ);
    const [a, b, cId] = await createProposals(db, c, ['A', 'B', 'C']);
    const ids: Record<string, string> = { A: a, B: b, C: cId };
    await Promise.all(
      Object.entries(WORKED_EXAMPLE).flatMap(([name, grades]) => grades.map((grade, i) => vote(citizens[30 + i], ids[name], { grade }))),
    );
    await setPhase(db, c, 'committee_review');
    const page = (await visitor.get(`/api/consultations/${c.slug}/results`)).body;
    expect(
      page.items.map((item: any) => [item.proposal.title, item.results.rank, item.results.majorityGrade, item.results.gauge.sign]),
    ).toEqual([
      ['C', 1, 5, '-'],
      ['A', 2, 4, '+'],
      ['B', 3, 4, '-'],
    ]);
    expect(page.items[1].results.gauge).toMatchObject({ p: 3 / 7, q: 2 / 7 });
    expect(page.items[0].results.profile).toMatchObject({ 1: 3 / 7, 5: 4 / 7 });
    const single = (await visitor.get(`/api/proposals/${b}/results`)).body.results;
    expect(single).toMatchObject({ rank: 3, position: 3, rankedAmong: 3, decidedBy: 'gauge-sign' });
    expect(single.scale.map((g: any) => g.fr)).toEqual(['À rejeter', 'Passable', 'Bien', 'Très bien', 'Excellent']);
    const paged = (await visitor.get(`/api/consultations/${c.slug}/results?page=2&pageSize=2`)).body;
    expect(paged.items.map((item: any) => item.proposal.title)).toEqual(['B']);
    expect(paged.total).toBe(3);

    // Frozen at the close: the fingerprint of the list as served is the one the public record keeps…
    const served = page.items.map(({ proposal, ...rest }: any, i: number) => ({ proposalId: proposal.id, ref: proposal.ref, position: i + 1, ...rest }));
    const fingerprint = createHash('sha256').update(canonicalJson(served), 'utf8').digest('hex');
    const closed = await db.query(`SELECT payload FROM audit_log WHERE payload->>'kind' = 'voting.closed' AND payload->>'consultationId' = $1`, [c.id]);
    expect(closed.rows[0].payload.results).toEqual({ proposals: 3, fingerprint });
    expect((await db.query(`SELECT fingerprint FROM frozen_rounds WHERE consultation_id = $1`, [c.id])).rows).toEqual([{ fingerprint }]);
    // …and a ballot slipped into the box afterwards changes nothing that is served.
    await db.query(`INSERT INTO ballot_box (proposal_id, value) SELECT $1, 1 FROM generate_series(1, 20)`, [b]);
    expect((await visitor.get(`/api/consultations/${c.slug}/results`)).body.items).toEqual(page.items);
  });

  it('runs a revision round: weak proposals go back to their authors, whose new versions are graded next', async () => {
    const [author, other] = [citizens[40], citizens[41]];
    const c = await createConsultation(db, 'voting_open', { ...SECRET_MJ, moderation: 'post', revisionThreshold: 3 });
    const [strong] = await createProposals(db, c, ['Forte'], { authorId: other.userId });
    const [weak] = await createProposals(db, c, ['Faible'], { authorId: author.userId });
    const [ungraded] = await createProposals(db, c, ['Sans note'], { authorId: other.userId });
    await Promise.all([5, 5, 4].map((grade, i) => vote(citizens[50 + i], strong, { grade })));
    await Promise.all([2, 3, 1].map((grade, i) => vote(citizens[50 + i], weak, { grade })));

    const admin = adminClient(s);
    expect((await admin.post(`/api/consultations/${c.slug}/revision-round`)).status).toBe(409);
    await setPhase(db, c, 'committee_review');
    expect((await author.client.post(`/api/consultations/${c.slug}/revision-round`)).status).toBe(403);
    const started = await admin.post(`/api/consultations/${c.slug}/revision-round`);
    expect(started.status).toBe(200);
    expect(started.body).toEqual({ round: 2, phase: 'voting_open', threshold: 3, revise: [weak], keep: [strong], ungraded: [ungraded] });
    expect((await admin.post(`/api/consultations/${c.slug}/revision-round`)).status).toBe(409);
    // The outbox keeps no body once sent: read the mail where it was delivered.
    const mail = await waitForMail(s.mailDir, author.email, (text) => text.includes('« Faible »'));
    expect(mail).toMatch(/« Faible ».*« Passable »/s);

    // Round 1 stays public; round 2 is sealed while it is voted; round-1 proposals take no more ballots.
    expect((await visitor.get(`/api/consultations/${c.slug}/results?round=1`)).status).toBe(200);
    expect((await visitor.get(`/api/consultations/${c.slug}/results`)).status).toBe(403);
    expect((await vote(citizens[60], strong, { grade: 5 })).status).toBe(409);

    const text = { title: 'Faible, réécrite', summary: 'Mieux dit', body: 'Un texte <script>alert(1)</script> plus clair' };
    expect((await other.client.post(`/api/proposals/${weak}/revisions`, text)).status).toBe(403);
    expect((await author.client.post(`/api/proposals/${strong}/revisions`, text)).status).toBe(403);
    const revised = await author.client.post(`/api/proposals/${weak}/revisions`, text);
    expect(revised.status).toBe(201);
    expect(revised.body).toMatchObject({ revisionOf: weak, round: 2, state: 'published' });
    expect((await author.client.post(`/api/proposals/${weak}/revisions`, text)).status).toBe(409);
    const rows = await db.query(`SELECT id, state, body_html FROM proposals WHERE id = ANY($1::uuid[]) ORDER BY ref`, [
      [weak, revised.body.id],
    ]);
    expect(rows.rows.map((r) => r.state)).toEqual(['superseded', 'published']);
    expect(rows.rows[1].body_html).not.toMatch(/<script/);

    // Five ballots: a secret result with fewer publishes its count only.
    for (const i of [60, 61, 62, 63, 64]) expect((await vote(citizens[i], revised.body.id, { grade: 4 })).status).toBe(200);
    await setPhase(db, c, 'committee_review');
    const round2 = (await visitor.get(`/api/consultations/${c.slug}/results`)).body;
    expect(round2).toMatchObject({ round: 2, currentRound: 2, total: 1 });
    expect(round2.items[0].results).toMatchObject({ n: 5, majorityGrade: 4 });
  });
});
