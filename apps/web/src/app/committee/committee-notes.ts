import { Component, ElementRef, Injector, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { CommitteeNoteView } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { notBlank } from '../core/password-policy';
import { LanguageService } from '../i18n/language.service';
import { CommitteeApi } from './committee.api';
import { confirmAction } from '../core/confirm-dialog';

export const NOTE_MAX = 10000;

/** The committee's private notes on a proposal: members only, never published nor exported. */
@Component({
  selector: 'cc-committee-notes',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, LocalDatePipe],
  template: `
    <section class="card private" aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        {{ 'committee.notes.heading' | translate }}
        <span class="private-badge"><mat-icon aria-hidden="true" fontIcon="lock" />{{ 'committee.notes.private' | translate }}</span>
      </h2>
      <p class="hint">{{ 'committee.notes.explain' | translate }}</p>
      @if (loadError(); as message) {
        <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      } @else if (notes(); as list) {
        @if (list.length === 0) {
          <p>{{ 'committee.notes.none' | translate }}</p>
        } @else {
          <ul class="notes">
            @for (note of list; track note.id) {
              <li class="note">
                <p class="meta" [id]="'note-' + note.id">
                  <strong>{{ note.author.displayName }}</strong>
                  @if (note.mine) { <span> {{ 'committee.notes.you' | translate }}</span> }
                  — {{ note.createdAt | localDate: language.current() }}
                  @if (note.updatedAt !== note.createdAt) {
                    <span class="secondary-text"> ({{ 'committee.notes.edited' | translate: { date: (note.updatedAt | localDate: language.current()) } }})</span>
                  }
                </p>
                @if (editing() === note.id) {
                  <div class="form">
                    <mat-form-field>
                      <mat-label>{{ 'committee.notes.editLabel' | translate }}</mat-label>
                      <textarea matInput [formControl]="editControl" rows="4" [attr.maxlength]="noteMax" required></textarea>
                      @if (editControl.invalid) {
                        <mat-error>{{ 'committee.notes.required' | translate }}</mat-error>
                      }
                    </mat-form-field>
                    <div class="actions">
                      <button mat-flat-button type="button" [disabled]="busy()" (click)="saveEdit(note)">{{ 'committee.notes.save' | translate }}</button>
                      <button mat-button type="button" (click)="cancelEdit(note)">{{ 'common.cancel' | translate }}</button>
                    </div>
                  </div>
                } @else {
                  <p class="body">{{ note.body }}</p>
                  @if (note.mine) {
                    <div class="actions">
                      <button mat-stroked-button type="button" [id]="'edit-' + note.id" (click)="startEdit(note)">
                        <mat-icon aria-hidden="true" fontIcon="edit" />{{ 'committee.notes.edit' | translate }}<span class="visually-hidden"> {{ 'committee.notes.ofDate' | translate: { date: (note.createdAt | localDate: language.current()) } }}</span>
                      </button>
                      <button mat-stroked-button type="button" [disabled]="busy()" (click)="remove(note)">
                        <mat-icon aria-hidden="true" fontIcon="delete" />{{ 'committee.notes.delete' | translate }}<span class="visually-hidden"> {{ 'committee.notes.ofDate' | translate: { date: (note.createdAt | localDate: language.current()) } }}</span>
                      </button>
                    </div>
                  }
                }
              </li>
            }
          </ul>
        }
        <form class="form add" (submit)="$event.preventDefault(); add()" novalidate>
          <mat-form-field>
            <mat-label>{{ 'committee.notes.newLabel' | translate }}</mat-label>
            <textarea matInput [formControl]="newControl" rows="3" [attr.maxlength]="noteMax" required></textarea>
            <mat-hint>{{ 'committee.notes.newHint' | translate }}</mat-hint>
            @if (newControl.invalid && newControl.touched) {
              <mat-error>{{ 'committee.notes.required' | translate }}</mat-error>
            }
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="busy()"><mat-icon aria-hidden="true" fontIcon="note_add" />{{ 'committee.notes.add' | translate }}</button>
          </div>
        </form>
      } @else {
        <p>{{ 'common.loading' | translate }}</p>
      }
      <div #feedback tabindex="-1" class="feedback">
        <div role="status">
          @if (done(); as message) {
            <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
          }
        </div>
        <div role="alert">
          @if (error(); as message) {
            <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ 'common.errorPrefix' | translate }} {{ message }}</span></p>
          }
        </div>
      </div>
    </section>
  `,
  styles: `
    :host { display: block; }
    .private { border: 2px dashed var(--mat-sys-tertiary); background: var(--mat-sys-surface-container-low); }
    h2 { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
    .private-badge { display: inline-flex; gap: .25rem; align-items: center; font-size: .85rem; font-weight: 600; padding: .1rem .6rem; border-radius: 999px; background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .private-badge mat-icon { font-size: 1rem; width: 1rem; height: 1rem; }
    .notes { list-style: none; padding: 0; margin: 0; }
    .note { border-top: 1px solid var(--mat-sys-outline-variant); padding: .5rem 0; }
    .meta { margin: 0; }
    .body { white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0; }
    .note .actions { margin-top: .25rem; }
    .add { margin-top: 1rem; }
    .feedback:focus { outline: none; }
  `,
})
export class CommitteeNotes {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly language = inject(LanguageService);
  private readonly feedback = viewChild<ElementRef<HTMLElement>>('feedback');

