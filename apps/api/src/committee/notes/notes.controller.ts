import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommitteeNoteView } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import type { ClientInfo } from '../../auth/auth.service';
import { Client } from '../../auth/client-info';
import { CurrentAuth, Roles } from '../../auth/decorators';
import { CommitteeNoteDto } from '../committee.dto';
import { NotesService } from './notes.service';

/** A private note, edited or deleted by its author. */
@ApiTags('committee')
@Controller('committee/notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Roles('committee')
  @Patch(':noteId')
  update(
    @Param('noteId', new ParseUUIDPipe()) noteId: string,
    @Body() body: CommitteeNoteDto,
    @CurrentAuth() auth: AuthContext,
    @Client() client: ClientInfo,
  ): Promise<CommitteeNoteView> {
    return this.notes.update(noteId, auth, body.body, client.language);
  }

  @Roles('committee')
  @Delete(':noteId')
  @HttpCode(204)
  remove(@Param('noteId', new ParseUUIDPipe()) noteId: string, @CurrentAuth() auth: AuthContext): Promise<void> {
    return this.notes.remove(noteId, auth);
  }
}
