import { Injectable } from '@nestjs/common';
import type { Language, ProposalDetail, ProposalModerationExtras, ProposalPermissions } from '@concordia/contracts';
import { phaseAllows } from '@concordia/domain';
import { AppException, badRequest, conflict, forbidden } from '../common/http/app-exception';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import { settingsOf } from '../consultations/consultation-settings';
import { ConsultationsService } from '../consultations/consultations.service';
import { EligibilityService } from '../consultations/eligibility.service';
import { isAdmin, Viewer } from '../consultations/viewer';
import type { AuthContext } from '../auth/auth-context';
import { decisionView, DecisionsReader } from '../moderation/shared/decisions.reader';
import { ModerationLogWriter } from '../moderation/shared/moderation-log.repository';
import { ModerationRights } from '../moderation/shared/moderation-rights.service';
import { flagsAfterWrite, fromStored } from '../moderation/shared/personal-data-flags';
import { renderMarkdown } from './markdown';
import {
  Authorship,
  canView,
  EDITABLE_STATES,
  isPublicProposal,
  MODERATABLE_STATES,
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
    private readonly rights: ModerationRights,
    private readonly log: ModerationLogWriter,
    private readonly decisions: DecisionsReader,
  ) {}

  /**
   * Loads a proposal by id or #ref if the reader may see it; 404 otherwise, so that a draft or a
   * proposal awaiting moderation is indistinguishable from one that does not exist.
   */
  async findViewable(idOrRef: string, viewer: Viewer): Promise<ViewableProposal> {
    const found = await this.proposals.findWithConsultation(idOrRef);
    if (!found || (found.consultation.phase === 'draft' && !isAdmin(viewer))) throw new AppException(404, 'proposals.not-found');
    const authorship = await this.proposals.authorship(found.proposal, viewer?.user.id);
    if (!(await canView(found.proposal, authorship, () => this.rights.mayModerate(viewer, found.consultation.id)))) {
      throw new AppException(404, 'proposals.not-found');
    }
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
    const flags = flagsAfterWrite(null, false, text);
    let proposal = await this.proposals.create({ consultationId: consultation.id, authorId: auth.user.id, ...text, personalData: flags.spans, personalDataPending: flags.pending });
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
      if (same) return null;
      const flags = flagsAfterWrite(current, current.personalDataPending, next);
      return { ...next, personalData: flags.spans, personalDataPending: flags.pending };
    });
    // New personal data in a published text: back to moderation before anyone else reads it.
    const held = updated.state === 'published' && updated.personalDataPending ? await this.holdForReview(updated, ['published']) : null;
    return this.detail({ ...found, proposal: held ?? updated }, auth, language);
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

  /**
   * Pre-moderation keeps a submitted proposal private until approved; post-moderation publishes it
   * now, unless the detector found personal data nobody has reviewed: that waits for a moderator
   * under either setting, since no reader should see a phone number before a moderator has.
   */
  private async submitNow(proposal: ProposalEntity, consultation: ConsultationEntity): Promise<ProposalEntity | null> {
    const post = settingsOf(consultation).moderation === 'post';
    const publishNow = post && !proposal.personalDataPending;
    const moved = await this.proposals.transition(proposal.id, SUBMITTABLE_STATES, publishNow ? 'published' : 'submitted', { submitted: true, published: publishNow });
    if (moved && post && !publishNow) await this.logHold(moved, proposal.state);
    return moved;
  }

  /** Takes a text with new personal data out of public view, into the queue. */
  private async holdForReview(proposal: ProposalEntity, from: string[]): Promise<ProposalEntity | null> {
    const held = await this.proposals.transition(proposal.id, from, 'submitted');
    if (held) await this.logHold(held, proposal.state);
    return held;
  }

  private async logHold(proposal: ProposalEntity, previousState: string): Promise<void> {
    await this.log.record({
      consultationId: proposal.consultationId,
      targetType: 'proposal',
      targetId: proposal.id,
      actorId: null,
      action: 'hold_flagged',
      reason: 'personal_data',
      previousState,
      newState: proposal.state,
    });
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
      canModerate: MODERATABLE_STATES.includes(proposal.state) && (await this.rights.mayModerate(viewer, consultation.id)),
      canComment: eligible && isPublicProposal(proposal) && opens('comment'),
    };
  }

  async detail(found: ViewableProposal, viewer: Viewer, language: Language): Promise<ProposalDetail & ProposalModerationExtras> {
    const { proposal, consultation, authorship } = found;
    const [authorName, coauthors, permissions, extras] = await Promise.all([
      this.proposals.authorName(proposal.authorId),
      this.proposals.coauthors(proposal.id),
      this.permissions(found, viewer),
      this.moderationExtras(found, viewer, language),
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
      ...extras,
    };
  }

  /**
   * Where a merged proposal went (everyone: the web redirects there), and for its authors and
   * moderators the personal data found and the latest moderation decision with its appeal.
   */
  private async moderationExtras(found: ViewableProposal, viewer: Viewer, language: Language): Promise<ProposalModerationExtras> {
    const { proposal, consultation, authorship } = found;
    const target = proposal.mergedInto ? await this.proposals.findWithConsultation(proposal.mergedInto) : null;
    const mergedInto = target
      ? { id: target.proposal.id, ref: Number(target.proposal.ref), title: target.proposal.title, consultationSlug: target.consultation.slug }
      : null;
    const moderator = !!viewer && (await this.rights.mayModerate(viewer, consultation.id));
    if (!authorship.author && !moderator) return { mergedInto, personalData: [], moderation: null };
    const last = (await this.decisions.latestFor('proposal', [proposal.id])).get(proposal.id);
    return {
      mergedInto,
      personalData: fromStored(proposal.personalData, proposal),
      moderation: { lastDecision: last ? decisionView(last, moderator, language) : null },
    };
  }
}
