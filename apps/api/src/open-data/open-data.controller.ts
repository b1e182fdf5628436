import { Controller, Get, Param, ParseEnumPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { OPEN_DATA_TABLES, type OpenDataTable } from '@concordia/contracts';
import type { Response } from 'express';
import { Public } from '../auth/decorators';
import { OpenDataService } from './open-data.service';

/** A consultation's open data, streamed: one JSON document (npm run verify reads it) or CSV tables. */
@ApiTags('open-data')
@Controller('consultations/:slug/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get('open-data.json')
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'format concordia-open-data/1: consultation, proposals, versions, comments, ballots, box, trackers, results, committee, responses, audit chain' })
  json(@Param('slug') slug: string, @Res() response: Response): Promise<void> {
    return this.openData.json(slug, response);
  }

  @Public()
  @Get(':table.csv')
  @ApiProduces('text/csv')
  csv(
    @Param('slug') slug: string,
    @Param('table', new ParseEnumPipe(OPEN_DATA_TABLES)) table: OpenDataTable,
    @Res() response: Response,
  ): Promise<void> {
    return this.openData.csv(slug, table, response);
  }
}
