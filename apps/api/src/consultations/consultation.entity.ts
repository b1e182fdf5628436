import type { Phase } from '@concordia/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'consultations' })
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() slug: string;
  @Column() title: string;
  @Column() summary: string;
  @Column() description: string;
  @Column({ type: 'text' }) phase: Phase;
  @Column({ type: 'text', array: true }) themes: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
