import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PrivacyExport } from '@concordia/contracts';
import { DataSource, EntityManager } from 'typeorm';

type Row = Record<string, unknown>;

/** Whose rows a section holds: the account's, or the pseudonymous participant's (ballots survive erasure). */
type Owner = 'user' | 'participant';

/**
 * One list of the export. `from` ends with a WHERE on `$1` (the owner); `keys` order the rows and page
 * them by keyset, so a heavy user's history is read in slices and never held whole in memory.
 */
interface Section {
  owner: Owner;
  select: string;
  from: string;
  keys: { expr: string; type: 'timestamptz' | 'uuid' | 'bigint' }[];
}

export type ListSection = Exclude<keyof PrivacyExport, 'format' | 'formatVersion' | 'generatedAt' | 'account' | 'preferences' | 'demographics' | 'proposals'>;

const CREATED = (alias: string) => [
  { expr: `${alias}.created_at`, type: 'timestamptz' as const },
  { expr: `${alias}.id`, type: 'uuid' as const },
];

const SECTIONS: Record<ListSection | 'proposals', Section> = {
  sessions: {
    owner: 'user',
    select: `s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.user_agent AS "userAgent"`,
    from: `sessions s WHERE s.user_id = $1`,
    keys: CREATED('s'),
  },
  consultationParticipation: {
    owner: 'user',
    select: `c.slug AS consultation, cp.via, cp.postcode, cp.joined_at AS "joinedAt"`,
    from: `consultation_participants cp JOIN consultations c ON c.id = cp.consultation_id WHERE cp.user_id = $1`,
    keys: [
      { expr: 'cp.joined_at', type: 'timestamptz' },
      { expr: 'cp.consultation_id', type: 'uuid' },
    ],
  },
  proposals: {
    owner: 'user',
    select: `p.id, p.ref::int AS ref, c.slug AS consultation, CASE WHEN p.author_id = $1 THEN 'author' ELSE 'coauthor' END AS role,
             p.title, p.summary, p.body, p.theme, p.state, p.created_at AS "createdAt", p.published_at AS "publishedAt"`,
    from: `proposals p JOIN consultations c ON c.id = p.consultation_id
           WHERE (p.author_id = $1 OR EXISTS (SELECT 1 FROM proposal_coauthors pc WHERE pc.proposal_id = p.id AND pc.user_id = $1))`,
    keys: CREATED('p'),
  },
  comments: {
    owner: 'user',
    select: `c.id, c.proposal_id AS "proposalId", c.parent_id AS "parentId", c.stance, c.body, c.state,
             c.created_at AS "createdAt", c.edited_at AS "editedAt"`,
    from: `comments c WHERE c.author_id = $1`,
    keys: CREATED('c'),
  },
  openBallots: {
    owner: 'participant',
    select: `b.proposal_id AS "proposalId", p.title AS "proposalTitle", b.value, b.cast_at AS "castAt"`,
    from: `ballots b JOIN proposals p ON p.id = b.proposal_id WHERE b.participant_id = $1`,
    keys: [{ expr: 'b.id', type: 'bigint' }],
  },
  // The register only: the ballot box has no participant column, so no value can be joined here.
  secretBallotsCast: {
    owner: 'participant',
    select: `r.proposal_id AS "proposalId", p.title AS "proposalTitle"`,
    from: `vote_register r JOIN proposals p ON p.id = r.proposal_id WHERE r.participant_id = $1`,
    keys: [{ expr: 'r.proposal_id', type: 'uuid' }],
  },
  reports: {
    owner: 'user',
    select: `r.proposal_id AS "proposalId", r.comment_id AS "commentId", r.reason, r.text, r.created_at AS "createdAt"`,
    from: `content_reports r WHERE r.reporter_id = $1`,
    keys: CREATED('r'),
  },
  appeals: {
    owner: 'user',
    select: `a.decision_id AS "decisionId", a.text, a.created_at AS "createdAt", a.outcome, a.decided_at AS "decidedAt"`,
    from: `moderation_appeals a WHERE a.appellant_id = $1`,
    keys: CREATED('a'),
  },
  notifications: {
    owner: 'user',
    select: `n.kind, n.params, n.link, n.created_at AS "createdAt", n.read_at AS "readAt"`,
    from: `notifications n WHERE n.user_id = $1`,
    keys: CREATED('n'),
  },
  committeeMemberships: {
    owner: 'user',
    select: `c.slug AS consultation, m.role, m.added_at AS "addedAt"`,
    from: `committee_members m JOIN consultations c ON c.id = m.consultation_id WHERE m.user_id = $1`,
    keys: [
      { expr: 'm.added_at', type: 'timestamptz' },
      { expr: 'm.consultation_id', type: 'uuid' },
    ],
  },
  committeeNotes: {
    owner: 'user',
    select: `n.proposal_id AS "proposalId", n.body, n.created_at AS "createdAt", n.updated_at AS "updatedAt"`,
    from: `committee_notes n WHERE n.author_id = $1`,
    keys: CREATED('n'),
  },
  committeeBallots: {
    owner: 'user',
    select: `b.proposal_id AS "proposalId", b.kind, b.choice, b.grade, b.statement, b.cast_at AS "castAt"`,
    from: `committee_ballots b WHERE b.member_id = $1`,
    keys: [{ expr: 'b.id', type: 'bigint' }],
  },
  moderationActions: {
    owner: 'user',
    select: `a.action, a.proposal_id AS "proposalId", a.comment_id AS "commentId", a.reason, a.note, a.created_at AS "createdAt"`,
    from: `moderation_actions a WHERE a.actor_id = $1`,
    keys: [{ expr: 'a.seq', type: 'bigint' }],
  },
};

export interface ExportOwner {
  userId: string;
  participantId: string;
}

