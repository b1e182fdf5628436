import { Injectable } from '@nestjs/common';
import type { CoauthorInvitation, Language, Page } from '@concordia/contracts';
import { normaliseEmail } from '@concordia/domain';
import { UsersRepository } from '../accounts/users.repository';
import type { AuthContext } from '../auth/auth-context';
import { AppException, badRequest, conflict, forbidden } from '../common/http/app-exception';
import { EDITABLE_STATES } from './proposal-rules';
import { contributor } from './proposal.mapper';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';

/**
 * Co-authors by invitation: the first author names an existing account by its e-mail, the invitee
 * accepts (or declines), and from then on edits the text like the first author.
 */
@Injectable()
export class CoauthorsService {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly repository: ProposalsRepository,
    private readonly users: UsersRepository,
  ) {}

  /**
   * Answers the same whether or not an account has this address: an invitation form must not
   * become a way to learn who is signed up. The invitee finds it under their invitations.
   */
  async invite(idOrRef: string, email: string, auth: AuthContext): Promise<void> {
    const { proposal, authorship } = await this.proposals.findViewable(idOrRef, auth);
    if (!authorship.firstAuthor) throw forbidden('proposals.first-author-only');
    if (!EDITABLE_STATES.includes(proposal.state)) throw conflict('proposals.not-editable');
    const invitee = await this.users.findByEmail(normaliseEmail(email));
    if (invitee?.id === auth.user.id) throw badRequest('proposals.coauthor-self');
    if (invitee && invitee.emailVerifiedAt && !invitee.blockedAt) await this.repository.invite(proposal.id, invitee.id);
  }

  async accept(idOrRef: string, auth: AuthContext): Promise<void> {
    const { proposal } = await this.proposals.findViewable(idOrRef, auth);
    if (!(await this.repository.accept(proposal.id, auth.user.id))) throw new AppException(404, 'proposals.invitation-not-found');
  }

  /** The invitee declines or leaves; the first author removes anyone. */
  async remove(idOrRef: string, userId: string, auth: AuthContext): Promise<void> {
    const { proposal, authorship } = await this.proposals.findViewable(idOrRef, auth);
    if (userId !== auth.user.id && !authorship.firstAuthor) throw forbidden('proposals.first-author-only');
    if (!(await this.repository.removeCoauthor(proposal.id, userId))) throw new AppException(404, 'proposals.invitation-not-found');
  }

  async pending(auth: AuthContext, page: number, pageSize: number, language: Language): Promise<Page<CoauthorInvitation>> {
    const [rows, total] = await Promise.all([
      this.repository.pendingInvitations(auth.user.id, page, pageSize),
      this.repository.countPendingInvitations(auth.user.id),
    ]);
    const items = rows.map((row) => ({
      proposalId: row.proposal_id,
      ref: Number(row.ref),
      title: row.title,
      consultationSlug: row.slug,
      invitedBy: contributor(row.author_id, row.author_name, language),
      invitedAt: new Date(row.invited_at).toISOString(),
    }));
    return { items, page, pageSize, total };
  }
}
