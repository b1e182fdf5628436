import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { AdminErasureController } from './admin-erasure.controller';
import { PrivacyController } from './privacy.controller';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [AccountsModule, AuthModule],
  controllers: [PrivacyController, AdminErasureController],
  providers: [PrivacyService, PrivacyRepository],
})
export class PrivacyModule {}
