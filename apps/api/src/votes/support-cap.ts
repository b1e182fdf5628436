/**
 * The optional cap on supports per citizen and consultation, checked without races: every cast
 * that counts against the cap first takes a transaction-scoped advisory lock on
 * (consultation, participant), so two supports from one person are counted one after the other,
 * while different people (or consultations) never wait for each other. The lock ends with the
 * transaction; nothing is stored.
 *
 * The keys are two 32-bit hashes; a collision only makes two unrelated casts wait for each other.
 */
export const SUPPORT_CAP_LOCK = `SELECT pg_advisory_xact_lock(hashtext('support-cap:' || $1::text), hashtext($2::text))`;

/** Supports given on the consultation's standing proposals: a withdrawn or merged proposal frees its support. */
export function supportsGivenQuery(table: 'ballots' | 'vote_register'): string {
  return `SELECT count(*)::int AS given FROM ${table} b JOIN proposals p ON p.id = b.proposal_id
           WHERE b.participant_id = $1 AND p.consultation_id = $2 AND p.state = 'published'`;
}