  readonly proposalId = input.required<string>();
  readonly countChange = output<number>();

  protected readonly noteMax = NOTE_MAX;
  protected readonly notes = signal<CommitteeNoteView[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly newControl = new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(NOTE_MAX)] });
  protected readonly editControl = new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(NOTE_MAX)] });

  constructor() {
    effect(() => void this.load(this.proposalId()));
  }

  private async load(id: string): Promise<void> {
    try {
      const page = await this.api.notes(id);
      this.notes.set(page.items);
      this.countChange.emit(page.total);
    } catch (error) {
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  protected async add(): Promise<void> {
    this.newControl.markAsTouched();
    if (this.newControl.invalid) {
      focusAfterRender(() => this.host.nativeElement.querySelector('.add textarea') as HTMLElement | undefined, this.injector);
      return;
    }
    await this.act(async () => {
      await this.api.addNote(this.proposalId(), this.newControl.value.trim());
      this.newControl.reset('');
      await this.load(this.proposalId());
      return this.translate.instant('committee.notes.added');
    });
  }

  protected startEdit(note: CommitteeNoteView): void {
    this.editControl.reset(note.body);
    this.editing.set(note.id);
    focusAfterRender(() => this.host.nativeElement.querySelector('.note textarea') as HTMLElement | undefined, this.injector);
  }

  protected cancelEdit(note: CommitteeNoteView): void {
    this.editing.set(null);
    focusAfterRender(() => this.host.nativeElement.querySelector(`#edit-${note.id}`) as HTMLElement | undefined, this.injector);
  }

  protected async saveEdit(note: CommitteeNoteView): Promise<void> {
    this.editControl.markAsTouched();
    if (this.editControl.invalid) return;
    await this.act(async () => {
      await this.api.editNote(note.id, this.editControl.value.trim());
      this.editing.set(null);
      await this.load(this.proposalId());
      return this.translate.instant('committee.notes.saved');
    });
  }

  protected async remove(note: CommitteeNoteView): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      warning: true,
      title: this.translate.instant('committee.notes.deleteTitle'),
      text: [this.translate.instant('committee.notes.deleteWarning')],
      confirm: this.translate.instant('committee.notes.delete'),
      cancel: this.translate.instant('common.cancel'),
    });
    if (!ok) return;
    await this.act(async () => {
      await this.api.deleteNote(note.id);
      await this.load(this.proposalId());
      return this.translate.instant('committee.notes.deleted');
    });
  }

  private async act(work: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    try {
      this.done.set(await work());
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.feedback(), this.injector);
    }
  }
}
