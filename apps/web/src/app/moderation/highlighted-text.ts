import { Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { segments, type SpanLike } from './personal-data';

/**
 * A text shown as typed (line breaks kept), its personal data in <mark> with a visually hidden
 * label saying what kind it is, since a highlight alone is not read out (RGAA 3.1, WCAG 1.4.1).
 */
@Component({
  selector: 'cc-highlighted-text',
  imports: [TranslatePipe],
  // No whitespace between the pieces: it would show inside the text.
  template: `@for (segment of parts(); track $index) {@if (segment.kind) {<mark class="pd"><span class="visually-hidden">{{ 'moderation.pd.markStart' | translate: { kind: ('moderation.pd.kinds.' + segment.kind | translate) } }}</span>{{ segment.text }}<span class="visually-hidden">{{ 'moderation.pd.markEnd' | translate }}</span></mark>} @else {<ng-container>{{ segment.text }}</ng-container>}}`,
  styles: `
    :host { white-space: pre-wrap; overflow-wrap: anywhere; }
    .pd {
      background: #ffe08a; color: #1f1400; padding: 0 .15em; border-radius: 3px;
      outline: 2px solid #8a5a00; outline-offset: 0; font-weight: 600;
    }
  `,
})
export class HighlightedText {
  readonly text = input.required<string>();
  readonly spans = input<readonly SpanLike[]>([]);

  protected readonly parts = computed(() => segments(this.text() ?? '', this.spans()));
}
