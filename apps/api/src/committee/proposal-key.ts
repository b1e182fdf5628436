const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `:id` in /api/proposals/:id/… is the proposal's uuid or its number (#ref), as in the proposals API.
 * Returns the SQL condition on a proposals alias `p` and its parameter, or null for neither.
 */
export function proposalKey(idOrRef: string): { where: string; value: string } | null {
  if (UUID.test(idOrRef)) return { where: 'p.id = $1::uuid', value: idOrRef };
  if (/^\d{1,15}$/.test(idOrRef)) return { where: 'p.ref = $1::bigint', value: idOrRef };
  return null;
}
