import type { ProposalState } from '@concordia/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredSpan } from '../moderation/shared/personal-data-flags';

/** A proposal (recommendation). `search` is a generated column, never written, so it is not mapped. */
@Entity({ name: 'proposals' })
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** bigserial: the human number (#ref). pg returns bigint as a string; the mapper converts it. */
  @Column({ type: 'bigint', insert: false, update: false }) ref: string;
  @Column({ name: 'consultation_id', type: 'uuid' }) consultationId: string;
  /** NULL once the author erased their account: shown as a deleted participant. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column() title: string;
  @Column() summary: string;
  @Column() body: string;
  @Column({ name: 'body_html' }) bodyHtml: string;
  @Column({ type: 'text', nullable: true }) theme: string | null;
  @Column({ type: 'text' }) state: ProposalState;
  @Column({ name: 'state_reason', type: 'text', nullable: true }) stateReason: string | null;
  @Column({ name: 'merged_into', type: 'uuid', nullable: true }) mergedInto: string | null;
  @Column({ type: 'int' }) round: number;
  @Column({ name: 'revision_of', type: 'uuid', nullable: true }) revisionOf: string | null;
  @Column({ type: 'int' }) version: number;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  /** Where the personal-data detector found something (spans without the text), and whether a moderator must still look. */
  @Column({ name: 'personal_data', type: 'jsonb' }) personalData: StoredSpan[];
  @Column({ name: 'personal_data_pending', type: 'boolean' }) personalDataPending: boolean;
}

/** Every version of a proposal's text, the first one included: the history and its diffs. */
@Entity({ name: 'proposal_versions' })
export class ProposalVersionEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' }) proposalId: string;
  @PrimaryColumn({ type: 'int' }) version: number;
  @Column() title: string;
  @Column() summary: string;
  @Column() body: string;
  @Column({ type: 'text', nullable: true }) theme: string | null;
  @Column({ name: 'edited_by', type: 'uuid', nullable: true }) editedBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
}

/** A co-author is invited by the first author and becomes one on accepting. */
@Entity({ name: 'proposal_coauthors' })
export class ProposalCoauthorEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' }) proposalId: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'invited_at', type: 'timestamptz', insert: false, update: false }) invitedAt: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
}
