import type { Role } from '@concordia/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() email: string;
  @Column({ name: 'email_normalised' }) emailNormalised: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId: string;
  @Column({ name: 'display_name' }) displayName: string;
  @Column({ name: 'password_hash' }) passwordHash: string;
  @Column({ type: 'text', array: true }) roles: Role[];
  @Column() language: 'fr' | 'en';
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true }) emailVerifiedAt: Date | null;
  @Column({ name: 'totp_secret', type: 'text', nullable: true }) totpSecret: string | null;
  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true }) totpPendingSecret: string | null;
  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true }) totpEnabledAt: Date | null;
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true }) totpLastStep: string | null;
  @Column({ name: 'blocked_at', type: 'timestamptz', nullable: true }) blockedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
