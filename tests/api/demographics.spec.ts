import { ApiClient } from '../support/api-client';
import { adminClient, uniqueEmail, verifiedCitizen } from '../support/accounts';
import { castOpenBallots, parseCsv } from '../support/committee-fixtures';
import { Citizen, createConsultation, createProposals, insertCitizens, votesDatabase } from '../support/fixtures-votes';
import { stack } from '../support/stack-env';

const s = stack();
const db = votesDatabase(s);
const visitor = new ApiClient(s.baseUrl);

/**
 * Who answered what, for the 19 voters of one consultation. Age bands: 4 people aged 18–24 (hidden),
 * 5 aged 25–34 (shown), 6 aged 35–49, 3 aged 50–64 and 1 aged 65–74. The cells under 5 add up to 8, so
 * no shown cell is hidden as their complement; and with a threshold of 4, 3 + 1 would already make 4,
 * so the 4 would show: the test tells 5 from any other threshold. Gender: 10 women, 8 men, 1 "autre".
 */
const AGES = [...Array(4).fill('18-24'), ...Array(5).fill('25-34'), ...Array(6).fill('35-49'), ...Array(3).fill('50-64'), '65-74'];
const GENDERS = [...Array(10).fill('femme'), ...Array(8).fill('homme'), 'autre'];

let slug: string;
let voters: Citizen[];

beforeAll(async () => {
  const consultation = await createConsultation(db, 'voting_open', { votingMethod: 'for_against', ballotSecrecy: 'open' });
  slug = consultation.slug;
  const [proposal] = await createProposals(db, consultation, ['Un registre public des algorithmes']);
  voters = await insertCitizens(db, s, AGES.length);
  await castOpenBallots(db, proposal, voters, voters.map(() => 1));
  for (const [i, voter] of voters.entries()) {
    const set = await voter.client.put('/api/demographics/me', { ageBand: AGES[i], gender: GENDERS[i], commune: '34172' });
    if (set.status !== 200) throw new Error(`set demographics: ${set.status} ${JSON.stringify(set.body)}`);
  }
}, 120_000);
afterAll(() => db.end());

const cell = (body: any, dimension: string, category: string) =>
  body.dimensions.find((d: any) => d.dimension === dimension).cells.find((c: any) => c.category === category);

/** Every number a reader can see is null or at least 5: a count, an "answered" total, the participants. */
function everyCountAtLeastFive(body: any): void {
  const counts = [body.participants, ...body.dimensions.flatMap((d: any) => [d.answered, ...d.cells.map((c: any) => c.count)])];
  for (const count of counts) expect(count === null || count >= 5).toBe(true);
}

