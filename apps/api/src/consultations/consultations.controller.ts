import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ConsultationDetail, ConsultationSummary, Page } from '@concordia/contracts';
import type { Response } from 'express';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { CurrentAuth, Public, Roles } from '../auth/decorators';
import { PageQueryDto } from '../common/http/page-query.dto';
import { CreateConsultationDto, InvitationCodesDto, JoinConsultationDto, MovePhaseDto, UpdateConsultationDto } from './consultations.dto';
import { ConsultationsService } from './consultations.service';
import { EligibilityService } from './eligibility.service';
import { InvitationCodesService } from './invitation-codes.service';
import { ParticipantsRepository } from './participants.repository';

@ApiTags('consultations')
@Controller('consultations')
export class ConsultationsController {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly eligibility: EligibilityService,
    private readonly codes: InvitationCodesService,
    private readonly participants: ParticipantsRepository,
  ) {}

  @Public()
  @Get()
  list(@Query() query: PageQueryDto): Promise<Page<ConsultationSummary>> {
    return this.consultations.list(query.page, query.pageSize);
  }

  /** The page, with what the reader (visitor or signed in) can do in the current phase. */
  @Public()
  @Get(':slug')
  get(@Param('slug') slug: string, @CurrentAuth() auth: AuthContext | undefined, @Client() client: ClientInfo): Promise<ConsultationDetail> {
    return this.consultations.get(slug, auth, client.language);
  }

  @Roles('admin')
  @Post()
  create(@Body() body: CreateConsultationDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ConsultationDetail> {
    return this.consultations.create(body, auth, client.language);
  }

  @Roles('admin')
  @Patch(':slug')
  update(@Param('slug') slug: string, @Body() body: UpdateConsultationDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ConsultationDetail> {
    return this.consultations.update(slug, body, auth, client.language);
  }

  @Roles('admin')
  @Post(':slug/phase')
  @HttpCode(200)
  movePhase(@Param('slug') slug: string, @Body() body: MovePhaseDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ConsultationDetail> {
    return this.consultations.movePhase(slug, body.to, auth, client.language);
  }

  /** Residents send {postcode}, panel members {code}; answers the page with the new participation. */
  @Post(':slug/join')
  @HttpCode(200)
  async join(@Param('slug') slug: string, @Body() body: JoinConsultationDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ConsultationDetail> {
    const consultation = await this.consultations.findVisible(slug, auth);
    await this.eligibility.join(consultation, auth.user, body);
    return this.consultations.detail(consultation, auth, client.language);
  }

  /** A CSV of new single-use codes: shown this once, only their hashes are kept. */
  @Roles('admin')
  @Post(':slug/invitation-codes')
  @ApiProduces('text/csv')
  async createCodes(@Param('slug') slug: string, @Body() body: InvitationCodesDto, @Res() response: Response): Promise<void> {
    await this.codes.generateCsv(await this.consultations.findBySlugOrThrow(slug), body.count, response);
  }

  @Roles('admin')
  @Get(':slug/invitation-codes')
  async codeBatches(@Param('slug') slug: string) {
    return this.participants.codeBatches((await this.consultations.findBySlugOrThrow(slug)).id);
  }
}
