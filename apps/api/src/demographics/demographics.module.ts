import { Module } from '@nestjs/common';
import { DemographicsController } from './demographics.controller';
import { DemographicsRepository } from './demographics.repository';
import { DemographicsService } from './demographics.service';

@Module({
  controllers: [DemographicsController],
  providers: [DemographicsService, DemographicsRepository],
})
export class DemographicsModule {}
