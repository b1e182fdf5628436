import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/http/page-query.dto';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A consultation slug: its entries only', maxLength: 120, pattern: '^[a-z0-9-]+$' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(/^[a-z0-9-]+$/)
  consultation?: string;
}
