import { Injectable } from '@nestjs/common';
import type { CensusDimension, Language, MyDemographics, Representativeness, RepresentativenessDimension } from '@concordia/contracts';
import {
  categoryKeys,
  categoryLabel,
  censusProblems,
  compareShares,
  DEMOGRAPHIC_DIMENSIONS,
  DemographicDimension,
  SMALL_CELL_THRESHOLD,
  suppressSmallCells,
  totalIsShown,
} from '@concordia/domain';
import type { AuthContext } from '../auth/auth-context';
import { badRequest, notFound } from '../common/http/app-exception';
import type { CensusDto, MyDemographicsDto } from './demographics.dto';
import { CensusRow, DemographicsRepository } from './demographics.repository';

const NOTHING: MyDemographics = { ageBand: null, commune: null, gender: null };

/**
 * Opt-in demographics and the public representativeness comparison. Answers are read and written by
 * the person's participant id only; the comparison publishes aggregates through libs/domain's
 * small-cell rule, and every format (page, CSV, JSON) is built from the same protected object.
 */
@Injectable()
export class DemographicsService {
  constructor(private readonly repository: DemographicsRepository) {}

  async mine(auth: AuthContext): Promise<MyDemographics> {
    return (await this.repository.find(auth.user.participantId)) ?? NOTHING;
  }

  /** A whole replacement: a field left out is no longer answered. With no answer left, no row is kept. */
  async set(auth: AuthContext, input: MyDemographicsDto): Promise<MyDemographics> {
    const row: MyDemographics = { ageBand: input.ageBand ?? null, commune: input.commune ?? null, gender: input.gender ?? null };
    if (!row.ageBand && !row.commune && !row.gender) await this.repository.delete(auth.user.participantId);
    else await this.repository.upsert(auth.user.participantId, row);
    return row;
  }

  async withdraw(auth: AuthContext): Promise<void> {
    await this.repository.delete(auth.user.participantId);
  }

  async representativeness(slug: string | undefined, language: Language): Promise<Representativeness> {
    const consultation = slug ? await this.repository.consultation(slug) : null;
    if (slug && !consultation) throw notFound('consultations.not-found');
    const [{ participants, counts }, census] = await Promise.all([this.repository.counts(consultation?.id ?? null), this.repository.census()]);
    const dimensions = DEMOGRAPHIC_DIMENSIONS.map((dimension): RepresentativenessDimension => {
      const cells = categoryKeys(dimension).map((key) => ({ key, count: counts[dimension].get(key) ?? 0 }));
      const answered = cells.reduce((sum, cell) => sum + cell.count, 0);
      const reference = census.filter((row) => row.dimension === dimension);
      const compared = compareShares(dimension, suppressSmallCells(cells), answered, new Map(reference.map((row) => [row.category, row.share])));
      return {
        dimension,
        answered: totalIsShown(answered) ? answered : null,
        cells: compared.map(({ key, ...cell }) => ({ category: key, label: categoryLabel(dimension, key, language), ...cell })),
        census: reference[0] ? { source: reference[0].source, year: reference[0].year } : null,
      };
    });
    return {
      consultation: consultation ? { slug: consultation.slug, title: consultation.title } : null,
      participants: totalIsShown(participants) ? participants : null,
      threshold: SMALL_CELL_THRESHOLD,
      dimensions,
    };
  }

  async census(): Promise<CensusDimension[]> {
    return censusByDimension(await this.repository.census());
  }

  async setCensus(input: CensusDto): Promise<CensusDimension[]> {
    const problem = censusProblems(input.dimension, input.shares)[0];
    if (problem) throw badRequest(`demographics.census-${problem}`, { dimension: input.dimension });
    await this.repository.replaceCensus(input.dimension, input.source, input.year ?? null, input.shares);
    return this.census();
  }
}

function censusByDimension(rows: CensusRow[]): CensusDimension[] {
  return DEMOGRAPHIC_DIMENSIONS.map((dimension: DemographicDimension) => {
    const own = rows.filter((row) => row.dimension === dimension);
    return {
      dimension,
      source: own[0]?.source ?? null,
      year: own[0]?.year ?? null,
      shares: own.map(({ category, share }) => ({ category, share })),
    };
  });
}
