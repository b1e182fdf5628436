import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AccountSummary, Page } from '@concordia/contracts';
import { Roles } from '../auth/decorators';
import { AccountsQueryDto, SetBlockedDto, SetRolesDto } from './accounts.dto';
import { AccountsService } from './accounts.service';

@ApiTags('accounts')
@Roles('admin')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  list(@Query() query: AccountsQueryDto): Promise<Page<AccountSummary>> {
    return this.accounts.list(query.page, query.pageSize, query.q);
  }

  @Put(':id/roles')
  setRoles(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SetRolesDto): Promise<AccountSummary> {
    return this.accounts.setRoles(id, body.roles);
  }

  /** A blocked account may still read and sign out; its sessions end now. */
  @Put(':id/blocked')
  setBlocked(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: SetBlockedDto): Promise<AccountSummary> {
    return this.accounts.setBlocked(id, body.blocked);
  }
}
