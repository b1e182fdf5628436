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

export const VOTING_METHOD_NAMES = ['support', 'for_against', 'majority_judgment'] as const;
export type VotingMethodName = (typeof VOTING_METHOD_NAMES)[number];

/** When each phase starts (ISO 8601); a phase without a date is moved by hand. */
export type PhaseScheduleData = Partial<Record<Phase, string>>;

export type EligibilityData = { kind: 'any' } | { kind: 'residents'; postcodes: string[] } | { kind: 'panel' };

export type ReviewRuleData = { kind: 'all' } | { kind: 'min_supports'; minSupports: number } | { kind: 'min_grade'; minGrade: number };

export interface GradeData {
  value: number;
  fr: string;
  en: string;
}

/** Mirrors ConsultationSettings of libs/domain (contracts import nothing). */
export interface ConsultationSettingsData {
  eligibility: EligibilityData;
  moderation: 'pre' | 'post';
  votingMethod: VotingMethodName;
  supportCap: number | null;
  ballotSecrecy: 'open' | 'secret';
  reviewRule: ReviewRuleData;
  /** null: the default five grades. */
  gradeScale: { grades: GradeData[] } | null;
  noOpinion: 'exclude' | 'lowest';
  revisionThreshold: number | null;
}

export interface ConsultationSummary {
  id: string;
  slug: string;
  title: string;
  summary: string;
  phase: Phase;
  /** Short labels; a proposal's theme is one of them. */
  themes: string[];
  createdAt: string;
  phaseSchedule: PhaseScheduleData;
  phaseChangedAt: string;
  votingMethod: VotingMethodName;
}

export type ParticipationBlock =
  | 'sign-in'
  | 'blocked'
  | 'join-residents'
  | 'join-panel'
  | 'phase-closed';

/** What the person reading can do now; a visitor gets `signedIn: false` and the reason `sign-in`. */
export interface Participation {
  signedIn: boolean;
  /** Eligible to take part (whatever the phase): verified account, and joined for residents or panel. */
  eligible: boolean;
  canPropose: boolean;
  canVote: boolean;
  canComment: boolean;
  /** Why the person cannot act now (null when every action of the phase is open to them). */
  reasonIfNot: ParticipationBlock | null;
  /** The same reason, worded in the reader's language. */
  reasonMessage: string | null;
}

export interface ConsultationDetail extends ConsultationSummary {
  /** Markdown as written by the admins. */
  description: string;
  /** The description rendered and sanitised on the server: safe to insert as HTML. */
  descriptionHtml: string;
  settings: ConsultationSettingsData;
  revisionRound: number;
  /** What the phase opens to eligible people, whoever reads. */
  phaseActions: string[];
  participation: Participation;
}

export interface ConsultationInput {
  title: string;
  /** Made from the title when absent, numbered when taken. */
  slug?: string;
  summary?: string;
  description?: string;
  themes?: string[];
  phaseSchedule?: PhaseScheduleData;
  settings?: Partial<ConsultationSettingsData>;
}

export interface MovePhaseRequest {
  to: Phase;
}

/** Residents give a postcode, panel members an invitation code. */
export interface JoinConsultationRequest {
  postcode?: string;
  code?: string;
}

export interface InvitationCodesRequest {
  count: number;
}

export interface ScheduledPhaseMove {
  slug: string;
  from: Phase;
  to: Phase;
}
