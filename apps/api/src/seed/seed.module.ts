import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { VotesModule } from '../votes/votes.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [AccountsModule, AuthModule, ConsultationsModule, VotesModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class SeedModule {}
