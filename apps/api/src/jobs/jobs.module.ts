import { DynamicModule, Global, Module } from '@nestjs/common';
import { JOBS_OPTIONS, JobsOptions, JobsService } from './jobs.service';

/** Background work on PostgreSQL (pg-boss): features inject JobsService and register in onModuleInit. */
@Global()
@Module({})
export class JobsModule {
  static register(options: JobsOptions): DynamicModule {
    return { module: JobsModule, providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobsService], exports: [JobsService] };
  }
}
