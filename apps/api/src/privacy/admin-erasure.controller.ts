import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EraseAccountResponse } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth, Roles } from '../auth/decorators';
import { PrivacyService } from './privacy.service';

/** Beside the other account actions of admins; the session has passed TOTP like every admin endpoint. */
@ApiTags('accounts')
@Roles('admin')
@Controller('accounts')
export class AdminErasureController {
  constructor(private readonly privacy: PrivacyService) {}

  @Post(':id/erase') @HttpCode(200)
  async erase(@CurrentAuth() auth: AuthContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<EraseAccountResponse> {
    await this.privacy.eraseByAdmin(auth, id);
    return { status: 'erased' };
  }
}
