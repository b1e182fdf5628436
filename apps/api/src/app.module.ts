import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccountsModule } from './accounts/accounts.module';
import { AuthModule } from './auth/auth.module';
import { SessionMiddleware } from './auth/session.middleware';
import type { AppConfig } from './config/app-config';
import { ConsultationsModule } from './consultations/consultations.module';
import { databaseOptions } from './database/database-options';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { RetentionModule } from './retention/retention.module';
import { loggerOptions } from './common/logging/logger-options';
import { MailModule } from './mail/mail.module';
import { SeedModule } from './seed/seed.module';
import { ModerationModule } from './moderation/moderation.module';
import { CommitteeModule } from './committee/committee.module';
import { OutcomesModule } from './outcomes/outcomes.module';
import { OpenDataModule } from './open-data/open-data.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProposalsModule } from './proposals/proposals.module';
import { CommentsModule } from './comments/comments.module';
import { VotesModule } from './votes/votes.module';
import { PrivacyModule } from './privacy/privacy.module';
import { DemographicsModule } from './demographics/demographics.module';
import { ConfigModule } from './config/config.module';
import { CsrfMiddleware } from './common/security/csrf.middleware';
import { RateLimitMiddleware } from './common/security/rate-limit.middleware';
import { HostileTextMiddleware } from './common/security/hostile-text.middleware';

@Module({})
export class AppModule implements NestModule {
  /** `background: false` (the command line) starts no job workers: the server processes do that work. */
  static register(config: AppConfig, databaseUrl: string, { background = true }: { background?: boolean } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot(databaseOptions(databaseUrl)),
        JobsModule.register({ databaseUrl, start: background }),
        MailModule,
        AccountsModule,
        AuthModule,
        HealthModule,
        ConsultationsModule,
        NotificationsModule,
        ProposalsModule,
        CommentsModule,
        VotesModule,
        ModerationModule,
        CommitteeModule,
        OutcomesModule,
        OpenDataModule,
        PrivacyModule,
        DemographicsModule,
        SeedModule,
        RetentionModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RateLimitMiddleware, HostileTextMiddleware, CsrfMiddleware, SessionMiddleware).forRoutes('*path');
  }
}
