import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  PROPOSAL_BODY_MAX,
  PROPOSAL_SORTS,
  PROPOSAL_STATES,
  PROPOSAL_SUMMARY_MAX,
  PROPOSAL_TITLE_MAX,
  ProposalSort,
  ProposalState,
} from '@concordia/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../common/http/page-query.dto';
import { trim } from '../common/http/validation';

const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const bool = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

/** The text of a proposal; on creation the title is required. */
class ProposalFieldsDto {
  @ApiPropertyOptional({ maxLength: PROPOSAL_SUMMARY_MAX }) @IsOptional() @Transform(trim) @IsString() @MaxLength(PROPOSAL_SUMMARY_MAX) summary?: string;
  @ApiPropertyOptional({ description: 'Markdown, sanitised on the server', maxLength: PROPOSAL_BODY_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(PROPOSAL_BODY_MAX)
  body?: string;
  @ApiPropertyOptional({ description: 'One of the consultation’s themes; null for none', nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(60)
  theme?: string | null;
}

export class CreateProposalDto extends ProposalFieldsDto {
  @ApiProperty({ maxLength: PROPOSAL_TITLE_MAX }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PROPOSAL_TITLE_MAX) title: string;
  @ApiPropertyOptional({ description: 'Submit at once instead of keeping a draft' }) @IsOptional() @IsBoolean() submit?: boolean;
}

export class UpdateProposalDto extends ProposalFieldsDto {
  @ApiPropertyOptional({ maxLength: PROPOSAL_TITLE_MAX }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PROPOSAL_TITLE_MAX) title?: string;
}

export class ProposalListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'French full-text search; accents optional' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) q?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(60) theme?: string;
  @ApiPropertyOptional({ enum: PROPOSAL_STATES, description: 'States other than public ones: staff, or your own with mine=true' })
  @IsOptional()
  @IsIn(PROPOSAL_STATES)
  state?: ProposalState;
  @ApiPropertyOptional({ enum: PROPOSAL_SORTS, description: 'Default: relevance with q, newest otherwise' }) @IsOptional() @IsIn(PROPOSAL_SORTS) sort?: ProposalSort;
  @ApiPropertyOptional({ description: 'Seed of the random order (the response gives one when absent)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  seed?: string;
  @ApiPropertyOptional({ description: 'Only proposals you wrote or co-wrote, in every state' }) @IsOptional() @Transform(bool) @IsBoolean() mine?: boolean;
}

export class SimilarQueryDto {
  @ApiProperty({ description: 'The title being typed' }) @Transform(trim) @IsString() @MaxLength(PROPOSAL_TITLE_MAX) title: string;
  @ApiPropertyOptional({ description: 'Leave this proposal out (the one being edited)' }) @IsOptional() @IsUUID() excludeId?: string;
}

export class DiffQueryDto {
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) from: number;
  @ApiProperty() @Type(() => Number) @IsInt() @Min(1) to: number;
  @ApiPropertyOptional({ enum: ['words', 'lines'], default: 'words', description: 'How the body is compared' })
  @IsOptional()
  @IsIn(['words', 'lines'])
  mode?: 'words' | 'lines';
}

export class InviteCoauthorDto {
  @ApiProperty() @Transform(trim) @IsEmail() @MaxLength(254) email: string;
}
