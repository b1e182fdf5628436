import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [AccountsModule, AuthModule, ConsultationsModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class SeedModule {}
