/** Who sits on the committee for one proposal, and who declared a conflict of interest. */
export interface CommitteeRoster {
  memberIds: readonly string[];
  recusedIds: readonly string[];
}

export interface CommitteeAttendance {
  members: number;
  recused: number;
  /** Members not recused: the base of the quorum. */
  eligible: number;
  /** Ballots cast, abstentions included: an abstaining member is present. */
  voted: number;
  /** Voters needed for the quorum: more than half of the eligible members. */
  quorumRequired: number;
  quorumReached: boolean;
}

/**
 * Ballots that cannot exist are a bug upstream, not a vote to count: someone off the roster, a
 * recused member, or a second ballot from the same member.
 */
export function committeeAttendance(roster: CommitteeRoster, voterIds: readonly string[]): CommitteeAttendance {
  const members = new Set(roster.memberIds);
  const recused = new Set(roster.recusedIds);
  if (members.size !== roster.memberIds.length) throw new RangeError('A member is listed twice');
  for (const id of recused) if (!members.has(id)) throw new RangeError(`Recused ${id} is not a member`);
  const seen = new Set<string>();
  for (const id of voterIds) {
    if (!members.has(id)) throw new RangeError(`${id} is not a member of this committee`);
    if (recused.has(id)) throw new RangeError(`${id} is recused and cannot vote`);
    if (seen.has(id)) throw new RangeError(`${id} voted twice`);
    seen.add(id);
  }
  const eligible = members.size - recused.size;
  const quorumRequired = Math.floor(eligible / 2) + 1;
  return {
    members: members.size,
    recused: recused.size,
    eligible,
    voted: seen.size,
    quorumRequired,
    quorumReached: eligible > 0 && seen.size >= quorumRequired,
  };
}
