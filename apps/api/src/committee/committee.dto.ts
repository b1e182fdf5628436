import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMMITTEE_CHOICE_NAMES,
  COMMITTEE_ROLES,
  CommitteeChoiceName,
  CommitteeRole,
  RESPONSE_DECISION_NAMES,
  ResponseDecisionName,
} from '@concordia/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../common/http/page-query.dto';
import { trim } from '../common/http/validation';


export const ROSTER_MAX = 60;

export class RosterMemberDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() userId: string;
  @ApiProperty({ enum: COMMITTEE_ROLES }) @IsIn(COMMITTEE_ROLES) role: CommitteeRole;
}

export class SetCommitteeDto {
  @ApiProperty({ type: [RosterMemberDto], description: 'Exactly one chair; every member holds the committee role' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROSTER_MAX)
  @ValidateNested({ each: true })
  @Type(() => RosterMemberDto)
  members: RosterMemberDto[];

  @ApiPropertyOptional({ description: 'Partial committee rules: voteMethod, qualifiedMajority, adoptionMinGrade, publication' })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;
}

/** A whole number (checked against the scale by the service, to name it in the error) or "no_opinion". */
function IsCommitteeGrade(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCommitteeGrade',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: { validate: (value: unknown) => value === 'no_opinion' || (typeof value === 'number' && Number.isInteger(value)) },
    });
}

export const STATEMENT_MAX = 5000;

export class CommitteeBallotDto {
  @ApiPropertyOptional({ enum: [...COMMITTEE_CHOICE_NAMES, 'recuse'] })
  @IsOptional()
  @IsIn([...COMMITTEE_CHOICE_NAMES, 'recuse'])
  choice?: CommitteeChoiceName | 'recuse';

  @ApiPropertyOptional({
    description: 'Committee majority judgment: 1..k or "no_opinion"',
    oneOf: [{ type: 'integer' }, { type: 'string', enum: ['no_opinion'] }],
  })
  @IsOptional()
  @IsCommitteeGrade()
  grade?: number | 'no_opinion';

  @ApiPropertyOptional({ description: 'Committee majority judgment: adopt only once amended' })
  @IsOptional()
  @IsBoolean()
  amendments?: boolean;

  @ApiProperty({ description: 'The reason of the vote, or the declared conflict of interest', maxLength: STATEMENT_MAX })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(STATEMENT_MAX)
  reason: string;
}

export class CommitteeNoteDto {
  @ApiProperty({ maxLength: 10000 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(10000) body: string;
}

export class RapporteurDto {
  @ApiProperty({ format: 'uuid', nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  userId: string | null;
}

export const MARKDOWN_MAX = 20000;

export class ResponseDraftDto {
  @ApiPropertyOptional({ enum: RESPONSE_DECISION_NAMES, nullable: true, description: 'null: the committee vote’s decision' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsIn(RESPONSE_DECISION_NAMES)
  decision?: ResponseDecisionName | null;

  @ApiProperty({ description: 'Reasoned opinion, Markdown', maxLength: MARKDOWN_MAX })
  @IsString()
  @MaxLength(MARKDOWN_MAX)
  opinion: string;

  @ApiPropertyOptional({ description: 'Amended text, Markdown (adopted with amendments only)', maxLength: MARKDOWN_MAX, nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(MARKDOWN_MAX)
  amendedText?: string | null;

  @ApiPropertyOptional({ description: 'The revision edited from: a newer one answers 409 instead of being overwritten' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;
}

export class CandidatesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of a display name or e-mail address' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;
}
