import { Foundation1764460800000 } from './1764460800000-foundation';
import { Participation1764547200000 } from './1764547200000-participation';
import { Notifications1764633600000 } from './1764633600000-notifications';
import { Moderation1764720000000 } from './1764720000000-moderation';
import { Committee1764806400000 } from './1764806400000-committee';
import { SealedBallots1764892800000 } from './1764892800000-sealed-ballots';
import { PublicRecord1764936000000 } from './1764936000000-public-record';
import { FrozenResults1764950400000 } from './1764950400000-frozen-results';
import { Privacy1764979200000 } from './1764979200000-privacy';
import { Retention1765065600000 } from './1765065600000-retention';
import { ExplicitNoOpinion1765238400000 } from './1765238400000-explicit-no-opinion';
import { Demographics1765152000000 } from './1765152000000-demographics';

/** Every migration, in order; the API bundles them so production needs no TypeScript at run time. */
export const MIGRATIONS = [
  Foundation1764460800000,
  Participation1764547200000,
  Notifications1764633600000,
  Moderation1764720000000,
  Committee1764806400000,
  SealedBallots1764892800000,
  PublicRecord1764936000000,
  FrozenResults1764950400000,
  Privacy1764979200000,
  Retention1765065600000,
  Demographics1765152000000,
  ExplicitNoOpinion1765238400000,
];
