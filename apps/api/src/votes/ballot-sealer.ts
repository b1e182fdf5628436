import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { openBallot, sealBallot, SealedBallot } from './ballot-cipher';

/** The ballot cipher with the configured key (BALLOT_KEY, or derived from the session secret). */
@Injectable()
export class BallotSealer {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  seal(consultationId: string, value: number): SealedBallot {
    return sealBallot(this.config.ballotKey, consultationId, value);
  }

  open(consultationId: string, sealed: Buffer): number {
    return openBallot(this.config.ballotKey, consultationId, sealed);
  }
}
