import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FOLLOW_UP_STATUS_NAMES, FollowUpStatusName } from '@concordia/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { trim } from '../common/http/validation';


export class ReportLanguageDto {
  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'Language of the download; Accept-Language by default' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  lang?: 'fr' | 'en';
}

export const CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class FollowUpDto {
  @ApiProperty({ enum: FOLLOW_UP_STATUS_NAMES }) @IsIn(FOLLOW_UP_STATUS_NAMES) status: FollowUpStatusName;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Absent: 100 when done, else the previous progress' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'YYYY-MM-DD, when it happened or is planned; today by default' })
  @IsOptional()
  @IsString()
  @Matches(CALENDAR_DATE)
  date?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) milestone?: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'Markdown' }) @IsOptional() @IsString() @MaxLength(5000) details?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required when abandoned' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
