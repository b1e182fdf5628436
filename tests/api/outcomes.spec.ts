import { createHash } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { adminClient, uniqueEmail, verifiedCitizen } from '../support/accounts';
import {
  castOpenBallots,
  closedVote,
  comment,
  committeeAccounts,
  firstPagePng,
  FOR_AGAINST_OPEN,
  parseCsv,
  pdfText,
  ProposalFixture,
  setRoster,
  Staff,
} from '../support/committee-fixtures';
import { Citizen, insertCitizens, votesDatabase } from '../support/fixtures-votes';
import { waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';

const s = stack();
const db = votesDatabase(s);
const visitor = new ApiClient(s.baseUrl);

/**
 * An independent RFC 8785 canonicalisation, as a third party's script would write it (the API uses
 * libs/domain's): sorted keys, no spaces, ECMAScript number and string forms.
 */
function jcs(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${jcs(object[key])}`)
    .join(',')}}`;
}
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

let chair: Staff;
let m1: Staff;
let m2: Staff;
let author: { client: ApiClient; id: string; email: string };
let commenter: { client: ApiClient; id: string; email: string };
let voters: Citizen[];

beforeAll(async () => {
  [chair, m1, m2] = await committeeAccounts(s, 3);
  const person = async () => {
    const email = uniqueEmail('auteur');
    const client = await verifiedCitizen(s, email);
    return { client, id: (await client.get('/api/auth/me')).body.id as string, email };
  };
  author = await person();
  commenter = await person();
  voters = await insertCitizens(db, s, 6);
}, 120_000);
afterAll(() => db.end());

const vote = (member: Staff, proposal: ProposalFixture, choice: string, reason: string) =>
  member.client.put(`/api/proposals/${proposal.id}/committee/ballot`, { choice, reason });
const close = (proposal: ProposalFixture) => chair.client.post(`/api/proposals/${proposal.id}/committee/vote/close`);
const respond = (member: Staff, proposal: ProposalFixture, body: Record<string, unknown>) =>
  member.client.put(`/api/proposals/${proposal.id}/committee/response`, body);

/** A consultation under review: three proposals by `author`, citizens' open ballots, a comment, the roster, review opened. */
async function underReview(settings: Record<string, unknown> = {}) {
  const fixture = await closedVote(
    db,
    FOR_AGAINST_OPEN,
    ['Publier le registre des algorithmes', 'Garantir un humain joignable', 'Interdire la reconnaissance faciale'],
    author.id,
  );
  const [p1, p2, p3] = fixture.proposals;
  await castOpenBallots(db, p1.id, voters, [1, 1, 1, -1, 0]);
  await castOpenBallots(db, p2.id, voters, [1, 1, -1]);
  await castOpenBallots(db, p3.id, voters, [-1, -1, 1]);
  await comment(db, p1.id, commenter.id);
  await setRoster(s, fixture.consultation.slug, chair, [m1, m2], settings);
  expect((await chair.client.post(`/api/consultations/${fixture.consultation.slug}/committee/review`)).status).toBe(200);
  return { slug: fixture.consultation.slug, id: fixture.consultation.id, p1, p2, p3 };
}

/** Votes and responses: p1 adopted with amendments, p2 adopted (one recusal), p3 out of scope (not adopted). */
async function decideAll(c: Awaited<ReturnType<typeof underReview>>) {
  const { p1, p2, p3 } = c;
  await vote(chair, p1, 'adopt', 'Utile à tous');
  await vote(m1, p1, 'adopt_with_amendments', 'Préciser le délai de mise à jour');
  await vote(m2, p1, 'adopt_with_amendments', 'Ajouter les données utilisées');
  await vote(chair, p2, 'adopt', 'Un droit essentiel');
  await vote(m1, p2, 'adopt', 'Indispensable');
  await vote(m2, p2, 'recuse', 'Mon employeur fournit le centre d’appels');
  await vote(chair, p3, 'reject', 'Compétence de l’État');
  await vote(m1, p3, 'reject', 'Hors de notre champ');
  await vote(m2, p3, 'abstain', 'Pas d’avis');
  await respond(m1, p1, {
    opinion: 'Le comité adopte la recommandation, **avec deux précisions**.',
    amendedText: 'Le registre est mis à jour sous 30 jours et liste les données utilisées.',
  });
  await respond(m2, p3, { decision: 'out_of_scope', opinion: 'La reconnaissance faciale relève de la loi nationale.' });
}

describe('publishing the outcomes', () => {
  it('is the chair’s alone, refused while a reviewed proposal lacks a closed vote or a response, then notifies', async () => {
    const c = await underReview({ publication: 'named' });
    const { p1, p2, p3 } = c;
    await decideAll(c);
    expect((await close(p1)).body.decision).toBe('adopted_with_amendments');
    expect((await close(p2)).body.decision).toBe('adopted');
    await m1.client.post(`/api/proposals/${p1.id}/committee/notes`, { body: 'NOTE-SECRETE-123 : budget à confirmer' });

    const readiness = await m1.client.get(`/api/consultations/${c.slug}/outcomes/readiness`);
    expect(readiness.body).toMatchObject({ ready: false, reviewed: 3, canPublish: false });
    expect(readiness.body.missing.map((m: any) => [m.ref, m.problems])).toEqual([
      [p2.ref, ['no-response']],
      [p3.ref, ['vote-open']],
    ]);
    expect((await chair.client.get(`/api/consultations/${c.slug}/outcomes/readiness`)).body.canPublish).toBe(true);

    const publish = `/api/consultations/${c.slug}/outcomes/publish`;
    expect((await m1.client.post(publish)).status).toBe(403);
    expect((await adminClient(s).post(publish)).status).toBe(403);
    expect((await visitor.post(publish)).status).toBe(401);
    const refused = await chair.client.post(publish);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain(`#${p2.ref} « Garantir un humain joignable » (aucune réponse officielle)`);
    expect(refused.body.message).toContain(`#${p3.ref} « Interdire la reconnaissance faciale » (vote du comité non clos)`);
    expect(refused.body.message).not.toContain(`#${p1.ref}`);
    expect((await visitor.get(`/api/consultations/${c.slug}/outcomes`)).status).toBe(404);

    await close(p3);
    await respond(chair, p2, { opinion: 'Adoptée : un agent reprend tout dossier sous 48 h.', amendedText: 'Texte inutile' });
    expect((await chair.client.get(`/api/consultations/${c.slug}/outcomes/readiness`)).body.missing).toEqual([
      { proposalId: p2.id, ref: p2.ref, title: p2.title, problems: ['amended-text-unexpected'] },
    ]);
    expect((await chair.client.post(publish)).status).toBe(409);
    await respond(chair, p2, { opinion: 'Adoptée : un agent reprend tout dossier sous 48 h.' });

    const done = await chair.client.post(publish);
    expect(done.status).toBe(200);
    expect(done.body.responses.map((r: any) => [r.ref, r.decision])).toEqual([
      [p1.ref, 'adopted_with_amendments'],
      [p2.ref, 'adopted'],
      [p3.ref, 'out_of_scope'],
    ]);
    expect((await chair.client.post(publish)).status).toBe(409);
    expect((await visitor.get(`/api/consultations/${c.slug}`)).body.phase).toBe('outcomes_published');
    const states = await db.query(`SELECT id, state FROM proposals WHERE consultation_id = $1`, [c.id]);
    expect(Object.fromEntries(states.rows.map((r) => [r.id, r.state]))).toEqual({
      [p1.id]: 'adopted_with_amendments',
      [p2.id]: 'adopted',
      [p3.id]: 'out_of_scope',
    });
    expect((await respond(m1, p1, { opinion: 'Réécrite après coup' })).status).toBe(409);
    expect(
      (await adminClient(s).put(`/api/consultations/${c.slug}/committee`, { members: [{ userId: chair.id, role: 'chair' }] })).status,
    ).toBe(409);

    // In the app and by e-mail: the author once per proposal, voters and commenters once for the consultation.
    const authorNotices = (await author.client.get('/api/notifications?pageSize=100')).body.items.filter(
      (n: any) => n.params.consultationSlug === c.slug,
    );
    expect(
      authorNotices
        .filter((n: any) => n.kind === 'outcome.decision')
        .map((n: any) => [n.params.proposalRef, n.params.decision])
        .sort(),
    ).toEqual(
      [
        [p1.ref, 'adopted_with_amendments'],
        [p2.ref, 'adopted'],
        [p3.ref, 'out_of_scope'],
      ].sort(),
    );
    expect(authorNotices.find((n: any) => n.params.proposalRef === p1.ref).link).toBe(
      `/consultations/${c.slug}/outcomes#recommendation-${p1.ref}`,
    );
    const decisionMail = await waitForMail(
      s.mailDir,
      author.email,
      (text) => text.includes(`n° ${p1.ref}`) && text.includes('Adoptée avec amendements'),
    );
    expect(decisionMail).toContain(`${s.baseUrl}/consultations/${c.slug}/outcomes#recommendation-${p1.ref}`);
    const voterNotices = (await voters[0].client.get('/api/notifications?pageSize=100')).body.items.filter(
      (n: any) => n.params.consultationSlug === c.slug,
    );
    expect(voterNotices).toHaveLength(1);
    expect(voterNotices[0]).toMatchObject({
      kind: 'outcomes.published',
      params: { recommendations: 3, adopted: 2 },
      link: `/consultations/${c.slug}/outcomes`,
    });
    expect(
      (await commenter.client.get('/api/notifications')).body.items.some(
        (n: any) => n.kind === 'outcomes.published' && n.params.consultationSlug === c.slug,
      ),
    ).toBe(true);
    await waitForMail(
      s.mailDir,
      commenter.email,
      (text) => text.includes('sont publiés') && text.includes('2 recommandation(s) adoptée(s) sur 3'),
    );
    await waitForMail(s.mailDir, voters[4].email, (text) => text.includes('sont publiés'));

    // The public report: synthesis, recommendations, named committee ballots, fingerprints; never the notes.
    const report = await visitor.get(`/api/consultations/${c.slug}/outcomes`);
    expect(report.status).toBe(200);
    expect(report.body.synthesis).toEqual({
      reviewed: 3,
      decisions: [
        { decision: 'adopted', count: 1 },
        { decision: 'adopted_with_amendments', count: 1 },
        { decision: 'not_adopted', count: 0 },
        { decision: 'out_of_scope', count: 1 },
      ],
      participation: { participants: 7, ballots: 11, proposals: 3, comments: 1 },
    });
    expect(report.body.committee).toMatchObject({
      size: 3,
      members: [{ role: 'chair' }, { role: 'member' }, { role: 'member' }],
      settings: { publication: 'named' },
    });
    const [r1, r2, r3] = report.body.items;
    expect(r1).toMatchObject({
      proposal: { id: p1.id, ref: p1.ref, title: p1.title, version: 1, authors: [{ id: author.id }] },
      decision: 'adopted_with_amendments',
      opinionHtml: '<p>Le comité adopte la recommandation, <strong>avec deux précisions</strong>.</p>',
      amendedText: 'Le registre est mis à jour sous 30 jours et liste les données utilisées.',
      citizens: { ballots: 5, results: { method: 'for_against', for: 3, against: 1, abstain: 1 } },
      committee: { publication: 'named', tally: { adopt: 1, adoptWithAmendments: 2, voted: 3 } },
      followUp: null,
    });
    expect(r1.committee.ballots.map((b: any) => b.reason).sort()).toEqual([
      'Ajouter les données utilisées',
      'Préciser le délai de mise à jour',
      'Utile à tous',
    ]);
    expect(r2.committee.ballots.find((b: any) => b.kind === 'recusal')).toMatchObject({
      reason: 'Mon employeur fournit le centre d’appels',
    });
    expect(r2.committee.ballots.every((b: any) => typeof b.member === 'string')).toBe(true);
    expect(r3).toMatchObject({
      decision: 'out_of_scope',
      amendedText: null,
      committee: { tally: { decision: 'not_adopted', reject: 2, abstain: 1 } },
    });

    for (const item of report.body.items) {
      const { fingerprint } = item;
      expect(fingerprint).toMatchObject({ algorithm: 'SHA-256', canonicalization: 'RFC 8785' });
      expect(sha256(jcs(fingerprint.document))).toBe(fingerprint.value);
      // The document is what the page shows, field by field.
      expect(fingerprint.document).toMatchObject({
        schema: 'concordia.official-response/1',
        consultation: { slug: c.slug },
        proposal: { id: item.proposal.id, ref: item.proposal.ref, title: item.proposal.title, version: 1, body: 'Texte **complet**' },
        decision: item.decision,
        opinion: item.opinion,
        amendedText: item.amendedText,
        publishedAt: item.publishedAt,
      });
      expect(fingerprint.document.committeeVote).toEqual(item.committee.tally);
      expect(done.body.responses.find((r: any) => r.proposalId === item.proposal.id).fingerprint).toBe(fingerprint.value);
    }
    expect(JSON.stringify(report.body)).not.toContain('NOTE-SECRETE');

    const json = await visitor.get(`/api/consultations/${c.slug}/outcomes.json`);
    expect(json.headers.get('content-disposition')).toBe(`attachment; filename="${c.slug}-outcomes.json"`);
    expect(json.headers.get('cache-control')).toBe('no-store');
    expect(json.body).toMatchObject({ format: 'concordia.outcomes/1', total: 3, synthesis: report.body.synthesis });
    expect(json.body.fingerprintDefinition).toMatch(/RFC 8785/);
    expect(json.body.items.map((i: any) => i.fingerprint.value)).toEqual(report.body.items.map((i: any) => i.fingerprint.value));
    for (const item of json.body.items) expect(sha256(jcs(item.fingerprint.document))).toBe(item.fingerprint.value);
    expect(JSON.stringify(json.body)).not.toContain('NOTE-SECRETE');

    // The audit log chains the closed votes and the publication, and verifies.
    const entries: any[] = [];
    for (let page = 1; ; page++) {
      const batch = await visitor.get(`/api/audit-log?page=${page}&pageSize=100`);
      entries.push(...batch.body.items);
      if (entries.length >= batch.body.total) break;
    }
    entries.forEach((entry, i) => {
      expect(entry.previousHash).toBe(i === 0 ? null : entries[i - 1].hash);
      expect(sha256(jcs({ payload: entry.payload, previousHash: entry.previousHash }))).toBe(entry.hash);
    });
    const publication = entries.find((e) => e.kind === 'outcomes.published' && e.payload.consultation === c.slug);
    expect(publication.payload.responses.map((r: any) => r.fingerprint)).toEqual(report.body.items.map((i: any) => i.fingerprint.value));
    expect(entries.filter((e) => e.kind === 'committee.vote-closed' && e.payload.consultation === c.slug)).toHaveLength(3);
    expect((await visitor.get('/api/audit-log/verify')).body).toEqual({
      valid: true,
      entries: entries.length,
      lastHash: entries.at(-1).hash,
    });
  });

  it('offers the report as a PDF that renders and a CSV with a row per recommendation; 404 before publication', async () => {
    const c = await underReview();
    for (const path of ['outcomes', 'outcomes.pdf', 'outcomes.csv', 'outcomes.json']) {
      expect((await visitor.get(`/api/consultations/${c.slug}/${path}`)).status).toBe(404);
    }
    expect((await visitor.get('/api/consultations/no-such-consultation/outcomes.pdf')).status).toBe(404);
    await decideAll(c);
    await m2.client.post(`/api/proposals/${c.p1.id}/committee/notes`, { body: 'NOTE-SECRETE-456' });
    for (const p of [c.p1, c.p2, c.p3]) await close(p);
    await respond(m1, c.p2, {
      opinion: 'Un agent joignable, « toujours », même le week-end ; c’est noté.\n\n- premier point\n- second point ≥ 2',
    });
    expect((await chair.client.post(`/api/consultations/${c.slug}/outcomes/publish`)).status).toBe(200);

    // Anonymous publication (the default): reasons without names, recusals only counted.
    const report = (await visitor.get(`/api/consultations/${c.slug}/outcomes`)).body;
    expect(report.committee).toMatchObject({ size: 3, members: null, settings: { publication: 'anonymous' } });
    const anonymous = report.items.find((i: any) => i.proposal.id === c.p2.id).committee;
    expect(anonymous.ballots).toEqual([
      { member: null, kind: 'vote', choice: 'adopt', grade: null, amendments: false, reason: 'Indispensable' },
      { member: null, kind: 'vote', choice: 'adopt', grade: null, amendments: false, reason: 'Un droit essentiel' },
    ]);
    expect(anonymous.tally.recused).toBe(1);
    expect(JSON.stringify(report)).not.toContain('Mon employeur');

    const pdf = await fetch(`${s.baseUrl}/api/consultations/${c.slug}/outcomes.pdf`, { headers: { 'Accept-Language': 'fr' } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="${c.slug}-outcomes.pdf"`);
    expect(pdf.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const png = await firstPagePng(bytes);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.length).toBeGreaterThan(1000);
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Résultats de la consultation');
    expect(text).toContain('Adoptée avec amendements');
    expect(text).toContain('Hors du champ de compétence');
    expect(text).toContain('« toujours », même le week-end ; c’est noté.');
    expect(text).toContain('• second point >= 2');
    expect(text).toContain(report.items[0].fingerprint.value);
    expect(text).not.toContain('NOTE-SECRETE');
    const english = await fetch(`${s.baseUrl}/api/consultations/${c.slug}/outcomes.pdf?lang=en`);
    expect(await pdfText(Buffer.from(await english.arrayBuffer()))).toContain('Consultation outcomes');

    const csv = await fetch(`${s.baseUrl}/api/consultations/${c.slug}/outcomes.csv`);
    expect(csv.headers.get('cache-control')).toBe('no-store');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const raw = Buffer.from(await csv.arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString('utf8').slice(1));
    expect(rows).toHaveLength(4);
    const [header, ...records] = rows;
    const column = (name: string) => header.indexOf(name);
    expect(header.slice(0, 4)).toEqual(['numero', 'titre', 'theme', 'decision']);
    expect(records.map((r) => [Number(r[column('numero')]), r[column('decision')], r[column('decision_code')]])).toEqual([
      [c.p1.ref, 'Adoptée avec amendements', 'adopted_with_amendments'],
      [c.p2.ref, 'Adoptée', 'adopted'],
      [c.p3.ref, 'Hors du champ de compétence', 'out_of_scope'],
    ]);
    expect(records[1][column('avis_motive')]).toBe(
      'Un agent joignable, « toujours », même le week-end ; c’est noté.\n\n- premier point\n- second point ≥ 2',
    );
    expect(records[0][column('empreinte_sha256')]).toBe(report.items[0].fingerprint.value);
    expect(records[0][column('comite_adopter_avec_amendements')]).toBe('2');
    expect(records.every((r) => r.length === header.length)).toBe(true);
    expect(raw.toString('utf8')).not.toContain('NOTE-SECRETE');
    const englishCsv = await (
      await fetch(`${s.baseUrl}/api/consultations/${c.slug}/outcomes.csv`, { headers: { 'Accept-Language': 'en' } })
    ).text();
    // fetch's text() already drops the byte-order mark.
    expect(parseCsv(englishCsv.replace(/^\ufeff/, ''))[0].slice(0, 4)).toEqual(['number', 'title', 'theme', 'decision']);
  });
});

describe('notifying the voters of a secret ballot', () => {
  it('finds them through the voting register, which says who voted and never what', async () => {
    const fixture = await closedVote(db, { votingMethod: 'for_against', ballotSecrecy: 'secret', revisionThreshold: null }, [
      'Former les agents à l’IA',
    ]);
    const [proposal] = fixture.proposals;
    // Five voters: fewer would have their result withheld (SECRET_RESULTS_MIN_BALLOTS, 5 by default).
    const secretVoters = voters.slice(0, 5);
    await db.query(`INSERT INTO vote_register (proposal_id, participant_id) SELECT $1, unnest($2::uuid[])`, [
      proposal.id,
      secretVoters.map((v) => v.participantId),
    ]);
    await db.query(`INSERT INTO ballot_box (proposal_id, value) VALUES ($1, 1), ($1, -1), ($1, 1), ($1, 1), ($1, -1)`, [proposal.id]);
    await setRoster(s, fixture.consultation.slug, chair, []);
    expect((await chair.client.post(`/api/consultations/${fixture.consultation.slug}/committee/review`)).status).toBe(200);
    await vote(chair, proposal, 'adopt', 'Formation indispensable');
    expect((await close(proposal)).body).toMatchObject({ decision: 'adopted', tally: { members: 1, quorumRequired: 1 } });
    await respond(chair, proposal, { opinion: 'Adoptée.' });
    expect((await chair.client.post(`/api/consultations/${fixture.consultation.slug}/outcomes/publish`)).status).toBe(200);
    const report = (await visitor.get(`/api/consultations/${fixture.consultation.slug}/outcomes`)).body;
    expect(report.synthesis.participation).toEqual({ participants: 5, ballots: 5, proposals: 1, comments: 0 });
    expect(report.items[0].citizens).toMatchObject({ secrecy: 'secret', ballots: 5, withheld: false, results: { for: 3, against: 2 } });
    for (const voter of secretVoters) {
      const notices = (await voter.client.get('/api/notifications?pageSize=100')).body.items;
      expect(notices.some((n: any) => n.kind === 'outcomes.published' && n.params.consultationSlug === fixture.consultation.slug)).toBe(
        true,
      );
    }
  });
});

describe('follow-up of adopted recommendations', () => {
  it('takes dated updates from admins, moves the consultation to follow-up, shows timelines and tells followers', async () => {
    const c = await underReview();
    await decideAll(c);
    for (const p of [c.p1, c.p2, c.p3]) await close(p);
    await respond(m1, c.p2, { opinion: 'Adoptée.' });
    const followUp = (p: ProposalFixture) => `/api/proposals/${p.id}/follow-up`;
    expect((await adminClient(s).post(followUp(c.p2), { status: 'planned' })).status).toBe(404);
    expect((await chair.client.post(`/api/consultations/${c.slug}/outcomes/publish`)).status).toBe(200);

    const admin = adminClient(s);
    expect((await visitor.get(followUp(c.p2))).body).toMatchObject({ current: null, entries: [] });
    expect((await m1.client.post(followUp(c.p2), { status: 'planned' })).status).toBe(403);
    expect((await author.client.post(followUp(c.p2), { status: 'planned' })).status).toBe(403);
    expect((await admin.post(followUp(c.p3), { status: 'planned' })).status).toBe(404);
    expect((await visitor.get(followUp(c.p3))).status).toBe(404);
    const abandoned = await admin.post(followUp(c.p2), { status: 'abandoned' });
    expect(abandoned.status).toBe(400);
    expect(abandoned.body.message).toMatch(/motif public/);
    expect((await admin.post(followUp(c.p2), { status: 'in_progress', progress: 150 })).status).toBe(400);
    expect((await admin.post(followUp(c.p2), { status: 'done', progress: 50 })).status).toBe(400);
    expect((await admin.post(followUp(c.p2), { status: 'planned', date: '2025-13-01' })).status).toBe(400);

    const planned = await admin.post(followUp(c.p2), {
      status: 'planned',
      date: '2025-10-01',
      milestone: 'Cahier des charges',
      details: 'Rédaction du **cahier des charges**.',
    });
    expect(planned.status).toBe(201);
    expect(planned.body.current).toMatchObject({ status: 'planned', progress: 0, date: '2025-10-01' });
    expect(planned.body.entries[0]).toMatchObject({
      milestone: 'Cahier des charges',
      detailsHtml: '<p>Rédaction du <strong>cahier des charges</strong>.</p>',
    });
    expect((await visitor.get(`/api/consultations/${c.slug}`)).body.phase).toBe('follow_up');
    await admin.post(followUp(c.p2), { status: 'in_progress', progress: 40, date: '2026-01-15', milestone: 'Standard ouvert le samedi' });
    await admin.post(followUp(c.p2), { status: 'in_progress', date: '2025-12-01', milestone: 'Recrutement' });
    await admin.post(followUp(c.p1), { status: 'done', date: '2026-02-01', milestone: 'Registre en ligne' });

    const timeline = await visitor.get(`/api/proposals/${c.p2.ref}/follow-up`);
    expect(timeline.body.proposal).toMatchObject({ id: c.p2.id, decision: 'adopted', consultationSlug: c.slug });
    expect(timeline.body.entries.map((e: any) => [e.date, e.status, e.progress])).toEqual([
      ['2025-10-01', 'planned', 0],
      ['2025-12-01', 'in_progress', 40],
      ['2026-01-15', 'in_progress', 40],
    ]);
    // Where it stands is the latest update posted, whatever its date.
    expect(timeline.body.current).toMatchObject({ status: 'in_progress', progress: 40, date: '2025-12-01' });

    const consultation = await visitor.get(`/api/consultations/${c.slug}/follow-up?page=1&pageSize=2`);
    expect(consultation.body).toMatchObject({ total: 4, page: 1, pageSize: 2, consultation: { slug: c.slug, phase: 'follow_up' } });
    expect(consultation.body.items.map((e: any) => e.date)).toEqual(['2026-02-01', '2026-01-15']);
    expect(consultation.body.recommendations.map((r: any) => [r.ref, r.decision, r.current?.status])).toEqual([
      [c.p1.ref, 'adopted_with_amendments', 'done'],
      [c.p2.ref, 'adopted', 'in_progress'],
    ]);
    expect((await visitor.get(`/api/consultations/${c.slug}/follow-up?page=2&pageSize=2`)).body.items.map((e: any) => e.date)).toEqual([
      '2025-12-01',
      '2025-10-01',
    ]);
    const report = (await visitor.get(`/api/consultations/${c.slug}/outcomes`)).body;
    expect(report.items.map((i: any) => i.followUp?.status ?? null)).toEqual(['done', 'in_progress', null]);

    // Followers: the author, the voters and the commenters, in the app every time, by mail when the status changes.
    const voterNotices = (await voters[1].client.get('/api/notifications?pageSize=100')).body.items.filter(
      (n: any) => n.kind === 'follow-up.posted' && n.params.consultationSlug === c.slug,
    );
    expect(voterNotices.map((n: any) => n.params.milestone).sort()).toEqual([
      'Cahier des charges',
      'Recrutement',
      'Registre en ligne',
      'Standard ouvert le samedi',
    ]);
    const commenterNotices = (await commenter.client.get('/api/notifications?pageSize=100')).body.items.filter(
      (n: any) => n.kind === 'follow-up.posted' && n.params.consultationSlug === c.slug,
    );
    expect(commenterNotices.map((n: any) => n.params.proposalRef)).toEqual([c.p1.ref]);
    expect(commenterNotices[0]).toMatchObject({
      params: { status: 'done', progress: 100 },
      link: `/consultations/${c.slug}/follow-up#recommendation-${c.p1.ref}`,
    });
    await waitForMail(
      s.mailDir,
      author.email,
      (text) => text.includes(`recommandation n° ${c.p2.ref}`) && text.includes('En cours (40 %)'),
    );
    await waitForMail(
      s.mailDir,
      commenter.email,
      (text) => text.includes(`recommandation n° ${c.p1.ref}`) && text.includes('Réalisée (100 %)'),
    );
  });
});
