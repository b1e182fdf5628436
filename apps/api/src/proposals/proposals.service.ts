import { Injectable } from '@nestjs/common';
import type { Language, ProposalDetail, ProposalPermissions } from '@concordia/contracts';
import { phaseAllows } from '@concordia/domain';
import { AppException, badRequest, conflict, forbidden } from '../common/http/app-exception';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import { settingsOf } from '../consultations/consultation-settings';
import { ConsultationsService } from '../consultations/consultations.service';
import { EligibilityService } from '../consultations/eligibility.service';
import { isAdmin, isModerator, Viewer } from '../consultations/viewer';
import type { AuthContext } from '../auth/auth-context';
import { renderMarkdown } from './markdown';
import {
  Authorship,
  canView,
  EDITABLE_STATES,
  isPublicProposal,
  phaseAllowsWithdrawal,
  SUBMITTABLE_STATES,
  WITHDRAWABLE_STATES,
} from './proposal-rules';
import type { ProposalEntity } from './proposal.entity';
import { contributor, summaryFromEntity } from './proposal.mapper';
import { ProposalsRepository, ProposalText } from './proposals.repository';
import type { CreateProposalDto, UpdateProposalDto } from './proposals.dto';

/** A proposal the reader may see, with its consultation and the reader's authorship. */
export interface ViewableProposal {
  proposal: ProposalEntity;
  consultation: ConsultationEntity;
  authorship: Authorship;
}

