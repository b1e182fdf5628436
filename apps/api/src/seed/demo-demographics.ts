import type { EntityManager } from 'typeorm';
import { seededRandom } from './demo-ballots';

/** Draws a key by weight: the demo's participants are younger and more urban than the census, as real ones tend to be. */
function pick(random: () => number, weights: Record<string, number>): string {
  const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
  let r = random() * total;
  for (const [key, weight] of Object.entries(weights)) {
    r -= weight;
    if (r < 0) return key;
  }
  return Object.keys(weights)[0];
}

const AGES = { '16-17': 2, '18-24': 22, '25-34': 26, '35-49': 24, '50-64': 15, '65-74': 8, '75+': 3 };
const COMMUNES = { '34172': 70, '34057': 8, '34129': 6, '34270': 4, '34123': 4, '34337': 3, 'hors-metropole': 5 };
const GENDERS = { femme: 44, homme: 52, autre: 4 };

/**
 * Optional answers for the demo participants (identities whose register key starts with "demo:"),
 * so the representativeness page has something to compare: about four in five answer each
 * question. Once, like the rest of the demo: a later start adds nothing.
 */
export async function seedDemoDemographics(manager: EntityManager): Promise<void> {
  const done = await manager.query(
    `SELECT 1 FROM participant_demographics d JOIN identity_register r USING (participant_id) WHERE r.email_hmac LIKE 'demo:%' LIMIT 1`,
  );
  if (done.length > 0) return;
  const people: { participant_id: string }[] = await manager.query(
    `SELECT participant_id FROM identity_register WHERE email_hmac LIKE 'demo:%' ORDER BY email_hmac`,
  );
  const random = seededRandom(7);
  const rows = people.map(({ participant_id }) => ({
    id: participant_id,
    age: random() < 0.8 ? pick(random, AGES) : null,
    commune: random() < 0.85 ? pick(random, COMMUNES) : null,
    gender: random() < 0.75 ? pick(random, GENDERS) : null,
  }));
  await manager.query(
    `INSERT INTO participant_demographics (participant_id, age_band, commune, gender)
     SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::text[]), unnest($4::text[]) ON CONFLICT (participant_id) DO NOTHING`,
    [rows.map((r) => r.id), rows.map((r) => r.age), rows.map((r) => r.commune), rows.map((r) => r.gender)],
  );
}
