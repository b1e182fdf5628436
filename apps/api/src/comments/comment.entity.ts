import type { CommentStance } from '@concordia/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CommentState = 'published' | 'pending' | 'hidden' | 'rejected' | 'deleted';

@Entity({ name: 'comments' })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'proposal_id', type: 'uuid' }) proposalId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  /** 0 for a comment on the proposal, 1 and 2 for replies (checked by the database too). */
  @Column({ type: 'smallint' }) depth: number;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) stance: CommentStance;
  @Column() body: string;
  @Column({ type: 'text' }) state: CommentState;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt: Date | null;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  /** Personal data found and not yet reviewed by a moderator: the comment waits in `pending`. */
  @Column({ name: 'personal_data_pending', type: 'boolean' }) personalDataPending: boolean;
}
