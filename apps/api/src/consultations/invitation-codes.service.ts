import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { conflict } from '../common/http/app-exception';
import type { ConsultationEntity } from './consultation.entity';
import { settingsOf } from './consultation-settings';
import { EligibilityService } from './eligibility.service';
import { ParticipantsRepository } from './participants.repository';
import { startAttachment } from '../common/http/attachment';

/** No 0/O, 1/I/L: codes are read off paper and typed by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** 12 characters from 31 (about 59 bits): guessing one, even online and at scale, is hopeless. */
export function newInvitationCode(): string {
  const groups = Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}

@Injectable()
export class InvitationCodesService {
  constructor(
    private readonly participants: ParticipantsRepository,
    private readonly eligibility: EligibilityService,
  ) {}

  /**
   * Makes `count` codes, stores their keyed hashes, then writes the codes as CSV to the response.
   * The codes exist nowhere else: this download is the only time anyone sees them.
   */
  async generateCsv(consultation: ConsultationEntity, count: number, response: Response): Promise<void> {
    if (settingsOf(consultation).eligibility.kind !== 'panel') throw conflict('consultations.codes-panel-only');
    const codes = new Set<string>();
    while (codes.size < count) codes.add(newInvitationCode());
    const batchId = randomUUID();
    await this.participants.insertCodes(
      consultation.id,
      batchId,
      [...codes].map((code) => this.eligibility.hashCode(code.replace(/-/g, ''))),
    );
    startAttachment(response, 'text/csv; charset=utf-8', `invitation-codes-${consultation.slug}-${batchId.slice(0, 8)}.csv`, 201);
    response.setHeader('X-Batch-Id', batchId);
    response.write('code\r\n');
    const list = [...codes];
    for (let start = 0; start < list.length; start += 500) response.write(list.slice(start, start + 500).join('\r\n') + '\r\n');
    response.end();
  }
}
