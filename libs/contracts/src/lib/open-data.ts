import type { BallotSecrecyName, ProposalResults } from './votes';

/**
 * GET /api/consultations/:slug/open-data.json — everything needed to recompute and check a
 * consultation's results without its database (npm run verify). Streamed: sections are written one
 * after the other, each as an array, from one consistent snapshot of the database.
 */
export const OPEN_DATA_FORMAT = 'concordia-open-data/1';

export interface OpenDataConsultation {
  id: string;
  slug: string;
  title: string;
  phase: string;
  revisionRound: number;
  /** The rules the ballots were cast under (method, scale, "no opinion", secrecy…). */
  settings: Record<string, unknown>;
  /** A secret result with fewer ballots publishes its count only. */
  secretResultsMinimum: number;
}

export interface OpenDataProposal {
  id: string;
  ref: number;
  round: number;
  state: string;
  theme: string | null;
  revisionOf: string | null;
  title: string;
  summary: string;
  body: string;
  publishedAt: string | null;
}

export interface OpenDataVersion {
  proposalId: string;
  version: number;
  title: string;
  summary: string;
  body: string;
  createdAt: string;
}

export interface OpenDataComment {
  id: string;
  proposalId: string;
  parentId: string | null;
  stance: string;
  body: string;
  createdAt: string;
}

/** An open ballot; `participant` is a pseudonym valid in this consultation only. */
export interface OpenDataOpenBallot {
  participant: string;
  proposalId: string;
  value: number;
}

/** A value from the secret ballot box: no person, no time, no order. */
export interface OpenDataBoxValue {
  proposalId: string;
  value: number;
}

export interface OpenDataTracker {
  proposalId: string;
  tracker: string;
}

/** How many took part on each proposal, open or secret (the register of a secret vote). */
export interface OpenDataRegisterCount {
  proposalId: string;
  secrecy: BallotSecrecyName;
  voters: number;
}

/** One frozen item: the fingerprint covers the canonical JSON of the round's whole list of these. */
export type OpenDataResultItem = { proposalId: string; ref: number; position: number } & Omit<ProposalResults, 'proposal'>;

export interface OpenDataFrozenRound {
  round: number;
  fingerprint: string;
  items: OpenDataResultItem[];
}

export interface OpenDataCommitteeTally {
  proposalId: string;
  decision: string;
  tally: unknown;
}

export interface OpenDataResponse {
  proposalId: string;
  publishedAt: string;
  document: unknown;
  fingerprint: string;
}

export interface OpenDataAuditEntry {
  seq: number;
  kind: string;
  payload: Record<string, unknown>;
  previousHash: string | null;
  hash: string;
  createdAt: string;
}

export interface OpenData {
  format: typeof OPEN_DATA_FORMAT;
  generatedAt: string;
  licence: { name: string; url: string };
  consultation: OpenDataConsultation;
  proposals: OpenDataProposal[];
  versions: OpenDataVersion[];
  comments: OpenDataComment[];
  openBallots: OpenDataOpenBallot[];
  secretBox: OpenDataBoxValue[];
  ballotTrackers: OpenDataTracker[];
  registerCounts: OpenDataRegisterCount[];
  frozenResults: OpenDataFrozenRound[];
  committeeTallies: OpenDataCommitteeTally[];
  responses: OpenDataResponse[];
  /** The whole public record, from its first entry, so that every link can be checked. */
  audit: OpenDataAuditEntry[];
}

/** The tables of the CSV download, one file each: GET /api/consultations/:slug/open-data/:table.csv */
export const OPEN_DATA_TABLES = [
  'proposals',
  'versions',
  'comments',
  'open-ballots',
  'secret-box',
  'ballot-trackers',
  'register-counts',
  'results',
  'committee-tallies',
  'responses',
  'audit',
] as const;
export type OpenDataTable = (typeof OPEN_DATA_TABLES)[number];
