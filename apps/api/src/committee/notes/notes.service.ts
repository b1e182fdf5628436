import { Injectable } from '@nestjs/common';
import type { CommitteeNoteView, Language, Page } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import { AppException, forbidden } from '../../common/http/app-exception';
import { contributor } from '../../proposals/proposal.mapper';
import { CommitteeAccess } from '../committee-access.service';
import { ReviewTargets } from '../review/review-targets';
import { NoteRow, NotesRepository } from './notes.repository';

/**
 * Private notes on a proposal under review: committee members of that consultation only — admins
 * who are not on the committee are refused too, since the notes are the committee's working papers.
 * Each member edits and deletes their own.
 */
@Injectable()
export class NotesService {
  constructor(
    private readonly targets: ReviewTargets,
    private readonly access: CommitteeAccess,
    private readonly notes: NotesRepository,
  ) {}

  async list(idOrRef: string, auth: AuthContext, page: number, pageSize: number, language: Language): Promise<Page<CommitteeNoteView>> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.member(target.consultation.id, auth);
    const { items, total } = await this.notes.page(target.proposal.id, page, pageSize);
    return { items: items.map((note) => view(note, auth, language)), page, pageSize, total };
  }

  async create(idOrRef: string, auth: AuthContext, body: string, language: Language): Promise<CommitteeNoteView> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.member(target.consultation.id, auth);
    const id = await this.notes.insert(target.proposal.id, auth.user.id, body);
    return view((await this.notes.find(id)) as NoteRow, auth, language);
  }

  async update(noteId: string, auth: AuthContext, body: string, language: Language): Promise<CommitteeNoteView> {
    const note = await this.own(noteId, auth);
    await this.notes.update(note.id, body);
    return view((await this.notes.find(note.id)) as NoteRow, auth, language);
  }

  async remove(noteId: string, auth: AuthContext): Promise<void> {
    const note = await this.own(noteId, auth);
    await this.notes.remove(note.id);
  }

  /** Notes are for committee members of their consultation (403 for anyone else) and editable by their author only. */
  private async own(noteId: string, auth: AuthContext): Promise<NoteRow> {
    const note = await this.notes.find(noteId);
    if (!note) throw new AppException(404, 'committee.note-not-found');
    await this.access.member(note.consultationId, auth);
    if (note.authorId !== auth.user.id) throw forbidden('committee.note-not-yours');
    return note;
  }
}

function view(note: NoteRow, auth: AuthContext, language: Language): CommitteeNoteView {
  return {
    id: note.id,
    proposalId: note.proposalId,
    author: contributor(note.authorId, note.authorName, language),
    body: note.body,
    createdAt: new Date(note.createdAt).toISOString(),
    updatedAt: new Date(note.updatedAt).toISOString(),
    mine: note.authorId === auth.user.id,
  };
}
