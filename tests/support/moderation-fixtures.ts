import { Client } from 'pg';
import type { ApiClient } from './api-client';
import { uniqueEmail, verifiedCitizen } from './accounts';
import type { TestStackInfo } from './test-stack';

/** A verified citizen with what moderation tests need to check: the address mails go to, and the account id. */
export async function citizen(stack: TestStackInfo): Promise<{ client: ApiClient; email: string; id: string }> {
  const email = uniqueEmail('auteur');
  const client = await verifiedCitizen(stack, email);
  const me = await client.get('/api/auth/me');
  return { client, email, id: me.body.id };
}

export async function sql<T = any>(stack: TestStackInfo, text: string, params: unknown[] = []): Promise<T[]> {
  const db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/** Puts someone on a consultation's committee roster (the committee API is another module's). */
export async function addToRoster(stack: TestStackInfo, consultationId: string, userId: string): Promise<void> {
  await sql(stack, `INSERT INTO committee_members (consultation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [consultationId, userId]);
}

/** The signed-in person's notifications of one kind, newest first. */
export async function notices(client: ApiClient, kind: string): Promise<any[]> {
  const page = await client.get('/api/notifications?pageSize=100');
  return page.body.items.filter((item: { kind: string }) => item.kind === kind);
}
