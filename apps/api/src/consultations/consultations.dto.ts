import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PHASES, Phase } from '@concordia/contracts';
import { SLUG_PATTERN } from '@concordia/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../common/http/page-query.dto';
import { trim } from '../common/http/validation';

const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value);

export const THEMES_MAX = 30;
export const THEME_MAX_LENGTH = 60;

/** Fields an admin may set; the title, required on creation, is declared by the two subclasses. */
class ConsultationFieldsDto {
  @ApiPropertyOptional({ description: 'Lowercase words joined by hyphens; made from the title when absent', maxLength: 80 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(80)
  @Matches(SLUG_PATTERN)
  slug?: string;

  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) summary?: string;

  @ApiPropertyOptional({ description: 'Markdown, sanitised when rendered', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ type: [String], description: 'Short labels a proposal picks one of', maxItems: THEMES_MAX })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(THEMES_MAX)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(THEME_MAX_LENGTH, { each: true })
  @ArrayUnique((theme: string) => (typeof theme === 'string' ? theme.toLocaleLowerCase('fr') : theme))
  themes?: string[];

  @ApiPropertyOptional({ description: 'Phase → ISO 8601 start date; null removes a date', example: { voting_open: '2026-04-01T08:00:00Z' } })
  @IsOptional()
  @IsObject()
  phaseSchedule?: Record<string, string | null>;

  @ApiPropertyOptional({ description: 'Partial settings, merged into the current ones and checked together' })
  @IsOptional()
  @IsObject()
  settings?: Record<string, unknown>;
}

export class CreateConsultationDto extends ConsultationFieldsDto {
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title: string;
}

export class UpdateConsultationDto extends ConsultationFieldsDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
}

export class MovePhaseDto {
  @ApiProperty({ enum: PHASES }) @IsIn(PHASES) to: Phase;
}

export class JoinConsultationDto {
  @ApiPropertyOptional({ example: '34000', description: 'Residents: your postcode' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(10)
  postcode?: string;

  @ApiPropertyOptional({ example: 'ABCD-EFGH-JKMN', description: 'Panel: your invitation code' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(40)
  code?: string;
}

export class InvitationCodesDto {
  @ApiProperty({ minimum: 1, maximum: 5000 }) @IsInt() @Min(1) @Max(5000) count: number;
}

export class AdminConsultationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PHASES }) @IsOptional() @IsIn(PHASES) phase?: Phase;
}

export class RunSchedulerDto {
  @ApiPropertyOptional({ description: 'Development and tests only: act as if it were this date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}