describe('representativeness', () => {
  it('hides a breakdown cell of 4 and shows a cell of 5, on the page data and in the JSON download', async () => {
    for (const path of [`/api/demographics/representativeness?consultation=${slug}`, `/api/demographics/representativeness.json?consultation=${slug}`]) {
      const response = await visitor.get(path);
      expect(response.status).toBe(200);
      const body = typeof response.body === 'string' ? JSON.parse(response.body) : response.body;
      expect(body.participants).toBe(19);
      expect(cell(body, 'ageBand', '18-24')).toMatchObject({ count: null, suppressed: true, share: null });
      expect(cell(body, 'ageBand', '25-34')).toMatchObject({ count: 5, suppressed: false, share: 0.2632 });
      expect(cell(body, 'ageBand', '65-74')).toMatchObject({ count: null, suppressed: true });
      expect(cell(body, 'ageBand', '25-34').censusShare).toEqual(expect.any(Number));
      // 1 "autre" alone would be given back by 19 − 10 − 8: the smallest shown cell (8 men) is hidden with it.
      expect(cell(body, 'gender', 'autre')).toMatchObject({ count: null, suppressed: true });
      expect(cell(body, 'gender', 'homme')).toMatchObject({ count: null, suppressed: true });
      expect(cell(body, 'gender', 'femme')).toMatchObject({ count: 10, suppressed: false });
      everyCountAtLeastFive(body);
    }
  });

  it('hides a cell of 4 and shows a cell of 5 in the CSV download too', async () => {
    const response = await visitor.get(`/api/demographics/representativeness.csv?consultation=${slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const [header, ...records] = parseCsv((response.body as string).replace(/^\ufeff/, ''));
    expect(header).toEqual(['dimension', 'categorie', 'libelle', 'effectif', 'masque', 'part', 'part_recensement', 'ecart']);
    const row = (dimension: string, category: string) => records.find((r) => r[0] === dimension && r[1] === category)!;
    expect(row('ageBand', '18-24').slice(3, 6)).toEqual(['', '1', '']);
    expect(row('ageBand', '25-34').slice(3, 6)).toEqual(['5', '0', '0.2632']);
    expect(row('gender', 'autre')[3]).toBe('');
    expect(row('all', '_total')[3]).toBe('19');
    for (const record of records) if (record[3] !== '') expect(Number(record[3])).toBeGreaterThanOrEqual(5);
  });

  it('gives the platform-wide view without a consultation, and 404 for an unknown one', async () => {
    const all = await visitor.get('/api/demographics/representativeness');
    expect(all.status).toBe(200);
    expect(all.body.consultation).toBeNull();
    everyCountAtLeastFive(all.body);
    // The demo participants' answers (seeded) and this file's voters: Montpellier is a large, shown cell.
    expect(cell(all.body, 'commune', '34172')).toMatchObject({ suppressed: false, count: expect.any(Number) });
    expect((await visitor.get('/api/demographics/representativeness?consultation=nope-never')).status).toBe(404);
  });
});

describe('my answers', () => {
  it('are optional, checked against the lists, and withdrawn entirely', async () => {
    const client = await verifiedCitizen(s, uniqueEmail('demographie'));
    expect(await client.get('/api/demographics/me').then((r) => r.body)).toEqual({ ageBand: null, commune: null, gender: null });
    const saved = await client.put('/api/demographics/me', { commune: '34057' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ ageBand: null, commune: '34057', gender: null });

    const bad = await client.put('/api/demographics/me', { commune: 'Paris' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('Certains champs sont invalides : La commune n’a pas une valeur autorisée');
    expect((await client.put('/api/demographics/me', { gender: 'prefer-not-to-say' })).status).toBe(400);
    expect((await client.put('/api/demographics/me', { ageBand: '16-17', email: 'x@example.org' })).status).toBe(400);

    const { participant_id } = (await db.query(`SELECT participant_id FROM users WHERE id = $1`, [(await client.get('/api/auth/me')).body.id])).rows[0];
    const stored = await db.query(`SELECT * FROM participant_demographics WHERE participant_id = $1`, [participant_id]);
    expect(stored.rows).toEqual([{ participant_id, age_band: null, commune: '34057', gender: null }]);

    const withdrawn = await client.delete('/api/demographics/me');
    expect(withdrawn.status).toBe(204);
    expect((await db.query(`SELECT 1 FROM participant_demographics WHERE participant_id = $1`, [participant_id])).rowCount).toBe(0);
    expect((await client.get('/api/demographics/me')).body).toEqual({ ageBand: null, commune: null, gender: null });
  });

  it('need a signed-in person', async () => {
    expect((await visitor.get('/api/demographics/me')).status).toBe(401);
  });

  it('are stored apart from identity: no account id, e-mail, name or time in the table', async () => {
    const { rows } = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'participant_demographics' ORDER BY ordinal_position`,
    );
    expect(rows.map((r) => r.column_name)).toEqual(['participant_id', 'age_band', 'commune', 'gender']);
    // Keyed by the pseudonymous participant id, never by users.id.
    const keys = await db.query(`SELECT participant_id FROM participant_demographics WHERE participant_id = ANY($1::uuid[])`, [voters.map((v) => v.participantId)]);
    expect(keys.rowCount).toBe(voters.length);
    const byUserId = await db.query(`SELECT 1 FROM participant_demographics WHERE participant_id = ANY($1::uuid[])`, [voters.map((v) => v.userId)]);
    expect(byUserId.rowCount).toBe(0);
  });
});

describe('census shares', () => {
  const gender = { dimension: 'gender', source: 'INSEE, recensement 2021', year: 2021, shares: [{ category: 'femme', share: 0.52 }, { category: 'homme', share: 0.48 }] };

  it('cannot be set by a citizen', async () => {
    expect((await voters[0].client.put('/api/demographics/census', gender)).status).toBe(403);
  });

  it('are set by an admin, checked: known categories, 0..1, summing to 1', async () => {
    const admin = adminClient(s);
    const saved = await admin.put('/api/demographics/census', gender);
    expect(saved.status).toBe(200);
    expect(saved.body.find((d: any) => d.dimension === 'gender')).toEqual({ dimension: 'gender', source: 'INSEE, recensement 2021', year: 2021, shares: gender.shares });
    expect(cell((await visitor.get(`/api/demographics/representativeness?consultation=${slug}`)).body, 'gender', 'femme')).toMatchObject({ censusShare: 0.52, share: 0.5263, difference: 0.0063 });

    const sum = await admin.put('/api/demographics/census', { ...gender, shares: [{ category: 'femme', share: 0.5 }, { category: 'homme', share: 0.3 }] });
    expect(sum.status).toBe(400);
    expect(sum.body.message).toBe('Parts du recensement (gender) : leur somme doit valoir 1 (à 0,01 près).');
    const english = await admin.put('/api/demographics/census', { ...gender, shares: [{ category: 'femme', share: 0.5 }, { category: 'homme', share: 0.3 }] }, { language: 'en' });
    expect(english.body.message).toBe('Census shares (gender): they must add up to 1 (within 0.01).');
    const unknown = await admin.put('/api/demographics/census', { ...gender, shares: [{ category: 'femme', share: 0.5 }, { category: 'x', share: 0.5 }] });
    expect(unknown.status).toBe(400);
    expect((await admin.put('/api/demographics/census', { ...gender, shares: [{ category: 'femme', share: 1.2 }] })).status).toBe(400);
    expect((await admin.put('/api/demographics/census', { ...gender, dimension: 'income' })).status).toBe(400);
  });
});
