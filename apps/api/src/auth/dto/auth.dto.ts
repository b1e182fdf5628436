import { ApiProperty } from '@nestjs/swagger';
import { DISPLAY_NAME_MAX_LENGTH } from '@concordia/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../common/http/validation';


export class RegisterDto {
  @ApiProperty({ example: 'camille@example.org' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Camille', maxLength: DISPLAY_NAME_MAX_LENGTH, description: 'A pseudonym is fine.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName: string;

  @ApiProperty({ minLength: 12, maxLength: 256 })
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class LoginDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(254) email: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1024) password: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456' })
  @Transform(trim)
  @IsString()
  @Matches(/^\d{6}$/)
  code: string;
}

export class TokenDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) token: string;
}

export class EmailDto {
  @ApiProperty() @Transform(trim) @IsEmail() @MaxLength(254) email: string;
}

export class ResetPasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) token: string;
  @ApiProperty() @IsString() @MaxLength(1024) password: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1024) currentPassword: string;
  @ApiProperty() @IsString() @MaxLength(1024) newPassword: string;
}

export class DisableTotpDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1024) password: string;
}

export class LanguageDto {
  @ApiProperty({ enum: ['fr', 'en'] }) @Matches(/^(fr|en)$/) language: 'fr' | 'en';
}
