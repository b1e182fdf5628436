import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEntryView, AuditVerification, Page } from '@concordia/contracts';
import { Public } from '../auth/decorators';
import { AuditQueryDto } from './audit-query.dto';
import { AuditLogService } from './audit-log.service';

/** The public, append-only, hash-chained log of public events (DESIGN.md, "Trust and verifiability"). */
@ApiTags('audit')
// /api/audit-log is the address published with the first outcome reports: kept as an alias.
@Controller(['audit', 'audit-log'])
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  /**
   * Oldest first, so that a page can be checked from the previous page's last hash. With
   * `consultation` (a slug): that consultation's public record only (a page of it does not chain).
   */
  @Public()
  @Get()
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.audit.page(query.page, query.pageSize, query.consultation);
  }

  @Public()
  @Get('verify')
  verify(): Promise<AuditVerification> {
    return this.audit.verify();
  }
}
