export const PHASES = [
  'draft',
  'proposals_open',
  'voting_open',
  'committee_review',
  'outcomes_published',
  'follow_up',
  'closed',
] as const;
export type Phase = (typeof PHASES)[number];

export interface ConsultationSummary {
  id: string;
  slug: string;
  title: string;
  summary: string;
  phase: Phase;
  themes: string[];
  createdAt: string;
}
