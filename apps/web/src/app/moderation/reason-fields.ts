import { Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { MODERATION_REASONS, type ModerationReason } from '@concordia/contracts';

/**
 * The charter's reasons as a radio group with a visible legend (a fieldset, RGAA 11.5), each
 * with a line saying what it covers. Shared by the decision and report dialogs.
 */
@Component({
  selector: 'cc-reason-fields',
  imports: [ReactiveFormsModule, MatRadioModule, TranslatePipe],
  template: `
    <fieldset class="reasons" [attr.aria-describedby]="invalid() ? idPrefix() + '-error' : null">
      <legend>{{ legend() }}</legend>
      <mat-radio-group [formControl]="control()" class="reason-list" [attr.aria-invalid]="invalid() || null">
        @for (reason of reasons; track reason) {
          <mat-radio-button [value]="reason" [attr.data-reason]="reason">
            <span class="reason-name">{{ 'moderation.reasons.' + reason | translate }}</span>
            <span class="reason-help">{{ 'moderation.reasonHelp.' + reason | translate }}</span>
          </mat-radio-button>
        }
      </mat-radio-group>
      @if (invalid()) {
        <p class="form-error" [id]="idPrefix() + '-error'">{{ 'moderation.dialog.reasonRequired' | translate }}</p>
      }
    </fieldset>
  `,
  styles: `
    .reasons { border: 0; padding: 0; margin: 0 0 .5rem; min-width: 0; }
    legend { font-weight: 600; padding: 0; margin-bottom: .25rem; }
    .reason-list { display: flex; flex-direction: column; }
    .reason-name { display: block; font-weight: 500; }
    .reason-help { display: block; font-size: .875rem; color: var(--mat-sys-on-surface-variant); line-height: 1.3; padding-bottom: .25rem; }
    .form-error { margin: .25rem 0 0; }
  `,
})
export class ReasonFields {
  readonly control = input.required<FormControl<ModerationReason | null>>();
  readonly legend = input.required<string>();
  readonly invalid = input(false);
  readonly idPrefix = input('reason');
  protected readonly reasons = MODERATION_REASONS;
}
