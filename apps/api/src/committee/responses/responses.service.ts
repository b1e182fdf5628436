import { Injectable } from '@nestjs/common';
import type { Language, ResponseDraftView } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import { AppException, conflict } from '../../common/http/app-exception';
import { CommitteeAccess } from '../committee-access.service';
import type { ResponseDraftDto } from '../committee.dto';
import { ReviewTargets } from '../review/review-targets';
import { responseView } from './response.mapper';
import { ResponsesRepository } from './responses.repository';

/**
 * Drafts of the official response to a reviewed proposal. Any committee member may write them
 * (several people edit one text, so a stale revision is refused rather than overwritten); admins
 * read them. Published responses are frozen: the chair publishes them all at once (outcomes module).
 */
@Injectable()
export class ResponsesService {
  constructor(
    private readonly targets: ReviewTargets,
    private readonly access: CommitteeAccess,
    private readonly responses: ResponsesRepository,
  ) {}

  async get(idOrRef: string, auth: AuthContext, language: Language): Promise<ResponseDraftView> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.memberOrAdmin(target.consultation.id, auth);
    const found = await this.responses.find(target.proposal.id);
    if (!found) throw new AppException(404, 'committee.no-response');
    return responseView(found, language);
  }

  async save(idOrRef: string, auth: AuthContext, input: ResponseDraftDto, language: Language): Promise<ResponseDraftView> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.member(target.consultation.id, auth);
    if (target.consultation.phase !== 'committee_review') {
      const current = await this.responses.find(target.proposal.id);
      throw conflict(current?.publishedAt ? 'committee.response-published' : 'committee.review-not-now');
    }
    const amendedText = input.amendedText?.trim() ? input.amendedText : null;
    const saved = await this.responses.save(
      target.consultation.id,
      target.proposal.id,
      auth.user.id,
      { decision: input.decision ?? null, opinion: input.opinion, amendedText },
      input.revision,
    );
    const current = await this.responses.find(target.proposal.id);
    if (!saved) {
      if (current?.publishedAt) throw conflict('committee.response-published');
      throw conflict('committee.response-stale', { revision: current?.revision ?? 0 });
    }
    return responseView(current as NonNullable<typeof current>, language);
  }
}