export interface ErasureTarget {
  id: string;
  email: string;
  emailNormalised: string;
  displayName: string;
  participantId: string;
  roles: string[];
}

const DEMOGRAPHICS = 'participant_demographics';

@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async account(userId: string): Promise<Row | null> {
    const [row] = await this.db.query(
      `SELECT id, email, display_name AS "displayName", roles, language, created_at AS "createdAt",
              email_verified_at AS "emailVerifiedAt", totp_enabled_at IS NOT NULL AS "twoFactorEnabled", blocked_at IS NOT NULL AS blocked
       FROM users WHERE id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /** Pages of one section, oldest first; the hidden `_k*` cursor columns are stripped before yielding. */
  async *pages(section: ListSection | 'proposals', owner: ExportOwner, pageSize = 500): AsyncGenerator<Row[]> {
    const { owner: whose, select, from, keys } = SECTIONS[section];
    const ownerId = whose === 'user' ? owner.userId : owner.participantId;
    const order = keys.map((k) => k.expr).join(', ');
    const cursorColumns = keys.map((k, i) => `${k.expr}::text AS _k${i}`).join(', ');
    let cursor: string[] | null = null;
    for (;;) {
      const after = cursor ? `AND (${order}) > (${keys.map((k, i) => `$${i + 2}::${k.type}`).join(', ')})` : '';
      const rows: Row[] = await this.db.query(
        `SELECT ${select}, ${cursorColumns} FROM ${from} ${after} ORDER BY ${order} LIMIT ${pageSize}`,
        [ownerId, ...(cursor ?? [])],
      );
      if (rows.length === 0) return;
      const last = rows[rows.length - 1];
      cursor = keys.map((_, i) => last[`_k${i}`] as string);
      yield rows.map((row) => {
        for (let i = 0; i < keys.length; i++) delete row[`_k${i}`];
        return row;
      });
      if (rows.length < pageSize) return;
    }
  }

  async versions(proposalIds: string[]): Promise<Row[]> {
    return this.db.query(
      `SELECT proposal_id AS "proposalId", version, title, summary, body, theme, created_at AS "createdAt"
       FROM proposal_versions WHERE proposal_id = ANY($1) ORDER BY proposal_id, version`,
      [proposalIds],
    );
  }

  /** The demographics table belongs to another feature and may not exist yet: asked only when it does. */
  async demographics(participantId: string): Promise<Row | null> {
    if (!(await this.hasDemographics(this.db.manager))) return null;
    const [row] = await this.db.query(`SELECT to_jsonb(d) - 'participant_id' AS data FROM ${DEMOGRAPHICS} d WHERE d.participant_id = $1`, [
      participantId,
    ]);
    return (row?.data as Row) ?? null;
  }

  private async hasDemographics(manager: EntityManager): Promise<boolean> {
    const [{ present }] = await manager.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [DEMOGRAPHICS]);
    return present;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Locks the account, and every admin row when it is one, so two erasures cannot remove the last two admins at once. */
  async lockForErasure(manager: EntityManager, userId: string): Promise<{ target: ErasureTarget; adminCount: number } | null> {
    const [row] = await manager.query(
      `SELECT id, email, email_normalised AS "emailNormalised", display_name AS "displayName", participant_id AS "participantId", roles FROM users WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    if (!row) return null;
    const admins: unknown[] = row.roles.includes('admin') ? await manager.query(`SELECT id FROM users WHERE 'admin' = ANY(roles) ORDER BY id FOR UPDATE`) : [];
    return { target: row as ErasureTarget, adminCount: admins.length };
  }

  /**
   * Removes the person and keeps their contributions: deleting the users row cascades to sessions,
   * e-mail tokens, notifications, eligibility declarations, co-authorships and committee seats, and sets
   * authorship to NULL on proposals, versions, comments, reports, appeals and committee records (shown
   * as a deleted participant). The identity register row stays, so the same e-mail gets the same
   * participant back and open and secret ballots stay one per person.
   */
  async erase(manager: EntityManager, target: ErasureTarget, erasedBy: string | null, mailRecipientHash: string): Promise<void> {
    const { id } = target;
    // Mail not yet sent still holds the address; once sent, a row keeps only its template and the
    // recipient's keyed hash (the mail worker's), which is how it is found here.
    await manager.query(`DELETE FROM mail_outbox WHERE lower(recipient) = ANY($1) OR recipient_hash = $2`, [
      [target.email.toLowerCase(), target.emailNormalised],
      mailRecipientHash,
    ]);
    // Private notes were never a public contribution: nothing to keep signed.
    await manager.query(`DELETE FROM committee_notes WHERE author_id = $1`, [id]);
    // A report still counts towards hiding the item, but its free text may say who wrote it.
    await manager.query(`UPDATE content_reports SET text = NULL WHERE reporter_id = $1`, [id]);
    // A draft nobody else shares was never public: kept, it would be an orphaned text no one can reach.
    await manager.query(
      `DELETE FROM proposals p WHERE p.author_id = $1 AND p.state = 'draft'
         AND NOT EXISTS (SELECT 1 FROM proposal_coauthors pc WHERE pc.proposal_id = p.id AND pc.user_id <> $1)
         AND NOT EXISTS (SELECT 1 FROM proposals o WHERE o.revision_of = p.id OR o.merged_into = p.id)`,
      [id],
    );
    if (await this.hasDemographics(manager)) {
      await manager.query(`DELETE FROM ${DEMOGRAPHICS} WHERE participant_id = $1`, [target.participantId]);
    }
    await manager.query(`DELETE FROM users WHERE id = $1`, [id]);
    await manager.query(`INSERT INTO account_erasures (account_id, erased_by) VALUES ($1, $2)`, [id, erasedBy]);
  }
}
