import { Component, DestroyRef, computed, effect, inject, input, output, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { detectPersonalData } from '@concordia/domain';
import { excerptAround, type PersonalDataKindName } from './personal-data';

interface Finding {
  kind: PersonalDataKindName;
  field: string | null;
  before: string;
  found: string;
  after: string;
}

const DEBOUNCE_MS = 400;
const SHOWN = 10;

/**
 * For editors (proposals, comments): warns while the person writes that the text seems to hold
 * personal data, with the stretch highlighted in its context, using the server's own detector
 * (libs/domain). It reassures too: sending stays possible, a moderator checks before publication.
 * The live region only says how many were found (a short sentence), the details stay on screen.
 *
 *   <cc-personal-data-check [texts]="[title, summary, body]" [labels]="['Titre', 'Résumé', 'Texte']" />
 */
@Component({
  selector: 'cc-personal-data-check',
  imports: [MatIconModule, TranslatePipe],
  template: `
    <div class="visually-hidden" role="status">
      @if (announcement(); as said) {
        <span>{{ said.key | translate: { count: said.count } }}</span>
      }
    </div>
    @if (findings().length) {
      <div class="message warning pd-check">
        <mat-icon aria-hidden="true" fontIcon="privacy_tip" />
        <div>
          <p><strong>{{ (findings().length === 1 ? 'moderation.pd.warningOne' : 'moderation.pd.warningMany') | translate: { count: findings().length } }}</strong></p>
          <ul>
            @for (finding of findings(); track $index) {
              <li>
                <span class="kind">{{ 'moderation.pd.kinds.' + finding.kind | translate }}</span>
                @if (finding.field) {
                  <span class="field"> ({{ finding.field }})</span>
                }
                {{ 'moderation.pd.colon' | translate }}
                <q class="excerpt">{{ finding.before }}<mark><span class="visually-hidden">{{ 'moderation.pd.markStart' | translate: { kind: ('moderation.pd.kinds.' + finding.kind | translate) } }}</span>{{ finding.found }}<span class="visually-hidden">{{ 'moderation.pd.markEnd' | translate }}</span></mark>{{ finding.after }}</q>
              </li>
            }
          </ul>
          <p>{{ 'moderation.pd.advice.' + context() | translate }}</p>
          <p>{{ 'moderation.pd.reassurance' | translate }}</p>
        </div>
      </div>
    }
  `,
  styles: `
    .pd-check { background: #fff4e5; color: #3d2800; border-color: #8a5a00; }
    ul { margin: .25rem 0 .5rem; padding-left: 1.25rem; }
    li + li { margin-top: .25rem; }
    .kind { font-weight: 600; }
    .excerpt { overflow-wrap: anywhere; quotes: '« ' ' »' '“' '”'; }
    :host-context(html[lang='en']) .excerpt { quotes: '“' '”'; }
    mark { background: #ffe08a; color: #1f1400; outline: 2px solid #8a5a00; border-radius: 3px; padding: 0 .15em; font-weight: 600; }
  `,
})
export class PersonalDataCheck {
  /** Every text being written (title, summary, body…). */
  readonly texts = input.required<readonly (string | null | undefined)[]>();
  /** The field names, in the same order, to say where each finding is (optional). */
  readonly labels = input<readonly string[]>([]);
  readonly context = input<'proposal' | 'comment'>('proposal');
  /** How many findings the latest check gave, for editors that want to know. */
  readonly found = output<number>();

  private readonly checked = signal<readonly (string | null | undefined)[]>([]);
  protected readonly findings = computed<Finding[]>(() => {
    const labels = this.labels();
    const out: Finding[] = [];
    const seen = new Set<string>();
    this.checked().forEach((text, index) => {
      for (const span of detectPersonalData(text ?? '')) {
        const key = `${span.kind}:${span.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ kind: span.kind, field: labels[index] ?? null, ...excerptAround(text ?? '', span.start, span.end) });
      }
    });
    return out.slice(0, SHOWN);
  });
  protected readonly announcement = signal<{ key: string; count: number } | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
    // Debounced: the detector runs once the person pauses, and the live region speaks once.
    effect(() => {
      const texts = this.texts();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.checked.set([...texts]), DEBOUNCE_MS);
    });
    let previous = -1;
    effect(() => {
      const count = this.findings().length;
      if (count === previous) return;
      const hadSome = previous > 0;
      previous = count;
      this.found.emit(count);
      if (count > 0) this.announcement.set({ key: count === 1 ? 'moderation.pd.announceOne' : 'moderation.pd.announceMany', count });
      else this.announcement.set(hadSome ? { key: 'moderation.pd.cleared', count } : null);
    });
  }
}
