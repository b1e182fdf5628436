import type { Browser, BrowserContext, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { ApiClient } from '../support/api-client';
import { DEMO, signInStaff, staffAccount, verifiedCitizen, uniqueEmail } from '../support/accounts';
import { Citizen, insertCitizens } from '../support/fixtures-votes';
import { stack } from '../support/stack-env';

/**
 * Set-up for the committee's browser scenario, through the API as the people concerned would do it
 * (and the database only for what no screen does: the voters' sessions, the members' names).
 */

/** The admin signs in once per file; when every nearby TOTP step is taken, wait for the next one. */
export async function signInAdmin(): Promise<ApiClient> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const admin = await signInStaff(stack(), DEMO.admin);
      // staffAccount() gives roles through this session.
      process.env.CONCORDIA_ADMIN_COOKIES = admin.exportCookies();
      return admin;
    } catch {
      await new Promise((ok) => setTimeout(ok, 30_000 - (Date.now() % 30_000) + 500));
    }
  }
  throw new Error('The admin could not sign in (TOTP steps all used?)');
}

export interface Member {
  client: ApiClient;
  id: string;
  name: string;
}

/** Fresh committee accounts (verified, TOTP enrolled and signed in), named as a person would be. */
export async function committeeMembers(db: Pool, names: string[]): Promise<Member[]> {
  const members: Member[] = [];
  // One after another: each gets its role through the shared admin session.
  for (const name of names) {
    const account = await staffAccount(stack(), ['committee']);
    await db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [account.id, name]);
    members.push({ client: account.client, id: account.id, name });
  }
  return members;
}

/** A browser context signed in as the API client's person (the session cookies copied over). */
export async function browserAs(browser: Browser, client: ApiClient | null): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true });
  if (client) {
    const pairs = JSON.parse(client.exportCookies()) as [string, string][];
    await context.addCookies(pairs.map(([name, value]) => ({ name, value, url: stack().baseUrl })));
  }
  return { context, page: await context.newPage() };
}

export async function expectStatus(response: Promise<{ status: number; body: any }>, status: number, what: string): Promise<any> {
  const result = await response;
  if (result.status !== status) throw new Error(`${what}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

export interface VotedConsultation {
  slug: string;
  title: string;
  proposals: { id: string; ref: number; title: string }[];
  voters: Citizen[];
}

/**
 * A consultation by majority judgment with post-moderation, made by the admin: a citizen proposes
 * (published at once), the admin opens the vote.
 */
export async function votingConsultation(
  admin: ApiClient,
  titles: string[],
  ballotSecrecy: 'open' | 'secret' = 'open',
): Promise<Omit<VotedConsultation, 'voters'> & { move: (to: string) => Promise<unknown> }> {
  const title = `Caméras augmentées et espace public ${randomUUID().slice(0, 8)}`;
  const created = await expectStatus(
    admin.post('/api/consultations', {
      title,
      summary: 'Consultation créée par un test navigateur.',
      themes: ['Sécurité', 'Données personnelles'],
      settings: { votingMethod: 'majority_judgment', ballotSecrecy, moderation: 'post', revisionThreshold: null },
    }),
    201,
    'create consultation',
  );
  const slug: string = created.slug;
  const move = (to: string) => expectStatus(admin.post(`/api/consultations/${slug}/phase`, { to }), 200, `move to ${to}`);
  await move('proposals_open');
  const author = await verifiedCitizen(stack(), uniqueEmail('autrice'));
  const proposals: VotedConsultation['proposals'] = [];
  for (const proposalTitle of titles) {
    const proposal = await expectStatus(
      author.post(`/api/consultations/${slug}/proposals`, {
        title: proposalTitle,
        summary: `Résumé : ${proposalTitle}`,
        body: `Texte de la proposition **${proposalTitle}**.`,
        submit: true,
      }),
      201,
      'create proposal',
    );
    if (proposal.state !== 'published') throw new Error(`proposal not published: ${proposal.state}`);
    proposals.push({ id: proposal.id, ref: proposal.ref, title: proposalTitle });
  }
  await move('voting_open');
  return { slug, title, proposals, move };
}

/**
 * A consultation by majority judgment with open ballots and post-moderation: a citizen proposes,
 * the admin opens the vote, citizens grade, the admin closes the vote (phase committee_review).
 */
export async function votedConsultation(admin: ApiClient, db: Pool, titles: string[], grades: number[][]): Promise<VotedConsultation> {
  const { slug, title, proposals, move } = await votingConsultation(admin, titles);
  const voters = await insertCitizens(db, stack(), Math.max(...grades.map((g) => g.length)));
  for (const [index, proposal] of proposals.entries()) {
    for (const [i, grade] of grades[index].entries()) {
      await expectStatus(voters[i].client.put(`/api/proposals/${proposal.id}/vote`, { grade }), 200, 'grade');
    }
  }
  await move('committee_review');
  return { slug, title, proposals, voters };
}

export async function ballot(member: Member, proposalId: string, body: Record<string, unknown>): Promise<void> {
  await expectStatus(member.client.put(`/api/proposals/${proposalId}/committee/ballot`, body), 200, `ballot of ${member.name}`);
}

export async function closeVote(chair: Member, proposalId: string): Promise<void> {
  await expectStatus(chair.client.post(`/api/proposals/${proposalId}/committee/vote/close`), 200, 'close');
}

export async function draftResponse(member: Member, proposalId: string, body: Record<string, unknown>): Promise<void> {
  await expectStatus(member.client.put(`/api/proposals/${proposalId}/committee/response`, body), 200, 'response');
}

/** Waits for Angular Material's animations (dialogs, ripples) to end before axe looks at the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}
