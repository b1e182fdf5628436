import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule } from '../accounts/accounts.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { EmailTokensRepository } from './email-tokens.repository';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordsService } from './passwords.service';
import { SessionMiddleware } from './session.middleware';
import { SessionsRepository } from './sessions.repository';
import { TotpService } from './totp.service';

@Module({
  imports: [AccountsModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsRepository,
    EmailTokensRepository,
    PasswordsService,
    LoginThrottleService,
    TotpService,
    SessionMiddleware,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, PasswordsService, TotpService, SessionsRepository, SessionMiddleware, LoginThrottleService],
})
export class AuthModule {}
