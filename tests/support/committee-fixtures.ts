import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { ApiClient } from './api-client';
import { adminClient, staffAccount } from './accounts';
import { Citizen, ConsultationFixture, createConsultation, insertCitizens, Phase } from './fixtures-votes';
import type { TestStackInfo } from './test-stack';

/**
 * Committee and outcome fixtures: staff accounts made once per spec file (each needs a mail and a
 * TOTP enrolment), consultations and ballots written straight into the database, and the roster
 * set through the API as an admin would.
 */
export interface Staff {
  client: ApiClient;
  id: string;
  email: string;
}

export async function committeeAccounts(stack: TestStackInfo, count: number): Promise<Staff[]> {
  const accounts: Staff[] = [];
  // One after another: each sets roles through the shared admin session.
  for (let i = 0; i < count; i++) {
    const account = await staffAccount(stack, ['committee']);
    accounts.push({ client: account.client, id: account.id, email: account.email });
  }
  return accounts;
}

export async function setRoster(
  stack: TestStackInfo,
  slug: string,
  chair: Staff,
  members: Staff[],
  settings?: Record<string, unknown>,
): Promise<void> {
  const body: Record<string, unknown> = {
    members: [{ userId: chair.id, role: 'chair' }, ...members.map((m) => ({ userId: m.id, role: 'member' }))],
  };
  if (settings) body.settings = settings;
  const response = await adminClient(stack).put(`/api/consultations/${slug}/committee`, body);
  if (response.status !== 200) throw new Error(`roster: ${response.status} ${JSON.stringify(response.body)}`);
}

export interface ProposalFixture {
  id: string;
  ref: number;
  title: string;
}

/** Published proposals with a body, optionally by a real author (who then receives mails). */
export async function insertProposals(
  db: Pool,
  consultation: ConsultationFixture,
  titles: string[],
  authorId: string | null = null,
): Promise<ProposalFixture[]> {
  const proposals: ProposalFixture[] = [];
  for (const title of titles) {
    const { rows } = await db.query(
      `INSERT INTO proposals (consultation_id, author_id, title, summary, body, body_html, state, submitted_at, published_at)
       VALUES ($1, $2, $3, 'Résumé de la proposition', 'Texte **complet**', '<p>Texte <strong>complet</strong></p>', 'published', now(), now())
       RETURNING id, ref`,
      [consultation.id, authorId, title],
    );
    proposals.push({ id: rows[0].id, ref: Number(rows[0].ref), title });
  }
  return proposals;
}

/** Open ballots: each citizen casts `values[i]` on the proposal (for/against: 1, -1, 0; support: 1; grades 1..5). */
export async function castOpenBallots(db: Pool, proposalId: string, citizens: Citizen[], values: number[]): Promise<void> {
  await db.query(`INSERT INTO ballots (proposal_id, participant_id, value) SELECT $1, unnest($2::uuid[]), unnest($3::smallint[])`, [
    proposalId,
    citizens.slice(0, values.length).map((c) => c.participantId),
    values,
  ]);
}

export async function comment(db: Pool, proposalId: string, authorId: string, body = 'Je soutiens cette idée.'): Promise<void> {
  await db.query(`INSERT INTO comments (proposal_id, author_id, stance, body) VALUES ($1, $2, 'for', $3)`, [proposalId, authorId, body]);
}

export interface ReviewFixture {
  consultation: ConsultationFixture;
  proposals: ProposalFixture[];
}

/** A consultation whose vote has closed (committee_review), with its proposals. */
export async function closedVote(
  db: Pool,
  settings: Record<string, unknown>,
  titles: string[],
  authorId: string | null = null,
  phase: Phase = 'committee_review',
): Promise<ReviewFixture> {
  const consultation = await createConsultation(db, phase, { revisionThreshold: null, ...settings });
  return { consultation, proposals: await insertProposals(db, consultation, titles, authorId) };
}

export const FOR_AGAINST_OPEN = { votingMethod: 'for_against', ballotSecrecy: 'open', revisionThreshold: null };

export async function voters(db: Pool, stack: TestStackInfo, count: number): Promise<Citizen[]> {
  return insertCitizens(db, stack, count);
}

/** Rasterises the first page with poppler's pdftoppm: the PNG bytes, or an error with its output. */
export async function firstPagePng(pdf: Buffer): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'concordia-pdf-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    const output: string[] = [];
    const code = await new Promise<number | null>((ok, fail) => {
      const child = spawn('/usr/bin/pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', join(dir, 'report.pdf'), join(dir, 'page')]);
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      child.on('error', fail);
      child.on('close', ok);
    });
    const png = readdirSync(dir).find((file) => file.endsWith('.png'));
    if (code !== 0 || !png) throw new Error(`pdftoppm exited with ${code}: ${output.join('')}`);
    return readFileSync(join(dir, png));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Extracts the text of a PDF with poppler's pdftotext (installed beside pdftoppm). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'concordia-pdf-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), pdf);
    const chunks: Buffer[] = [];
    const code = await new Promise<number | null>((ok, fail) => {
      const child = spawn('/usr/bin/pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-']);
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', fail);
      child.on('close', ok);
    });
    if (code !== 0) throw new Error(`pdftotext exited with ${code}`);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** RFC 4180: quoted fields with doubled quotes and line breaks inside, CRLF between records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
