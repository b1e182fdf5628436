import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OutcomesPublished, PublicationReadiness } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import type { ClientInfo } from '../../auth/auth.service';
import { Client } from '../../auth/client-info';
import { CurrentAuth, Roles } from '../../auth/decorators';
import { PublicationService } from './publication.service';

/** Publishing a consultation's official responses, all at once, by the committee's chair. */
@ApiTags('outcomes')
@Controller('consultations/:slug/outcomes')
export class PublicationController {
  constructor(private readonly publication: PublicationService) {}

  /** What still stops publication, proposal by proposal (committee members, admins). */
  @Roles('committee', 'admin')
  @Get('readiness')
  readiness(@Param('slug') slug: string, @CurrentAuth() auth: AuthContext): Promise<PublicationReadiness> {
    return this.publication.readiness(slug, auth);
  }

  /** The chair only; 409 listing the proposals whose vote is open or response missing or incomplete. */
  @Roles('committee')
  @Post('publish')
  @HttpCode(200)
  publish(@Param('slug') slug: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<OutcomesPublished> {
    return this.publication.publish(slug, auth, client.language);
  }
}
