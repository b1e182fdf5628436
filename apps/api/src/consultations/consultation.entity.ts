import type { Phase } from '@concordia/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'consultations' })
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() slug: string;
  @Column() title: string;
  @Column() summary: string;
  /** Markdown; rendered and sanitised when read (there is no stored HTML column for it). */
  @Column() description: string;
  @Column({ type: 'text' }) phase: Phase;
  @Column({ type: 'text', array: true }) themes: string[];
  /** Partial ConsultationSettings; read through settingsOf() so missing keys take the defaults. */
  @Column({ type: 'jsonb' }) settings: Record<string, unknown>;
  /** Phase → ISO start date. */
  @Column({ name: 'phase_schedule', type: 'jsonb' }) phaseSchedule: Record<string, string>;
  @Column({ name: 'revision_round', type: 'int' }) revisionRound: number;
  @Column({ name: 'phase_changed_at', type: 'timestamptz' }) phaseChangedAt: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
