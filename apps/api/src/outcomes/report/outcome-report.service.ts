import { Injectable } from '@nestjs/common';
import type {
  CommitteeTallyData,
  DecisionCount,
  FollowUpCurrent,
  Language,
  OutcomeRecommendation,
  OutcomeReport,
  OutcomeReportExport,
  PublishedCommitteeBallot,
  PublishedCommitteeVote,
  ResponseDecisionName,
} from '@concordia/contracts';
import { COMMITTEE_CHOICES, DEFAULT_GRADE_SCALE, isAdoptedDecision, phaseIndex, RESPONSE_DECISIONS } from '@concordia/domain';
import { AppException } from '../../common/http/app-exception';
import { translate } from '../../common/i18n/messages';
import { gradeOf } from '../../committee/ballots/committee-vote.mapper';
import { CommitteeBallotsRepository, StoredBallot } from '../../committee/ballots/committee-ballots.repository';
import { committeeSettingsData, committeeSettingsOf } from '../../committee/committee-settings';
import { CommitteeRepository, RosterMember } from '../../committee/committee.repository';
import { CitizenResults } from '../../committee/review/citizen-results.service';
import { ReviewConsultation, ReviewsRepository } from '../../committee/review/reviews.repository';
import { contributor } from '../../proposals/proposal.mapper';
import { renderMarkdown } from '../../proposals/markdown';
import { FollowUpRepository, FollowUpRow } from '../follow-up/follow-up.repository';
import { OutcomeReportRepository, PublishedResponseRow } from './outcome-report.repository';

export const FINGERPRINT_DEFINITION =
  'fingerprint.value = lowercase hex SHA-256 of the UTF-8 bytes of the RFC 8785 (JCS) canonical JSON of fingerprint.document ' +
  '(schema concordia.official-response/1: consultation {slug, title}; proposal {id, ref, version, title, summary, body}; decision; ' +
  'opinion and amendedText as written in Markdown; committeeVote, the committee tally; publishedAt).';

/**
 * The public outcome report, read from the frozen published documents (what the fingerprints cover)
 * plus live figures (citizens' results, follow-up). It never reads the committee's private notes,
 * and the committee ballots only through the consultation's publication rule (named or anonymous).
 */
@Injectable()
export class OutcomeReportService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly committee: CommitteeRepository,
    private readonly report: OutcomeReportRepository,
    private readonly ballots: CommitteeBallotsRepository,
    private readonly results: CitizenResults,
    private readonly followUp: FollowUpRepository,
  ) {}

  /** 404 for a slug never used and before publication: there is no report yet. */
  async publishedConsultation(slug: string): Promise<{ consultation: ReviewConsultation; publishedAt: Date }> {
    const consultation = await this.reviews.consultationBySlug(slug);
    if (!consultation) throw new AppException(404, 'consultations.not-found');
    const { outcomesPublishedAt } = await this.committee.state(consultation.id);
    if (!outcomesPublishedAt || phaseIndex(consultation.phase) < phaseIndex('outcomes_published'))
      throw new AppException(404, 'outcomes.not-published');
    return { consultation, publishedAt: outcomesPublishedAt };
  }

  async page(slug: string, page: number, pageSize: number, language: Language): Promise<OutcomeReport> {
    const all = await this.build(slug, language);
    return { ...all, items: all.items.slice((page - 1) * pageSize, page * pageSize), page, pageSize };
  }

  async export(slug: string, language: Language): Promise<OutcomeReportExport> {
    const all = await this.build(slug, language);
    return { format: 'concordia.outcomes/1', generatedAt: new Date().toISOString(), fingerprintDefinition: FINGERPRINT_DEFINITION, ...all };
  }

  private async build(slug: string, language: Language): Promise<OutcomeReport> {
    const { consultation, publishedAt } = await this.publishedConsultation(slug);
    const [published, participation, roster, state] = await Promise.all([
      this.report.published(consultation.id),
      this.report.participation(consultation.id),
      this.committee.roster(consultation.id),
      this.committee.state(consultation.id),
    ]);
    const settings = committeeSettingsOf(state.rules);
    const ids = published.map((row) => row.proposalId);
    const [authors, citizens, ballots, followUps] = await Promise.all([
      this.reviews.authors(ids),
      this.results.of(
        consultation,
        published.map((row) => ({ id: row.proposalId, round: row.round })),
      ),
      this.ballots.all(ids),
      this.followUp.current(ids),
    ]);
    const named = settings.publication === 'named';
    const items = published.map((row): OutcomeRecommendation => {
      const { document } = row;
      return {
        proposal: {
          id: row.proposalId,
          ref: row.ref,
          title: document.proposal.title,
          summary: document.proposal.summary,
          theme: row.theme,
          version: document.proposal.version,
          authors: (authors.get(row.proposalId) ?? []).map((a) => contributor(a.id, a.displayName, language)),
        },
        decision: document.decision,
        opinion: document.opinion,
        opinionHtml: renderMarkdown(document.opinion),
        amendedText: document.amendedText,
        amendedTextHtml: document.amendedText === null ? null : renderMarkdown(document.amendedText),
        citizens: citizens.get(row.proposalId) as OutcomeRecommendation['citizens'],
        committee: publishedVote(
          document.committeeVote as CommitteeTallyData,
          ballots.filter((b) => b.proposalId === row.proposalId),
          named,
          roster,
          language,
        ),
        publishedAt: new Date(row.publishedAt).toISOString(),
        fingerprint: fingerprintOf(row),
        followUp: isAdoptedDecision(document.decision) ? currentOf(followUps.get(row.proposalId)) : null,
      };
    });
    return {
      consultation: {
        id: consultation.id,
        slug: consultation.slug,
        title: consultation.title,
        summary: consultation.summary,
        phase: consultation.phase,
        votingMethod: consultation.settings.votingMethod,
        ballotSecrecy: consultation.settings.ballotSecrecy,
        gradeScale: (consultation.settings.gradeScale ?? DEFAULT_GRADE_SCALE).grades.map((g) => ({ value: g.value, fr: g.fr, en: g.en })),
      },
      publishedAt: new Date(publishedAt).toISOString(),
      committee: {
        size: roster.length,
        members: named ? roster.map((m) => ({ displayName: m.displayName, role: m.role })) : null,
        settings: committeeSettingsData(settings),
      },
      synthesis: { reviewed: items.length, decisions: decisionCounts(items.map((i) => i.decision)), participation },
      items,
      page: 1,
      pageSize: items.length,
      total: items.length,
    };
  }
}

