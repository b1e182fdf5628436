import { createHash } from 'node:crypto';
import { canonicalJson } from '../trust/canonical-json';
import { canonicalFingerprint } from '../trust/hash-chain';
import { ChoicesTallySummary } from './committee-close';
import {
  decisionAgreesWithVote,
  isAdoptedDecision,
  officialResponseDocument,
  publicationProblems,
  publishedDecision,
} from './official-response';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const tally: ChoicesTallySummary = {
  method: 'choices',
  members: 3,
  recused: 0,
  eligible: 3,
  voted: 3,
  quorumRequired: 2,
  adopt: 2,
  adoptWithAmendments: 0,
  reject: 1,
  abstain: 0,
  qualifiedMajority: null,
  decision: 'adopted',
  reasons: ['majority-in-favour'],
};

describe('publicationProblems', () => {
  const draft = { decision: null, opinion: 'Avis motivé', amendedText: null };
  it('is empty for a closed vote with a complete response', () => {
    expect(publicationProblems('adopted', draft)).toEqual([]);
    expect(publicationProblems('adopted_with_amendments', { ...draft, amendedText: 'Texte amendé' })).toEqual([]);
    expect(publicationProblems('not_adopted', { ...draft, decision: 'out_of_scope' })).toEqual([]);
  });
  it('names what is missing', () => {
    expect(publicationProblems(null, null)).toEqual(['vote-open', 'no-response']);
    expect(publicationProblems(null, draft)).toEqual(['vote-open']);
    expect(publicationProblems('adopted', null)).toEqual(['no-response']);
    expect(publicationProblems('adopted', { ...draft, opinion: '  ' })).toEqual(['empty-opinion']);
    expect(publicationProblems('adopted_with_amendments', draft)).toEqual(['amended-text-missing']);
    expect(publicationProblems('adopted', { ...draft, amendedText: 'Autre texte' })).toEqual(['amended-text-unexpected']);
    expect(publicationProblems('adopted', { ...draft, decision: 'not_adopted' })).toEqual(['decision-mismatch']);
    expect(publicationProblems('adopted', { ...draft, decision: 'out_of_scope' })).toEqual(['decision-mismatch']);
  });
  it('takes the vote’s decision unless the response states one that agrees with it', () => {
    expect(publishedDecision('not_adopted', { decision: null })).toBe('not_adopted');
    expect(publishedDecision('not_adopted', { decision: 'out_of_scope' })).toBe('out_of_scope');
    expect(decisionAgreesWithVote('adopted_with_amendments', 'adopted')).toBe(false);
    expect(isAdoptedDecision('adopted_with_amendments')).toBe(true);
    expect(isAdoptedDecision('out_of_scope')).toBe(false);
  });
});

describe('officialResponseDocument', () => {
  const input = {
    consultation: { slug: 'chatbots', title: 'Chatbots et services publics' },
    proposal: { id: 'p1', ref: 12, version: 2, title: 'Un humain joignable', summary: 'Résumé', body: 'Texte **complet**' },
    decision: 'adopted' as const,
    opinion: 'Le comité adopte.',
    amendedText: '  ',
    committeeVote: tally,
    publishedAt: new Date('2025-09-18T10:00:00Z'),
  };
  it('keeps exactly the documented fields, Markdown as written', () => {
    const document = officialResponseDocument({ ...input, extra: 'ignored' } as typeof input);
    expect(Object.keys(document).sort()).toEqual(
      ['amendedText', 'committeeVote', 'consultation', 'decision', 'opinion', 'proposal', 'publishedAt', 'schema'].sort(),
    );
    expect(document).toMatchObject({ schema: 'concordia.official-response/1', amendedText: null, publishedAt: '2025-09-18T10:00:00.000Z' });
  });
  it('drops an amended text unless the decision amends', () => {
    expect(officialResponseDocument({ ...input, amendedText: 'Nouveau texte' }).amendedText).toBeNull();
    const amended = officialResponseDocument({ ...input, decision: 'adopted_with_amendments', amendedText: 'Nouveau texte' });
    expect(amended.amendedText).toBe('Nouveau texte');
  });
  it('has a fingerprint anyone recomputes from the canonical JSON', () => {
    const document = officialResponseDocument(input);
    const fingerprint = canonicalFingerprint(document, sha256);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(canonicalJson(JSON.parse(JSON.stringify(document))))).toBe(fingerprint);
    expect(canonicalFingerprint({ ...document, opinion: 'Le comité adopte !' }, sha256)).not.toBe(fingerprint);
  });
});