@Injectable()
export class ProposalsService {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly consultations: ConsultationsService,
    private readonly eligibility: EligibilityService,
  ) {}

  /**
   * Loads a proposal by id or #ref if the reader may see it; 404 otherwise, so that a draft or a
   * proposal awaiting moderation is indistinguishable from one that does not exist.
   */
  async findViewable(idOrRef: string, viewer: Viewer): Promise<ViewableProposal> {
    const found = await this.proposals.findWithConsultation(idOrRef);
    if (!found || (found.consultation.phase === 'draft' && !isAdmin(viewer))) throw new AppException(404, 'proposals.not-found');
    const authorship = await this.proposals.authorship(found.proposal, viewer?.user.id);
    if (!canView(found.proposal, authorship, viewer)) throw new AppException(404, 'proposals.not-found');
    return { ...found, authorship };
  }

  /** For other modules (votes): the proposal and its consultation, no visibility check; null when missing. */
  findWithConsultation(idOrRef: string) {
    return this.proposals.findWithConsultation(idOrRef);
  }

  async create(slug: string, input: CreateProposalDto, auth: AuthContext, language: Language): Promise<ProposalDetail> {
    const consultation = await this.consultations.findVisible(slug, auth);
    await this.eligibility.assertCanAct(consultation, auth.user, 'propose');
    const text = this.text(consultation, { title: input.title, summary: input.summary ?? '', body: input.body ?? '', theme: input.theme ?? null });
    let proposal = await this.proposals.create({ consultationId: consultation.id, authorId: auth.user.id, ...text });
    if (input.submit) proposal = (await this.submitNow(proposal, consultation)) ?? proposal;
    return this.detail({ proposal, consultation, authorship: { firstAuthor: true, author: true, invited: false } }, auth, language);
  }

  async get(idOrRef: string, viewer: Viewer, language: Language): Promise<ProposalDetail> {
    return this.detail(await this.findViewable(idOrRef, viewer), viewer, language);
  }

  /** Authors edit while the phase allows; each change is a new version, an unchanged text is not. */
  async update(idOrRef: string, changes: UpdateProposalDto, auth: AuthContext, language: Language): Promise<ProposalDetail> {
    const found = await this.findViewable(idOrRef, auth);
    const { proposal, consultation, authorship } = found;
    if (!authorship.author) throw forbidden('proposals.not-author');
    if (!EDITABLE_STATES.includes(proposal.state)) throw conflict('proposals.not-editable');
    await this.eligibility.assertCanAct(consultation, auth.user, 'edit_proposal');
    const updated = await this.proposals.edit(proposal.id, auth.user.id, (current) => {
      if (!EDITABLE_STATES.includes(current.state)) throw conflict('proposals.not-editable');
      const next = this.text(consultation, {
        title: changes.title ?? current.title,
        summary: changes.summary ?? current.summary,
        body: changes.body ?? current.body,
        theme: changes.theme === undefined ? current.theme : changes.theme,
      });
      const same = next.title === current.title && next.summary === current.summary && next.body === current.body && next.theme === current.theme;
      return same ? null : next;
    });
    return this.detail({ ...found, proposal: updated }, auth, language);
  }

  async submit(idOrRef: string, auth: AuthContext, language: Language): Promise<ProposalDetail> {
    const found = await this.findViewable(idOrRef, auth);
    if (!found.authorship.firstAuthor) throw forbidden('proposals.first-author-only');
    if (!SUBMITTABLE_STATES.includes(found.proposal.state)) throw conflict('proposals.not-submittable');
    await this.eligibility.assertCanAct(found.consultation, auth.user, 'propose');
    const submitted = await this.submitNow(found.proposal, found.consultation);
    if (!submitted) throw conflict('proposals.not-submittable');
    return this.detail({ ...found, proposal: submitted }, auth, language);
  }

  async withdraw(idOrRef: string, auth: AuthContext, language: Language): Promise<ProposalDetail> {
    const found = await this.findViewable(idOrRef, auth);
    if (!found.authorship.firstAuthor) throw forbidden('proposals.first-author-only');
    if (!WITHDRAWABLE_STATES.includes(found.proposal.state) || !phaseAllowsWithdrawal(found.consultation)) throw conflict('proposals.not-withdrawable');
    const withdrawn = await this.proposals.transition(found.proposal.id, WITHDRAWABLE_STATES, 'withdrawn');
    if (!withdrawn) throw conflict('proposals.not-withdrawable');
    return this.detail({ ...found, proposal: withdrawn }, auth, language);
  }

  /** Until the moderation queue exists: a moderator or an admin publishes or rejects a submitted proposal. */
  async decide(idOrRef: string, decision: 'publish' | 'reject', reason: string | null, auth: AuthContext, language: Language): Promise<ProposalDetail> {
    const found = await this.findViewable(idOrRef, auth);
    if (found.proposal.state !== 'submitted') throw conflict('proposals.not-submitted');
    const decided =
      decision === 'publish'
        ? await this.proposals.transition(found.proposal.id, ['submitted'], 'published', { published: true })
        : await this.proposals.transition(found.proposal.id, ['submitted'], 'rejected', { reason });
    if (!decided) throw conflict('proposals.not-submitted');
    return this.detail({ ...found, proposal: decided }, auth, language);
  }

  /** Pre-moderation keeps a submitted proposal private until approved; post-moderation publishes it now. */
  private submitNow(proposal: ProposalEntity, consultation: ConsultationEntity): Promise<ProposalEntity | null> {
    const publishNow = settingsOf(consultation).moderation === 'post';
    return this.proposals.transition(proposal.id, SUBMITTABLE_STATES, publishNow ? 'published' : 'submitted', { submitted: true, published: publishNow });
  }

  /** The stored text: theme checked against the consultation's list, Markdown rendered and sanitised. */
  private text(consultation: ConsultationEntity, input: { title: string; summary: string; body: string; theme: string | null }): ProposalText {
    if (input.theme !== null && !consultation.themes.includes(input.theme)) throw badRequest('proposals.theme-unknown');
    return { ...input, bodyHtml: renderMarkdown(input.body) };
  }

  async permissions(found: ViewableProposal, viewer: Viewer): Promise<ProposalPermissions> {
    const { proposal, consultation, authorship } = found;
    const method = settingsOf(consultation).votingMethod;
    const eligible = !!viewer && (await this.eligibility.isEligible(consultation, viewer.user));
    const opens = (action: 'propose' | 'edit_proposal' | 'comment') => phaseAllows(consultation.phase, action, method);
    return {
      canEdit: eligible && authorship.author && EDITABLE_STATES.includes(proposal.state) && opens('edit_proposal'),
      canSubmit: eligible && authorship.firstAuthor && SUBMITTABLE_STATES.includes(proposal.state) && opens('propose'),
      canWithdraw: authorship.firstAuthor && WITHDRAWABLE_STATES.includes(proposal.state) && phaseAllowsWithdrawal(consultation),
      canInvite: authorship.firstAuthor && EDITABLE_STATES.includes(proposal.state),
      canModerate: isModerator(viewer) && proposal.state === 'submitted',
      canComment: eligible && isPublicProposal(proposal) && opens('comment'),
    };
  }

  async detail(found: ViewableProposal, viewer: Viewer, language: Language): Promise<ProposalDetail> {
    const { proposal, consultation, authorship } = found;
    const [authorName, coauthors, permissions] = await Promise.all([
      this.proposals.authorName(proposal.authorId),
      this.proposals.coauthors(proposal.id),
      this.permissions(found, viewer),
    ]);
    // Pending invitations are the authors' business; the public sees who actually co-wrote.
    const shown = coauthors.filter((row) => row.accepted_at || authorship.author || authorship.invited);
    return {
      ...summaryFromEntity(proposal, authorName, consultation.slug, language),
      body: proposal.body,
      bodyHtml: proposal.bodyHtml,
      stateReason: proposal.stateReason,
      coauthors: shown.map((row) => ({ ...contributor(row.user_id, row.display_name, language), acceptedAt: row.accepted_at ? new Date(row.accepted_at).toISOString() : null })),
      updatedAt: new Date(proposal.updatedAt).toISOString(),
      permissions,
    };
  }
}
