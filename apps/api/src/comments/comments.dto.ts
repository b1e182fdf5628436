import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COMMENT_BODY_MAX, COMMENT_SORTS, COMMENT_STANCES, CommentSort, CommentStance } from '@concordia/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/http/page-query.dto';
import { trim } from '../common/http/validation';


export class CreateCommentDto {
  @ApiProperty({ maxLength: COMMENT_BODY_MAX }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(COMMENT_BODY_MAX) body: string;
  @ApiPropertyOptional({ enum: COMMENT_STANCES, default: 'neutral' }) @IsOptional() @IsIn(COMMENT_STANCES) stance?: CommentStance;
  @ApiPropertyOptional({ description: 'The comment this replies to (three levels at most)' }) @IsOptional() @IsUUID() parentId?: string;
}

export class UpdateCommentDto {
  @ApiPropertyOptional({ maxLength: COMMENT_BODY_MAX }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(COMMENT_BODY_MAX) body?: string;
  @ApiPropertyOptional({ enum: COMMENT_STANCES }) @IsOptional() @IsIn(COMMENT_STANCES) stance?: CommentStance;
}

export class CommentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: COMMENT_SORTS, default: 'newest', description: 'balance alternates for, against and neutral' })
  @IsOptional()
  @IsIn(COMMENT_SORTS)
  sort?: CommentSort;
}
