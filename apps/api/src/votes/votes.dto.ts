import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FOR_AGAINST_CHOICES,
  ForAgainstChoice,
  GradeChoice,
  NO_OPINION,
  PROPOSAL_BODY_MAX,
  PROPOSAL_SUMMARY_MAX,
  PROPOSAL_TITLE_MAX,
} from '@concordia/contracts';
import { Transform, Type } from 'class-transformer';
import { Equals, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min, registerDecorator } from 'class-validator';
import { PageQueryDto } from '../common/http/page-query.dto';
import { trim } from '../common/http/validation';

/** A whole number (checked against the consultation's scale later, to name it in the error) or "no_opinion". */
function IsGradeChoice(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isGradeChoice',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: { validate: (value: unknown) => value === NO_OPINION || (typeof value === 'number' && Number.isInteger(value)) },
    });
}

/**
 * One field per voting method; the service checks that the one of the consultation's method, and
 * only it, is given (a DTO cannot know the method).
 */
export class CastBallotDto {
  @ApiPropertyOptional({ description: 'Support voting', enum: [true] })
  @IsOptional()
  @Equals(true)
  support?: true;

  @ApiPropertyOptional({ description: 'For/against voting', enum: FOR_AGAINST_CHOICES })
  @IsOptional()
  @IsIn(FOR_AGAINST_CHOICES)
  choice?: ForAgainstChoice;

  @ApiPropertyOptional({
    description: 'Majority judgment: a grade from 1 (worst) to the size of the scale, or "no_opinion"',
    oneOf: [
      { type: 'integer', minimum: 1, maximum: 7 },
      { type: 'string', enum: [NO_OPINION] },
    ],
  })
  @IsOptional()
  @IsGradeChoice()
  grade?: GradeChoice;
}

export class ResultsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'Voting round (revision rounds); the current one by default' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  round?: number;
}


export class RevisionDto {
  @ApiProperty({ maxLength: PROPOSAL_TITLE_MAX })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROPOSAL_TITLE_MAX)
  title: string;

  @ApiPropertyOptional({ maxLength: PROPOSAL_SUMMARY_MAX })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PROPOSAL_SUMMARY_MAX)
  summary?: string;

  @ApiPropertyOptional({ maxLength: PROPOSAL_BODY_MAX, description: 'Markdown' })
  @IsOptional()
  @IsString()
  @MaxLength(PROPOSAL_BODY_MAX)
  body?: string;
}
