import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLE_NAMES, Role } from '@concordia/contracts';
import { Transform } from 'class-transformer';
import { PageQueryDto } from '../common/http/page-query.dto';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class AccountsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of an e-mail address or display name' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class SetRolesDto {
  @ApiProperty({ enum: ROLE_NAMES, isArray: true })
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(ROLE_NAMES, { each: true })
  roles: Role[];
}

export class SetBlockedDto {
  @ApiProperty() @IsBoolean() blocked: boolean;
}
