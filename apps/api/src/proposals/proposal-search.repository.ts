import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalState } from '@concordia/contracts';
import { DataSource } from 'typeorm';
import { PUBLIC_STATES } from './proposal-rules';

/** Which proposals a list may show: public ones, all but drafts (staff), or the reader's own (any state). */
export type ListScope = { kind: 'public' } | { kind: 'staff' } | { kind: 'mine'; userId: string };

export interface ListFilter {
  consultationId: string;
  scope: ListScope;
  states?: ProposalState[];
  q?: string;
  theme?: string;
}

export type SqlOrder = 'newest' | 'oldest' | 'relevance' | 'random' | 'most_supported';

export interface ProposalRow {
  id: string;
  ref: string;
  title: string;
  summary: string;
  theme: string | null;
  state: ProposalState;
  version: number;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
  submitted_at: Date | null;
  published_at: Date | null;
}

const COLUMNS = `p.id, p.ref, p.title, p.summary, p.theme, p.state, p.version, p.author_id, u.display_name AS author_name,
  p.created_at, p.submitted_at, p.published_at`;

/** French, accents ignored, from what people type into a search box ("securite donnees", "-vidéo"). */
const TSQUERY = `websearch_to_tsquery('public.concordia_fr', :q)`;

/** Net support from both ballot tables: a support or "for" counts 1, "against" -1; grades are not counted here. */
const SUPPORT_SCORE = `(SELECT coalesce(sum(CASE b.value WHEN 1 THEN 1 WHEN -1 THEN -1 ELSE 0 END), 0) FROM
  (SELECT value FROM ballots WHERE proposal_id = p.id UNION ALL SELECT value FROM ballot_box WHERE proposal_id = p.id) b)`;

const ORDERS: Record<SqlOrder, string> = {
  newest: `p.published_at DESC NULLS LAST, p.created_at DESC, p.ref DESC`,
  oldest: `p.published_at ASC NULLS LAST, p.created_at ASC, p.ref ASC`,
  relevance: `ts_rank(p.search, ${TSQUERY}) + word_similarity(concordia_unaccent(:q), concordia_unaccent(p.title)) DESC, p.ref DESC`,
  // A stable shuffle per seed: the same visitor pages through one order, another visitor sees another.
  random: `md5(p.id::text || :seed), p.ref`,
  most_supported: `${SUPPORT_SCORE} DESC, p.ref ASC`,
};

