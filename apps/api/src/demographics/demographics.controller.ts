import { Body, Controller, Delete, Get, HttpCode, Put, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CensusDimension, MyDemographics, Representativeness } from '@concordia/contracts';
import type { Response } from 'express';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { BlockedMayWrite, CurrentAuth, Public, Roles } from '../auth/decorators';
import { CensusDto, MyDemographicsDto, RepresentativenessQueryDto } from './demographics.dto';
import { DemographicsService } from './demographics.service';
import { representativenessCsv } from './representativeness-csv';
import { startAttachment } from '../common/http/attachment';

@ApiTags('demographics')
@Controller('demographics')
export class DemographicsController {
  constructor(private readonly demographics: DemographicsService) {}

  @Get('me')
  mine(@CurrentAuth() auth: AuthContext): Promise<MyDemographics> {
    return this.demographics.mine(auth);
  }

  @Put('me')
  set(@CurrentAuth() auth: AuthContext, @Body() body: MyDemographicsDto): Promise<MyDemographics> {
    return this.demographics.set(auth, body);
  }

  /** Withdrawing is a right a blocked account keeps, like signing out. */
  @BlockedMayWrite() @Delete('me') @HttpCode(204)
  async withdraw(@CurrentAuth() auth: AuthContext): Promise<void> {
    await this.demographics.withdraw(auth);
  }

  @Public()
  @Get('representativeness')
  representativeness(@Query() query: RepresentativenessQueryDto, @Client() client: ClientInfo): Promise<Representativeness> {
    return this.demographics.representativeness(query.consultation, query.lang ?? client.language);
  }

  @Public()
  @Get('representativeness.json')
  async json(@Query() query: RepresentativenessQueryDto, @Client() client: ClientInfo, @Res() response: Response): Promise<void> {
    const data = await this.demographics.representativeness(query.consultation, query.lang ?? client.language);
    startAttachment(response, 'application/json; charset=utf-8', `${query.consultation ?? 'concordia'}-representativeness.json`);
    response.send(JSON.stringify(data, null, 2));
  }

  @Public()
  @Get('representativeness.csv')
  @ApiProduces('text/csv')
  async csv(@Query() query: RepresentativenessQueryDto, @Client() client: ClientInfo, @Res() response: Response): Promise<void> {
    const language = query.lang ?? client.language;
    const data = await this.demographics.representativeness(query.consultation, language);
    startAttachment(response, 'text/csv; charset=utf-8', `${query.consultation ?? 'concordia'}-representativeness.csv`);
    response.send(representativenessCsv(data, language));
  }

  @Public()
  @Get('census')
  census(): Promise<CensusDimension[]> {
    return this.demographics.census();
  }

  @Roles('admin')
  @Put('census')
  setCensus(@Body() body: CensusDto): Promise<CensusDimension[]> {
    return this.demographics.setCensus(body);
  }
}

