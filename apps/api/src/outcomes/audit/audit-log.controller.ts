import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEntryView, AuditVerification, Page } from '@concordia/contracts';
import { Public } from '../../auth/decorators';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { AuditLogService } from './audit-log.service';

/** The public, append-only, hash-chained log of public events (DESIGN.md, "Trust and verifiability"). */
@ApiTags('audit-log')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  /** Oldest first, so that a page can be checked from the previous page's last hash. */
  @Public()
  @Get()
  list(@Query() query: PageQueryDto): Promise<Page<AuditEntryView>> {
    return this.audit.page(query.page, query.pageSize);
  }

  @Public()
  @Get('verify')
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
