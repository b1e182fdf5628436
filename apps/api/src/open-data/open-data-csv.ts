import type { OpenDataTable } from '@concordia/contracts';
import { csvField, csvRecord, UTF8_BOM } from '../outcomes/report/csv';
import type { Section } from './open-data.repository';

type Mapper = (row: Record<string, any>) => unknown;
type Cell = string | number | null | undefined;

interface TableSpec {
  section: Section;
  columns: string[];
  /** From the section's JSON item (the same mapping as the JSON download) to the cells. */
  cells: (item: any) => Cell[];
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Column names in English, as in the JSON; nested values (settings, tallies, documents) as JSON text. */
const TABLES: Record<OpenDataTable, TableSpec> = {
  proposals: {
    section: 'proposals',
    columns: ['id', 'ref', 'round', 'state', 'theme', 'revision_of', 'title', 'summary', 'body', 'published_at'],
    cells: (p) => [p.id, p.ref, p.round, p.state, p.theme, p.revisionOf, p.title, p.summary, p.body, p.publishedAt],
  },
  versions: {
    section: 'versions',
    columns: ['proposal_id', 'version', 'title', 'summary', 'body', 'created_at'],
    cells: (v) => [v.proposalId, v.version, v.title, v.summary, v.body, v.createdAt],
  },
  comments: {
    section: 'comments',
    columns: ['id', 'proposal_id', 'parent_id', 'stance', 'body', 'created_at'],
    cells: (c) => [c.id, c.proposalId, c.parentId, c.stance, c.body, c.createdAt],
  },
  'open-ballots': { section: 'openBallots', columns: ['participant', 'proposal_id', 'value'], cells: (b) => [b.participant, b.proposalId, b.value] },
  'secret-box': { section: 'secretBox', columns: ['proposal_id', 'value'], cells: (b) => [b.proposalId, b.value] },
  'ballot-trackers': { section: 'ballotTrackers', columns: ['proposal_id', 'tracker'], cells: (t) => [t.proposalId, t.tracker] },
  'register-counts': { section: 'registerCounts', columns: ['proposal_id', 'secrecy', 'voters'], cells: (r) => [r.proposalId, r.secrecy, r.voters] },
  results: {
    section: 'frozenResults',
    columns: ['round', 'position', 'proposal_id', 'ref', 'ballots', 'withheld', 'method', 'majority_grade', 'rank', 'results'],
    cells: (r) => [r.round, r.position, r.proposalId, r.ref, r.ballots, String(r.withheld), r.results?.method, r.results?.majorityGrade ?? null, r.results?.rank ?? null, json(r.results)],
  },
  'committee-tallies': { section: 'committeeTallies', columns: ['proposal_id', 'decision', 'tally'], cells: (t) => [t.proposalId, t.decision, json(t.tally)] },
  responses: {
    section: 'responses',
    columns: ['proposal_id', 'published_at', 'fingerprint', 'document'],
    cells: (r) => [r.proposalId, r.publishedAt, r.fingerprint, json(r.document)],
  },
  audit: {
    section: 'audit',
    columns: ['seq', 'kind', 'created_at', 'previous_hash', 'hash', 'payload'],
    cells: (e) => [e.seq, e.kind, e.createdAt, e.previousHash, e.hash, json(e.payload)],
  },
};

/** The CSV download of one table: its section, its header line, and a row's line. */
export function csvTable(table: OpenDataTable, mappers: Record<Section, Mapper>) {
  const spec = TABLES[table];
  const numeric = new Set(['ref', 'round', 'version', 'value', 'voters', 'position', 'ballots', 'seq', 'rank', 'majority_grade']);
  return {
    section: spec.section,
    header: UTF8_BOM + csvRecord(spec.columns),
    row: (row: Record<string, any>) =>
      csvRecord(spec.cells(mappers[spec.section](row)).map((cell, i) => csvField(cell, numeric.has(spec.columns[i]) ? 'number' : 'text'))),
  };
}
