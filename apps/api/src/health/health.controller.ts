import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Health } from '@concordia/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 when the database answers, 503 otherwise: what a load balancer needs. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const up = await this.db
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    response.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    response.setHeader('Cache-Control', 'no-store');
    return { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down', version: process.env.npm_package_version ?? '0.1.0' };
  }
}
