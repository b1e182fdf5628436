import { Client } from 'pg';
import { ApiClient } from '../support/api-client';
import { verifiedCitizen } from '../support/accounts';
import { stack } from '../support/stack-env';

const s = stack();

async function notifyDirectly(userId: string, kind: string, count = 1): Promise<void> {
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (let i = 0; i < count; i++) {
    await db.query(`INSERT INTO notifications (user_id, kind, params, link) VALUES ($1, $2, $3, '/consultations')`, [userId, kind, { n: i }]);
  }
  await db.end();
}

describe('notification centre', () => {
  it('lists my notifications newest first with an unread count, and marks them read', async () => {
    const citizen = await verifiedCitizen(s);
    const me = (await citizen.get('/api/auth/me')).body;
    await notifyDirectly(me.id, 'proposal.published', 3);
    expect((await citizen.get('/api/notifications/unread-count')).body).toEqual({ unread: 3 });
    const page = await citizen.get('/api/notifications?page=1&pageSize=2');
    expect(page.body).toMatchObject({ page: 1, pageSize: 2, total: 3, unread: 3 });
    expect(page.body.items).toHaveLength(2);
    expect((await citizen.post(`/api/notifications/${page.body.items[0].id}/read`)).status).toBe(204);
    expect((await citizen.get('/api/notifications/unread-count')).body).toEqual({ unread: 2 });
    expect((await citizen.post('/api/notifications/read-all')).status).toBe(204);
    expect((await citizen.get('/api/notifications/unread-count')).body).toEqual({ unread: 0 });
  });

  it('keeps notifications private', async () => {
    const owner = await verifiedCitizen(s);
    const other = await verifiedCitizen(s);
    const ownerId = (await owner.get('/api/auth/me')).body.id;
    await notifyDirectly(ownerId, 'proposal.rejected');
    const id = (await owner.get('/api/notifications')).body.items[0].id;
    expect((await other.post(`/api/notifications/${id}/read`)).status).toBe(404);
    expect((await other.get('/api/notifications')).body.total).toBe(0);
    expect((await new ApiClient(s.baseUrl).get('/api/notifications')).status).toBe(401);
  });
});