/** Named parameters (:name) to positional ones ($n) for DataSource.query. */
function positional(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const index = new Map<string, number>();
  const text = sql.replace(/(?<!:):([a-zA-Z]\w*)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing SQL parameter ${name}`);
    if (!index.has(name)) {
      values.push(params[name]);
      index.set(name, values.length);
    }
    return `$${index.get(name)}`;
  });
  return [text, values];
}

@Injectable()
export class ProposalSearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private where(filter: ListFilter): { sql: string; params: Record<string, unknown> } {
    const clauses = ['p.consultation_id = :consultationId'];
    const params: Record<string, unknown> = { consultationId: filter.consultationId };
    const scope = filter.scope;
    if (scope.kind === 'public') {
      clauses.push(`(p.state = ANY(:publicStates::text[]) OR (p.state = 'withdrawn' AND p.published_at IS NOT NULL))`);
      params['publicStates'] = PUBLIC_STATES;
    } else if (scope.kind === 'staff') {
      // Drafts belong to their authors, staff included.
      clauses.push(`p.state <> 'draft'`);
    } else {
      clauses.push(`(p.author_id = :me OR EXISTS (SELECT 1 FROM proposal_coauthors c WHERE c.proposal_id = p.id AND c.user_id = :me AND c.accepted_at IS NOT NULL))`);
      params['me'] = scope.userId;
    }
    if (filter.states) {
      clauses.push(`p.state = ANY(:states::text[])`);
      params['states'] = filter.states;
    }
    if (filter.theme) {
      clauses.push('p.theme = :theme');
      params['theme'] = filter.theme;
    }
    if (filter.q) {
      // Full text first; the trigram test catches typos and word fragments the stemmer cannot.
      clauses.push(`(p.search @@ ${TSQUERY} OR concordia_unaccent(:q) <% concordia_unaccent(p.title))`);
      params['q'] = filter.q;
    }
    return { sql: clauses.join(' AND '), params };
  }

  async count(filter: ListFilter): Promise<number> {
    const { sql, params } = this.where(filter);
    const [text, values] = positional(`SELECT count(*)::int AS total FROM proposals p WHERE ${sql}`, params);
    const [{ total }] = await this.db.query(text, values);
    return total;
  }

  async page(filter: ListFilter, order: SqlOrder, page: number, pageSize: number, seed = ''): Promise<ProposalRow[]> {
    const { sql, params } = this.where(filter);
    const [text, values] = positional(
      `SELECT ${COLUMNS} FROM proposals p LEFT JOIN users u ON u.id = p.author_id WHERE ${sql}
       ORDER BY ${ORDERS[order]} LIMIT :limit OFFSET :offset`,
      { ...params, seed, q: filter.q ?? '', limit: pageSize, offset: (page - 1) * pageSize },
    );
    return this.db.query(text, values);
  }

  /** Ids with their creation order, for ranking in memory (majority judgment). */
  async candidates(filter: ListFilter): Promise<{ id: string; ref: string }[]> {
    const { sql, params } = this.where(filter);
    const [text, values] = positional(`SELECT p.id, p.ref FROM proposals p WHERE ${sql}`, params);
    return this.db.query(text, values);
  }

  async rowsByIds(ids: string[]): Promise<ProposalRow[]> {
    if (ids.length === 0) return [];
    return this.db.query(`SELECT ${COLUMNS} FROM proposals p LEFT JOIN users u ON u.id = p.author_id WHERE p.id = ANY($1::uuid[])`, [ids]);
  }

  /** Ballot counts per proposal and value, open and secret tables together (a consultation uses one). */
  async ballotCounts(ids: string[]): Promise<{ proposal_id: string; value: number; count: number }[]> {
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT proposal_id, value, sum(n)::int AS count FROM (
         SELECT proposal_id, value, count(*) AS n FROM ballots WHERE proposal_id = ANY($1::uuid[]) GROUP BY 1, 2
         UNION ALL
         SELECT proposal_id, value, count(*) AS n FROM ballot_box WHERE proposal_id = ANY($1::uuid[]) GROUP BY 1, 2
       ) t GROUP BY 1, 2`,
      [ids],
    );
  }

  /**
   * Published proposals close to a title being typed: trigram similarity on the accent-free title
   * (typos, word fragments) or any of its words in the French full-text index; best five.
   */
  similar(consultationId: string, title: string, excludeId: string | null): Promise<(Pick<ProposalRow, 'id' | 'ref' | 'title' | 'summary'> & { score: number })[]> {
    const [text, values] = positional(
      `WITH query AS (
         SELECT concordia_unaccent(:title) AS t,
                to_tsquery('simple', replace(plainto_tsquery('public.concordia_fr', :title)::text, ' & ', ' | ')) AS words
       )
       SELECT p.id, p.ref, p.title, p.summary,
              least(1, greatest(similarity(concordia_unaccent(p.title), query.t), word_similarity(query.t, concordia_unaccent(p.title)))
                       + ts_rank(p.search, query.words))::float AS score
       FROM proposals p, query
       WHERE p.consultation_id = :consultationId
         AND (p.state = ANY(:publicStates::text[]))
         AND (:excludeId::uuid IS NULL OR p.id <> :excludeId::uuid)
         AND (concordia_unaccent(p.title) % query.t OR query.t <% concordia_unaccent(p.title) OR p.search @@ query.words)
       ORDER BY score DESC, p.ref DESC
       LIMIT 5`,
      { consultationId, title, excludeId, publicStates: PUBLIC_STATES },
    );
    return this.db.query(text, values);
  }
}
