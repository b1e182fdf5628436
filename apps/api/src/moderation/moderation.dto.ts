import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPEAL_OUTCOMES,
  APPEAL_TEXT_MAX,
  AppealOutcome,
  BULK_DECISION_MAX,
  CHECK_TEXT_MAX,
  DECISION_NOTE_MAX,
  MODERATION_LOG_ACTIONS,
  MODERATION_REASONS,
  MODERATION_TARGET_TYPES,
  ModerationLogAction,
  ModerationReason,
  ModerationTargetType,
  QUEUE_REASONS,
  QueueReason,
  REPORT_TEXT_MAX,
} from '@concordia/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/http/page-query.dto';
import { trim } from '../common/http/validation';

/** An empty note is no note. */
const trimOrUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

/** The actions as they appear in URLs (kebab-case). */
export const DECISION_PATH_ACTIONS = ['approve', 'reject', 'hide', 'restore', 'confirm-hidden'] as const;
export type DecisionPathAction = (typeof DECISION_PATH_ACTIONS)[number];

export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A consultation slug' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) consultation?: string;
  @ApiPropertyOptional({ enum: MODERATION_TARGET_TYPES }) @IsOptional() @IsIn(MODERATION_TARGET_TYPES) kind?: ModerationTargetType;
  @ApiPropertyOptional({ enum: QUEUE_REASONS }) @IsOptional() @IsIn(QUEUE_REASONS) reason?: QueueReason;
  @ApiPropertyOptional({ description: 'Words in the title, summary or text; accents optional' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) q?: string;
}

export class DecisionParamsDto {
  @ApiProperty({ enum: MODERATION_TARGET_TYPES }) @IsIn(MODERATION_TARGET_TYPES) targetType: ModerationTargetType;
  @ApiProperty() @IsUUID() id: string;
  @ApiProperty({ enum: DECISION_PATH_ACTIONS }) @IsIn(DECISION_PATH_ACTIONS) action: DecisionPathAction;
}

export class DecisionDto {
  @ApiPropertyOptional({ enum: MODERATION_REASONS, description: 'Required to reject, hide and confirm-hidden; refused to approve and restore' })
  @IsOptional()
  @IsIn(MODERATION_REASONS)
  reason?: ModerationReason;
  @ApiPropertyOptional({ maxLength: DECISION_NOTE_MAX, description: 'Required with reason "other"; sent to the author' })
  @IsOptional()
  @Transform(trimOrUndefined)
  @IsString()
  @MaxLength(DECISION_NOTE_MAX)
  note?: string;
}

export class BulkDecisionDto extends DecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] }) @IsIn(['approve', 'reject']) action: 'approve' | 'reject';
  @ApiProperty({ enum: MODERATION_TARGET_TYPES }) @IsIn(MODERATION_TARGET_TYPES) targetType: ModerationTargetType;
  @ApiProperty({ type: [String], maxItems: BULK_DECISION_MAX })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_DECISION_MAX)
  @IsUUID('all', { each: true })
  ids: string[];
}

/** The old POST /proposals/:id/reject body: a charter reason, or free text taken as "other" with that text. */
export class LegacyRejectDto {
  @ApiProperty({ maxLength: DECISION_NOTE_MAX }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(DECISION_NOTE_MAX) reason: string;
}

export class AppealDto {
  @ApiProperty({ maxLength: APPEAL_TEXT_MAX }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(APPEAL_TEXT_MAX) text: string;
}

export class AppealDecisionDto {
  @ApiProperty({ enum: APPEAL_OUTCOMES }) @IsIn(APPEAL_OUTCOMES) outcome: AppealOutcome;
  @ApiPropertyOptional({ maxLength: DECISION_NOTE_MAX, description: 'Sent to the author' }) @IsOptional() @Transform(trimOrUndefined) @IsString() @MaxLength(DECISION_NOTE_MAX) note?: string;
}

export class AppealsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'decided', 'all'], default: 'open' }) @IsOptional() @IsIn(['open', 'decided', 'all']) status?: 'open' | 'decided' | 'all';
  @ApiPropertyOptional({ description: 'A consultation slug' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) consultation?: string;
}

export class ReportDto {
  @ApiProperty({ enum: MODERATION_TARGET_TYPES }) @IsIn(MODERATION_TARGET_TYPES) targetType: ModerationTargetType;
  @ApiProperty() @IsUUID() targetId: string;
  @ApiProperty({ enum: MODERATION_REASONS }) @IsIn(MODERATION_REASONS) reason: ModerationReason;
  @ApiPropertyOptional({ maxLength: REPORT_TEXT_MAX }) @IsOptional() @Transform(trimOrUndefined) @IsString() @MaxLength(REPORT_TEXT_MAX) text?: string;
}

export class CheckTextDto {
  @ApiProperty({ maxLength: CHECK_TEXT_MAX }) @IsString() @MaxLength(CHECK_TEXT_MAX) text: string;
}

export class MergeDto {
  @ApiProperty({ description: 'The duplicate: uuid or #ref number' }) @Transform(trim) @IsString() @Matches(/^(\d{1,15}|[0-9a-fA-F-]{36})$/) from: string;
  @ApiProperty({ description: 'The proposal it joins: uuid or #ref number' }) @Transform(trim) @IsString() @Matches(/^(\d{1,15}|[0-9a-fA-F-]{36})$/) into: string;
  @ApiPropertyOptional({ maxLength: DECISION_NOTE_MAX, description: 'Sent to the authors' }) @IsOptional() @Transform(trimOrUndefined) @IsString() @MaxLength(DECISION_NOTE_MAX) note?: string;
}

export class LogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'A consultation slug' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) consultation?: string;
  @ApiPropertyOptional({ enum: MODERATION_LOG_ACTIONS }) @IsOptional() @IsIn(MODERATION_LOG_ACTIONS) action?: ModerationLogAction;
  @ApiPropertyOptional({ description: 'Who acted (account id)' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ enum: MODERATION_TARGET_TYPES }) @IsOptional() @IsIn(MODERATION_TARGET_TYPES) targetType?: ModerationTargetType;
  @ApiPropertyOptional() @IsOptional() @IsUUID() targetId?: string;
  @ApiPropertyOptional({ enum: MODERATION_REASONS }) @IsOptional() @IsIn([...MODERATION_REASONS, 'reported']) reason?: string;
}
