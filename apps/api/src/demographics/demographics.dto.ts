import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGE_BANDS, COMMUNES, DEMOGRAPHIC_DIMENSIONS, DemographicDimension, GENDERS } from '@concordia/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { trim } from '../common/http/validation';

const keys = (list: readonly { key: string }[]) => list.map((category) => category.key);

/** Every answer optional: absent or null means "not answered" (prefer not to say is not a category). */
export class MyDemographicsDto {
  @ApiPropertyOptional({ enum: keys(AGE_BANDS), nullable: true }) @IsOptional() @IsIn(keys(AGE_BANDS)) ageBand?: string | null;
  @ApiPropertyOptional({ enum: keys(COMMUNES), nullable: true, description: 'INSEE code, or hors-metropole' })
  @IsOptional()
  @IsIn(keys(COMMUNES))
  commune?: string | null;
  @ApiPropertyOptional({ enum: keys(GENDERS), nullable: true }) @IsOptional() @IsIn(keys(GENDERS)) gender?: string | null;
}

export class CensusShareDto {
  // Checked against the dimension's list by the service, which knows the dimension.
  @ApiProperty() @IsString() @MaxLength(40) category: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) share: number;
}

export class CensusDto {
  @ApiProperty({ enum: DEMOGRAPHIC_DIMENSIONS }) @IsIn(DEMOGRAPHIC_DIMENSIONS) dimension: DemographicDimension;

  @ApiProperty({ maxLength: 300, example: 'INSEE, recensement de la population 2021' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source: string;

  @ApiPropertyOptional({ minimum: 1900, maximum: 2100, nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2100) year?: number | null;

  @ApiProperty({ type: [CensusShareDto], description: 'Shares from 0 to 1 that sum to 1 (± 0.01)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => CensusShareDto)
  shares: CensusShareDto[];
}

export class RepresentativenessQueryDto {
  @ApiPropertyOptional({ description: 'A consultation slug; absent: the whole platform' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,120}$/)
  consultation?: string;

  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'Language of the download labels; Accept-Language by default' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  lang?: 'fr' | 'en';
}
