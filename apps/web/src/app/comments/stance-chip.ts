import { Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { CommentStance } from '@concordia/contracts';

const ICONS: Record<CommentStance, string> = { for: 'thumb_up', against: 'thumb_down', neutral: 'remove' };

/** "Pour", "Contre", "Neutre": a word and an icon, the colour only repeats them. */
@Component({
  selector: 'cc-stance-chip',
  imports: [MatIconModule, TranslatePipe],
  template: `<span class="chip" [class]="stance()"><mat-icon aria-hidden="true" [fontIcon]="icons[stance()]" />{{ 'comments.stances.' + stance() | translate }}</span>`,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: .25rem; padding: 0 .55rem; border-radius: 999px; font-size: .85rem; font-weight: 600; line-height: 1.6rem; border: 1px solid currentColor; }
    .chip mat-icon { font-size: 1rem; width: 1rem; height: 1rem; }
    .for { color: #0b5e1e; background: #e3f4e6; }
    .against { color: #8c1d18; background: #fbe9e7; }
    .neutral { color: #3b3f46; background: #eceef1; }
  `,
})
export class StanceChip {
  readonly stance = input.required<CommentStance>();
  protected readonly icons = ICONS;
}
