import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { DecisionsReader } from './decisions.reader';
import { ModerationLogWriter } from './moderation-log.repository';
import { ModerationRights } from './moderation-rights.service';

/**
 * The parts of moderation that the proposals and comments modules need on every write (who may
 * moderate, the log), apart from the moderation module, which itself depends on proposals.
 */
@Module({
  imports: [AuditModule],
  providers: [ModerationRights, ModerationLogWriter, DecisionsReader],
  exports: [ModerationRights, ModerationLogWriter, DecisionsReader],
})
export class ModerationSharedModule {}