function fingerprintOf(row: PublishedResponseRow): OutcomeRecommendation['fingerprint'] {
  return {
    algorithm: 'SHA-256',
    canonicalization: 'RFC 8785',
    value: row.fingerprint,
    document: row.document as OutcomeRecommendation['fingerprint']['document'],
  };
}

export function currentOf(row: FollowUpRow | undefined): FollowUpCurrent | null {
  return row
    ? {
        status: row.status,
        progress: row.progress,
        date: row.date,
        postedAt: new Date(row.postedAt).toISOString(),
        reason: row.status === 'abandoned' ? row.reason : null,
      }
    : null;
}

function decisionCounts(decisions: ResponseDecisionName[]): DecisionCount[] {
  return RESPONSE_DECISIONS.map((decision) => ({ decision, count: decisions.filter((d) => d === decision).length }));
}

const CHOICE_ORDER = new Map<string, number>(COMMITTEE_CHOICES.map((choice, i) => [choice, i]));

/**
 * Named: every ballot and recusal with the member's name, in roster order (members removed after
 * voting last). Anonymous: the votes' reasons only, with no name and in an order that says nothing of
 * who cast them (choice or grade, then text); recusals appear only as the tally's count, since a
 * declared conflict of interest would often name its author.
 */
function publishedVote(
  tally: CommitteeTallyData,
  ballots: StoredBallot[],
  named: boolean,
  roster: RosterMember[],
  language: Language,
): PublishedCommitteeVote {
  if (named) {
    const order = new Map(roster.map((m, i) => [m.userId, i]));
    const sorted = [...ballots].sort(
      (a, b) =>
        (order.get(a.memberId ?? '') ?? roster.length) - (order.get(b.memberId ?? '') ?? roster.length) ||
        (a.memberName ?? '').localeCompare(b.memberName ?? ''),
    );
    return {
      publication: 'named',
      tally,
      ballots: sorted.map((b) => published(b, b.memberName ?? translate('participants.deleted', language))),
    };
  }
  const votes = ballots.filter((b) => b.kind === 'vote').map((b) => published(b, null));
  votes.sort(
    (a, b) =>
      (CHOICE_ORDER.get(a.choice ?? '') ?? 0) - (CHOICE_ORDER.get(b.choice ?? '') ?? 0) ||
      gradeRank(b.grade) - gradeRank(a.grade) ||
      Number(b.amendments) - Number(a.amendments) ||
      a.reason.localeCompare(b.reason, 'fr'),
  );
  return { publication: 'anonymous', tally, ballots: votes };
}

const gradeRank = (grade: number | 'no_opinion' | null) => (typeof grade === 'number' ? grade : 0);

function published(ballot: StoredBallot, member: string | null): PublishedCommitteeBallot {
  return {
    member,
    kind: ballot.kind,
    choice: ballot.choice,
    grade: gradeOf(ballot),
    amendments: ballot.amendments,
    reason: ballot.statement,
  };
}
