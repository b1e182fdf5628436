import { Inject, Injectable } from '@nestjs/common';
import type { Language, Participation, ParticipationBlock } from '@concordia/contracts';
import { ConsultationAction, FRENCH_POSTCODE, phaseAllows } from '@concordia/domain';
import type { UserEntity } from '../accounts/user.entity';
import { keyedHash } from '../auth/tokens';
import { AppException, badRequest, conflict, forbidden, unauthorized } from '../common/http/app-exception';
import { translate } from '../common/i18n/messages';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { ConsultationEntity } from './consultation.entity';
import { settingsOf } from './consultation-settings';
import { ParticipantsRepository } from './participants.repository';
import type { Viewer } from './viewer';

/** The actions a citizen takes in a consultation, each opened by some phases only. */
export type ParticipationAction = Extract<ConsultationAction, 'propose' | 'edit_proposal' | 'vote' | 'comment'>;

const CLOSED_KEYS: Record<ParticipationAction, string> = {
  propose: 'participation.propose-closed',
  edit_proposal: 'participation.edit-closed',
  vote: 'participation.vote-closed',
  comment: 'participation.comment-closed',
};

/** Invitation codes are compared upper-case without separators: "abcd-efgh" = "ABCDEFGH". */
export function normaliseInvitationCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Who may take part in a consultation, whatever the phase: any verified account; residents who
 * declared a postcode of the list; or panel members who spent an invitation code.
 * Exported for the votes module: `assertCanAct(consultation, user, 'vote')` before casting a ballot.
 */
/** What eligibility needs of a consultation: the votes module passes its own lighter read. */
export type EligibilityTarget = Pick<ConsultationEntity, 'id' | 'settings'>;

@Injectable()
export class EligibilityService {
  constructor(
    private readonly participants: ParticipantsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Why this person may not take part (ignoring the phase), or null when they may. */
  async blockFor(consultation: EligibilityTarget, user: UserEntity | undefined): Promise<ParticipationBlock | null> {
    if (!user || !user.emailVerifiedAt) return 'sign-in';
    if (user.blockedAt) return 'blocked';
    const eligibility = settingsOf(consultation).eligibility;
    if (eligibility.kind === 'any') return null;
    const via = await this.participants.joinedVia(consultation.id, user.id);
    if (eligibility.kind === 'residents') return via === 'residents' ? null : 'join-residents';
    return via === 'panel' ? null : 'join-panel';
  }

  async isEligible(consultation: EligibilityTarget, user: UserEntity | undefined): Promise<boolean> {
    return (await this.blockFor(consultation, user)) === null;
  }

  /** 401 for a visitor, 403 with the way in (postcode, code) for someone not eligible. */
  async assertEligible(consultation: EligibilityTarget, user: UserEntity | undefined): Promise<void> {
    const block = await this.blockFor(consultation, user);
    if (block === 'sign-in') throw unauthorized('participation.sign-in');
    if (block) throw forbidden(`participation.${block}`);
  }

  /** 409 when the phase does not open the action (checked first: it is the same for everyone), then eligibility. */
  async assertCanAct(consultation: ConsultationEntity, user: UserEntity | undefined, action: ParticipationAction): Promise<void> {
    if (!phaseAllows(consultation.phase, action, settingsOf(consultation).votingMethod)) throw conflict(CLOSED_KEYS[action]);
    await this.assertEligible(consultation, user);
  }

  /** What the reader may do now, with the reason in their language when something is closed to them. */
  async participation(consultation: ConsultationEntity, viewer: Viewer, language: Language): Promise<Participation> {
    const method = settingsOf(consultation).votingMethod;
    const block = await this.blockFor(consultation, viewer?.user);
    const opens = (action: ParticipationAction) => phaseAllows(consultation.phase, action, method);
    const can = (action: ParticipationAction) => block === null && opens(action);
    const anyOpen = opens('propose') || opens('vote') || opens('comment');
    const reason: ParticipationBlock | null = block ?? (anyOpen ? null : 'phase-closed');
    return {
      signedIn: !!viewer,
      eligible: block === null,
      canPropose: can('propose'),
      canVote: can('vote'),
      canComment: can('comment'),
      reasonIfNot: reason,
      reasonMessage: reason ? translate(`participation.${reason}`, language) : null,
    };
  }

  /** Residents give a postcode of the list; panel members spend an invitation code once. */
  async join(consultation: ConsultationEntity, user: UserEntity, input: { postcode?: string; code?: string }): Promise<void> {
    const eligibility = settingsOf(consultation).eligibility;
    if (eligibility.kind === 'any') throw conflict('consultations.join-not-needed');
    if (eligibility.kind === 'residents') {
      const postcode = input.postcode?.replace(/\s/g, '') ?? '';
      if (!FRENCH_POSTCODE.test(postcode)) throw badRequest('consultations.postcode-required');
      if (!eligibility.postcodes.includes(postcode)) throw forbidden('consultations.postcode-outside');
      await this.participants.joinAsResident(consultation.id, user.id, postcode);
      return;
    }
    const code = normaliseInvitationCode(input.code ?? '');
    if (!code) throw badRequest('consultations.code-required');
    const outcome = await this.participants.joinWithCode(consultation.id, user.id, this.hashCode(code));
    if (outcome === 'unknown') throw badRequest('consultations.code-invalid');
    if (outcome === 'used') throw new AppException(409, 'consultations.code-used');
  }

  /** Keyed, so a copy of the table cannot be turned back into codes by trying them all. */
  hashCode(normalisedCode: string): string {
    return keyedHash(this.config.sessionSecret, 'invitation-code', normalisedCode);
  }
}
