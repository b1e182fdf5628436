import { Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { detectPersonalData, type PersonalDataKind } from '@concordia/domain';

interface Finding {
  kind: PersonalDataKind;
  text: string;
}

/**
 * Warns while the person writes that the text seems to hold personal data (e-mail, phone, social
 * security number, IBAN, card), using the same detector as the server. Sending stays possible: a
 * moderator then looks before it goes public.
 */
@Component({
  selector: 'cc-personal-data-warning',
  imports: [MatIconModule, TranslatePipe],
  template: `
    <div role="status" class="live">
      @if (findings().length) {
        <div class="message caution">
          <mat-icon aria-hidden="true" fontIcon="privacy_tip" />
          <div>
            <p><strong>{{ 'proposals.personalData.heading' | translate }}</strong></p>
            <ul>
              @for (finding of findings(); track finding.kind + finding.text) {
                <li>{{ 'proposals.personalData.kinds.' + finding.kind | translate }}{{ 'proposals.personalData.colon' | translate }} <span class="found">{{ finding.text }}</span></li>
              }
            </ul>
            <p>{{ 'proposals.personalData.advice' | translate }} {{ 'proposals.personalData.' + context() | translate }}</p>
          </div>
        </div>
      }
    </div>
  `,
  styles: `
    .message.caution { background: #fff4e5; color: #4d3200; border-color: #a85d00; }
    ul { margin: .25rem 0; padding-left: 1.25rem; }
    .found { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
  `,
})
export class PersonalDataWarning {
  /** Every text being written (title, summary, body…). */
  readonly texts = input.required<string[]>();
  readonly context = input<'proposal' | 'comment'>('proposal');

  protected readonly findings = computed<Finding[]>(() => {
    const seen = new Set<string>();
    const found: Finding[] = [];
    for (const text of this.texts()) {
      for (const span of detectPersonalData(text ?? '')) {
        const key = `${span.kind}:${span.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ kind: span.kind, text: span.text });
      }
    }
    return found.slice(0, 10);
  });
}
