import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { ApiClient } from '../support/api-client';
import type { TestStackInfo } from '../support/test-stack';

/** Shared by consultations, proposals and comments specs: each test makes its own consultation. */
export const PHASE_ORDER = ['draft', 'proposals_open', 'voting_open', 'committee_review'] as const;
export type TestPhase = (typeof PHASE_ORDER)[number];

export const THEMES = ['Données personnelles', 'Transports', 'Santé'];

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

/** Creates a consultation as the admin and moves it, one step at a time, to `phase`. */
export async function newConsultation(admin: ApiClient, phase: TestPhase = 'proposals_open', body: Record<string, unknown> = {}): Promise<{ slug: string; id: string }> {
  const created = await admin.post('/api/consultations', {
    title: `Consultation de test ${uniqueSuffix()}`,
    summary: 'Pour les tests',
    themes: THEMES,
    ...body,
  });
  if (created.status !== 201) throw new Error(`create consultation: ${created.status} ${JSON.stringify(created.body)}`);
  const slug: string = created.body.slug;
  for (const to of PHASE_ORDER.slice(1, PHASE_ORDER.indexOf(phase) + 1)) {
    const moved = await admin.post(`/api/consultations/${slug}/phase`, { to });
    if (moved.status !== 200) throw new Error(`move to ${to}: ${moved.status} ${JSON.stringify(moved.body)}`);
  }
  return { slug, id: created.body.id };
}

/** A proposal by `author`, submitted, and published by the admin (pre-moderation is the default). */
export async function publishedProposal(author: ApiClient, admin: ApiClient, slug: string, fields: Record<string, unknown> = {}): Promise<any> {
  const created = await author.post(`/api/consultations/${slug}/proposals`, { title: `Proposition ${uniqueSuffix()}`, body: 'Texte', submit: true, ...fields });
  if (created.status !== 201) throw new Error(`create proposal: ${created.status} ${JSON.stringify(created.body)}`);
  if (created.body.state === 'published') return created.body;
  const published = await admin.post(`/api/proposals/${created.body.id}/publish`);
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return published.body;
}

export async function withDatabase<T>(stack: TestStackInfo, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
