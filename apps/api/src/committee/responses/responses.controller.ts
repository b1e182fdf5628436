import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ResponseDraftView } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import type { ClientInfo } from '../../auth/auth.service';
import { Client } from '../../auth/client-info';
import { CurrentAuth, Roles } from '../../auth/decorators';
import { ResponseDraftDto } from '../committee.dto';
import { ResponsesService } from './responses.service';

/** The official response to one reviewed proposal (`:id` is its uuid or number). */
@ApiTags('committee')
@Controller('proposals/:id/committee/response')
export class ResponsesController {
  constructor(private readonly responses: ResponsesService) {}

  @Roles('committee', 'admin')
  @Get()
  get(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ResponseDraftView> {
    return this.responses.get(id, auth, client.language);
  }

  /** Committee members write the draft; 409 once published, or when `revision` is not the latest. */
  @Roles('committee')
  @Put()
  save(
    @Param('id') id: string,
    @Body() body: ResponseDraftDto,
    @CurrentAuth() auth: AuthContext,
    @Client() client: ClientInfo,
  ): Promise<ResponseDraftView> {
    return this.responses.save(id, auth, body, client.language);
  }
}
