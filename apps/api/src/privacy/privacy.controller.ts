import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { EraseAccountResponse } from '@concordia/contracts';
import { exportFileName } from '@concordia/domain';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { BlockedMayWrite, CurrentAuth } from '../auth/decorators';
import { clearSessionCookie } from '../auth/session-cookie';
import { writeChunks } from './export-stream';
import { EraseAccountDto } from './privacy.dto';
import { PrivacyService } from './privacy.service';
import { startAttachment } from '../common/http/attachment';

/** GDPR art. 15/20 (export) and 17 (erasure) for the signed-in person. */
@ApiTags('privacy')
@Controller('privacy')
export class PrivacyController {
  private readonly logger = new Logger('Privacy');

  constructor(private readonly privacy: PrivacyService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('export')
  @ApiProduces('application/json')
  async export(@CurrentAuth() auth: AuthContext, @Res() response: Response): Promise<void> {
    const at = new Date();
    startAttachment(response, 'application/json; charset=utf-8', exportFileName(at));
    await writeChunks(response, this.privacy.exportChunks(auth.user, at), this.logger);
  }

  /** A blocked account keeps the right to be forgotten. */
  @BlockedMayWrite() @Post('erase') @HttpCode(200)
  async erase(
    @CurrentAuth() auth: AuthContext,
    @Body() body: EraseAccountDto,
    @Client() client: ClientInfo,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EraseAccountResponse> {
    await this.privacy.eraseSelf(auth, body.password, body.totpCode, client);
    clearSessionCookie(response, this.config.mode === 'production');
    return { status: 'erased' };
  }
}
