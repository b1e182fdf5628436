import { Injectable } from '@nestjs/common';
import type { Language } from '@concordia/contracts';
import { EntityManager } from 'typeorm';

export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
  language: Language;
}

export interface AuthorRecipient extends Recipient {
  proposalId: string;
}

const recipientFrom = (row: Record<string, any>): Recipient => ({
  userId: row.id,
  email: row.email,
  displayName: row.display_name,
  language: row.language,
});

/**
 * Who follows a recommendation, without anyone having to subscribe: its authors (first author and
 * accepted co-authors), the citizens who voted on it (open ballots by participant id; secret ones
 * through the voting register, which says who voted and never what) and those who commented it.
 * Erased accounts have no user row any more and are left out naturally.
 */
@Injectable()
export class FollowersRepository {
  async authors(manager: EntityManager, proposalIds: string[]): Promise<AuthorRecipient[]> {
    const rows = await manager.query(
      `SELECT DISTINCT p.id AS proposal_id, u.id, u.email, u.display_name, u.language
         FROM proposals p
         JOIN users u ON u.id = p.author_id
                      OR u.id IN (SELECT c.user_id FROM proposal_coauthors c WHERE c.proposal_id = p.id AND c.accepted_at IS NOT NULL)
        WHERE p.id = ANY($1::uuid[])`,
      [proposalIds],
    );
    return rows.map((row: Record<string, any>) => ({ ...recipientFrom(row), proposalId: row.proposal_id }));
  }

  /** Citizens who voted on or commented any of the proposals, each once. */
  async participants(manager: EntityManager, proposalIds: string[]): Promise<Recipient[]> {
    const rows = await manager.query(
      `WITH voters AS (
         SELECT participant_id FROM ballots WHERE proposal_id = ANY($1::uuid[])
         UNION SELECT participant_id FROM vote_register WHERE proposal_id = ANY($1::uuid[]))
       SELECT u.id, u.email, u.display_name, u.language FROM users u JOIN voters v ON v.participant_id = u.participant_id
       UNION
       SELECT u.id, u.email, u.display_name, u.language
         FROM comments c JOIN users u ON u.id = c.author_id
        WHERE c.proposal_id = ANY($1::uuid[]) AND c.state = 'published'`,
      [proposalIds],
    );
    return rows.map(recipientFrom);
  }

  /** Authors, voters and commenters of one recommendation, each once. */
  async followers(manager: EntityManager, proposalId: string): Promise<Recipient[]> {
    const byId = new Map<string, Recipient>();
    for (const recipient of [...(await this.authors(manager, [proposalId])), ...(await this.participants(manager, [proposalId]))]) {
      byId.set(recipient.userId, {
        userId: recipient.userId,
        email: recipient.email,
        displayName: recipient.displayName,
        language: recipient.language,
      });
    }
    return [...byId.values()];
  }
}
