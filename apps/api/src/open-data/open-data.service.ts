import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { OPEN_DATA_FORMAT, OpenDataConsultation, OpenDataTable } from '@concordia/contracts';
import { settingsOf } from '../consultations/consultation-settings';
import { AppException } from '../common/http/app-exception';
import { startAttachment } from '../common/http/attachment';
import { safeError } from '../common/logging/safe-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { csvTable } from './open-data-csv';
import {
  toAuditEntry,
  toBoxValue,
  toComment,
  toCommitteeTally,
  toOpenBallot,
  toProposal,
  toResponse,
  toTracker,
  toVersion,
} from './open-data-rows';
import { OpenDataRepository, Rows, Section, Snapshot } from './open-data.repository';
import { ClientGone, JsonArrayWriter, StreamWriter } from './json-stream';

type Mapper = (row: Record<string, any>) => unknown;

/** Streams a consultation's open data as one JSON document or as one CSV table. */
@Injectable()
export class OpenDataService {
  private readonly logger = new Logger('OpenData');

  constructor(
    private readonly data: OpenDataRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async json(slug: string, response: Response): Promise<void> {
    const consultation = await this.find(slug);
    this.headers(response, 'application/json; charset=utf-8', `${slug}-open-data.json`);
    const out = new StreamWriter(response);
    await this.guard(response, this.data.snapshot(consultation.id, async (snapshot) => {
      const head = {
        format: OPEN_DATA_FORMAT,
        generatedAt: new Date().toISOString(),
        licence: this.config.openDataLicence,
        consultation,
      };
      await out.write(JSON.stringify(head).slice(0, -1));
      const mappers = this.mappers(consultation);
      for (const [name, section] of Object.entries(JSON_SECTIONS) as [string, Section][]) {
        const array = new JsonArrayWriter(out);
        await array.open(`,\n"${name}":`);
        await snapshot.read(section, (rows) => array.items(rows.map(mappers[section])));
        await array.close();
      }
      await this.frozenResults(snapshot, out);
      await out.write('}\n');
    }));
  }

  async csv(slug: string, table: OpenDataTable, response: Response): Promise<void> {
    const consultation = await this.find(slug);
    this.headers(response, 'text/csv; charset=utf-8', `${slug}-${table}.csv`);
    const out = new StreamWriter(response);
    const { section, header, row } = csvTable(table, this.mappers(consultation));
    await this.guard(response, this.data.snapshot(consultation.id, async (snapshot) => {
      await out.write(header);
      await snapshot.read(section, (rows: Rows) => out.write(rows.map(row).join('')));
    }));
  }

  /** Rounds, each with its fingerprint and its items in published order (the list the fingerprint covers). */
  private async frozenResults(snapshot: Snapshot, out: StreamWriter): Promise<void> {
    const rounds = new Map<number, string>();
    await snapshot.read('frozenRounds', (rows) => rows.forEach((r) => rounds.set(r.round, r.fingerprint)));
    await out.write(',\n"frozenResults":[');
    let current: number | null = null;
    let array: JsonArrayWriter | null = null;
    await snapshot.read('frozenResults', async (rows) => {
      for (const r of rows) {
        if (r.round !== current) {
          if (array) await array.close().then(() => out.write('},'));
          current = r.round;
          array = new JsonArrayWriter(out);
          await array.open(`\n{"round":${r.round},"fingerprint":${JSON.stringify(rounds.get(r.round) ?? null)},"items":`);
        }
        await (array as JsonArrayWriter).items([{ proposalId: r.proposal_id, ref: Number(r.ref), position: r.position, ...r.data }]);
      }
    });
    if (array) await (array as JsonArrayWriter).close().then(() => out.write('}'));
    await out.write(']');
  }

  private mappers(consultation: OpenDataConsultation): Record<Section, Mapper> {
    const secrecy = (consultation.settings as { ballotSecrecy: 'open' | 'secret' }).ballotSecrecy;
    return {
      proposals: toProposal,
      versions: toVersion,
      comments: toComment,
      openBallots: toOpenBallot(this.config.sessionSecret, consultation.id),
      secretBox: toBoxValue,
      ballotTrackers: toTracker,
      registerCounts: (r) => ({ proposalId: r.proposal_id, secrecy, voters: secrecy === 'secret' ? r.secret : r.open }),
      frozenRounds: (r) => r,
      frozenResults: (r) => ({ round: r.round, proposalId: r.proposal_id, ref: Number(r.ref), position: r.position, ...r.data }),
      committeeTallies: toCommitteeTally,
      responses: toResponse,
      audit: toAuditEntry,
    };
  }

  private async find(slug: string): Promise<OpenDataConsultation> {
    const row = await this.data.consultation(slug);
    if (!row) throw new AppException(404, 'consultations.not-found');
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      phase: row.phase,
      revisionRound: row.revision_round,
      settings: settingsOf({ settings: row.settings ?? {} }) as unknown as Record<string, unknown>,
      secretResultsMinimum: this.config.secretResultsMinimum,
    };
  }

  private headers(response: Response, type: string, filename: string): void {
    startAttachment(response, type, filename);
    response.setHeader('X-Licence', `${this.config.openDataLicence.name} <${this.config.openDataLicence.url}>`);
  }

  /** Once the first byte is out no error page can follow: the response is cut short instead. */
  private async guard(response: Response, work: Promise<void>): Promise<void> {
    try {
      await work;
      response.end();
    } catch (error) {
      if (!(error instanceof ClientGone)) this.logger.error({ error: safeError(error) }, 'open data export failed');
      response.destroy();
    }
  }
}

/** The JSON document's array sections, in order (frozen results come last, grouped by round). */
const JSON_SECTIONS: Record<string, Section> = {
  proposals: 'proposals',
  versions: 'versions',
  comments: 'comments',
  openBallots: 'openBallots',
  secretBox: 'secretBox',
  ballotTrackers: 'ballotTrackers',
  registerCounts: 'registerCounts',
  committeeTallies: 'committeeTallies',
  responses: 'responses',
  audit: 'audit',
};
