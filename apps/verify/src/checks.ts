import { createHash } from 'node:crypto';
import type { OpenData, OpenDataResultItem } from '@concordia/contracts';
import {
  canonicalFingerprint,
  canonicalJson,
  DEFAULT_GRADE_SCALE,
  GradeScale,
  gradeTallyFromValues,
  majorityJudgmentResult,
  NoOpinionPolicy,
  rankMajorityJudgment,
  secretResultWithheld,
  verifyChain,
} from '@concordia/domain';

export interface Check {
  what: string;
  ok: boolean;
  /** What was compared, or what differs. */
  detail: string;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type Tally = Map<number, number>;

/** value → count, per proposal, from the ballots the open data publishes (open ballots or the secret box). */
function talliesOf(data: OpenData): Map<string, Tally> {
  const secret = data.consultation.settings['ballotSecrecy'] === 'secret';
  const tallies = new Map<string, Tally>();
  for (const ballot of secret ? data.secretBox : data.openBallots) {
    const tally = tallies.get(ballot.proposalId) ?? new Map<number, number>();
    tally.set(ballot.value, (tally.get(ballot.value) ?? 0) + 1);
    tallies.set(ballot.proposalId, tally);
  }
  return tallies;
}

const total = (tally: Tally | undefined) => [...(tally ?? new Map()).values()].reduce((sum, n) => sum + n, 0);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The recomputation of one item from its ballots; null when it agrees with the published item. */
function itemProblem(data: OpenData, item: OpenDataResultItem, tally: Tally, rank: number | null): string | null {
  const settings = data.consultation.settings as { votingMethod: string; ballotSecrecy: 'open' | 'secret'; gradeScale: GradeScale | null; noOpinion: NoOpinionPolicy };
  const ballots = total(tally);
  if (item.ballots !== ballots) return `${ballots} ballots published, ${item.ballots} in the results`;
  const withheld = secretResultWithheld(settings.ballotSecrecy, ballots, data.consultation.secretResultsMinimum);
  if (item.withheld !== withheld) return `withheld should be ${withheld}`;
  const counted = withheld ? new Map<number, number>() : tally;
  const results = item.results as any;
  if (settings.votingMethod === 'support') return results.supports === total(counted) ? null : `supports ${total(counted)} ≠ ${results.supports}`;
  if (settings.votingMethod === 'for_against') {
    const [f, a, x] = [counted.get(1) ?? 0, counted.get(-1) ?? 0, counted.get(0) ?? 0];
    return results.for === f && results.against === a && results.abstain === x ? null : `for/against/abstain ${f}/${a}/${x} ≠ ${results.for}/${results.against}/${results.abstain}`;
  }
  const scale = settings.gradeScale ?? DEFAULT_GRADE_SCALE;
  const expected = majorityJudgmentResult(gradeTallyFromValues(counted, scale), { scale, noOpinion: settings.noOpinion });
  if (canonicalJson(expected.counts) !== canonicalJson(results.counts)) return `counts ${canonicalJson(expected.counts)} ≠ ${canonicalJson(results.counts)}`;
  if (expected.majorityGrade !== results.majorityGrade) return `majority grade ${expected.majorityGrade} ≠ ${results.majorityGrade}`;
  const gauge = expected.gauge;
  if ((gauge === null) !== (results.gauge === null)) return 'gauge present on one side only';
  if (gauge && !(gauge.grade === results.gauge.grade && gauge.sign === results.gauge.sign && near(gauge.p, results.gauge.p) && near(gauge.q, results.gauge.q))) {
    return `gauge (${gauge.grade}, ${gauge.sign}, p ${gauge.p}, q ${gauge.q}) ≠ published`;
  }
  if (rank !== results.rank) return `rank ${rank} ≠ ${results.rank}`;
  return null;
}

/** Every check, in order: chain, frozen results (fingerprints, tallies, ranks), counts, responses. */
export function verifyOpenData(data: OpenData): Check[] {
  const checks: Check[] = [];
  const add = (what: string, problem: string | null, detail: string) => checks.push({ what, ok: problem === null, detail: problem ?? detail });
  const { consultation } = data;

  add('format', data.format === 'concordia-open-data/1' ? null : `unknown format ${data.format}`, data.format);

  const chain = verifyChain(data.audit, sha256Hex);
  add('audit chain', chain.valid ? null : `entry seq ${data.audit[chain.index].seq}: ${chain.problem}`, `${data.audit.length} entries linked, last ${chain.valid ? chain.lastHash?.slice(0, 12) : ''}`);
  const mine = data.audit.filter((e) => e.payload['consultationId'] === consultation.id || e.payload['consultation'] === consultation.slug);

  const tallies = talliesOf(data);
  const method = consultation.settings['votingMethod'];
  const scale = (consultation.settings['gradeScale'] as GradeScale | null) ?? DEFAULT_GRADE_SCALE;
  const noOpinion = consultation.settings['noOpinion'] as NoOpinionPolicy;
  for (const round of data.frozenResults) {
    const list = round.items;
    add(`round ${round.round}: results fingerprint`, canonicalFingerprint(list, sha256Hex) === round.fingerprint ? null : 'the list does not hash to its fingerprint', round.fingerprint.slice(0, 16));
    const closed = mine.filter((e) => e.kind === 'voting.closed' && e.payload['round'] === round.round).at(-1);
    const recorded = (closed?.payload['results'] as { fingerprint?: string } | undefined)?.fingerprint;
    add(`round ${round.round}: fingerprint in the public record`, recorded === round.fingerprint ? null : `voting.closed records ${recorded ?? 'nothing'}`, `voting.closed seq ${closed?.seq}`);

    const ranks = new Map<string, number>();
    if (method === 'majority_judgment') {
      const ranked = rankMajorityJudgment(
        list.filter((item) => !item.withheld).map((item) => {
          const tally = tallies.get(item.proposalId) ?? new Map<number, number>();
          return { id: item.proposalId, createdOrder: item.ref, tally: gradeTallyFromValues(tally, scale) };
        }),
        { scale, noOpinion },
      );
      for (const r of ranked) ranks.set(r.id, r.rank);
    }
    let first: string | null = null;
    for (const item of list) {
      const problem = itemProblem(data, item, tallies.get(item.proposalId) ?? new Map(), method === 'majority_judgment' ? (ranks.get(item.proposalId) ?? null) : (item.results as any).rank ?? null);
      if (problem && !first) first = `proposal n° ${item.ref}: ${problem}`;
    }
    add(`round ${round.round}: tallies, majority grades, gauges, ranks recomputed`, first, `${list.length} proposals`);

    const ballots = closed?.payload['ballots'] as { open: number; register: number; box: number } | undefined;
    if (ballots) {
      const ids = new Set(list.map((item) => item.proposalId));
      const counted = [...tallies].filter(([id]) => ids.has(id)).reduce((sum, [, t]) => sum + total(t), 0);
      const published = consultation.settings['ballotSecrecy'] === 'secret' ? ballots.box : ballots.open;
      add(`round ${round.round}: ballots at the close`, counted === published ? null : `${counted} ballots published, ${published} recorded at the close`, `${counted} = voting.closed`);
    }
  }

  // Register = box = trackers, proposal by proposal (secret); register = ballots (open).
  let mismatch: string | null = null;
  const trackers = new Map<string, number>();
  for (const t of data.ballotTrackers) trackers.set(t.proposalId, (trackers.get(t.proposalId) ?? 0) + 1);
  const refOf = new Map(data.proposals.map((p) => [p.id, p.ref]));
  for (const count of data.registerCounts) {
    const values = total(tallies.get(count.proposalId));
    const sealedUntilClose = count.secrecy === 'secret' && values === 0 && (trackers.get(count.proposalId) ?? 0) === 0 && count.voters > 0;
    if (sealedUntilClose) continue;
    if (values !== count.voters) mismatch ??= `proposal n° ${refOf.get(count.proposalId)}: ${count.voters} voters, ${values} ballots`;
    const tracked = trackers.get(count.proposalId);
    if (tracked !== undefined && tracked !== values) mismatch ??= `proposal n° ${refOf.get(count.proposalId)}: ${tracked} trackers, ${values} ballots`;
  }
  add('register = ballots = trackers', mismatch, `${data.registerCounts.length} proposals`);

  let response: string | null = null;
  const published = new Map<string, string>();
  for (const entry of mine.filter((e) => e.kind === 'outcomes.published')) {
    for (const r of (entry.payload['responses'] as { proposalId: string; fingerprint: string }[]) ?? []) published.set(r.proposalId, r.fingerprint);
  }
  for (const r of data.responses) {
    if (canonicalFingerprint(r.document, sha256Hex) !== r.fingerprint) response ??= `response to n° ${refOf.get(r.proposalId)}: its text does not hash to its fingerprint`;
    else if (published.has(r.proposalId) && published.get(r.proposalId) !== r.fingerprint) response ??= `response to n° ${refOf.get(r.proposalId)}: not the fingerprint the record published`;
  }
  add('official responses', response, `${data.responses.length} fingerprints`);
  return checks;
}
