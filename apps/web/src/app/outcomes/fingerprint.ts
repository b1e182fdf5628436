import { Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ResponseFingerprint } from '@concordia/contracts';

/** A published response's SHA-256 fingerprint and how anyone can check it. */
@Component({
  selector: 'cc-fingerprint',
  imports: [TranslatePipe],
  template: `
    <p class="value">
      <span class="label">{{ 'outcomes.fingerprint.label' | translate }}</span>
      <code>{{ fingerprint().value }}</code>
    </p>
    <details>
      <summary>{{ 'outcomes.fingerprint.how' | translate }}</summary>
      <ol>
        <li>{{ 'outcomes.fingerprint.step1' | translate: { ref: ref() } }}</li>
        <li>{{ 'outcomes.fingerprint.step2' | translate }}</li>
        <li>{{ 'outcomes.fingerprint.step3' | translate }}</li>
      </ol>
      <p>{{ 'outcomes.fingerprint.covers' | translate }}</p>
    </details>
  `,
  styles: `
    :host { display: block; }
    .value { margin: 0 0 .25rem; display: flex; flex-wrap: wrap; gap: .25rem .5rem; align-items: baseline; }
    .label { font-weight: 600; }
    code { overflow-wrap: anywhere; word-break: break-all; font-size: .85rem; background: var(--mat-sys-surface-container); padding: .1rem .35rem; border-radius: 4px; }
    details { margin-top: .25rem; }
    summary { cursor: pointer; color: var(--mat-sys-primary); }
    ol { margin: .5rem 0; padding-inline-start: 1.5rem; }
  `,
})
export class Fingerprint {
  readonly fingerprint = input.required<ResponseFingerprint>();
  readonly ref = input.required<number>();
}
