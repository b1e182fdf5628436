import { Component, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A secret ballot's tracker, framed so it is noticed and kept: shown once after casting (the server
 * never gives it again), and afterwards from this device's memory, with a way to forget it there.
 */
@Component({
  selector: 'cc-tracker-box',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <section class="tracker-box" [attr.aria-labelledby]="headingId()">
      <h3 [id]="headingId()"><mat-icon aria-hidden="true" fontIcon="confirmation_number" />{{ 'votes.tracker.heading' | translate }}</h3>
      @if (!justCast()) {
        <p class="lead">{{ 'votes.tracker.rememberedLead' | translate }}</p>
      }
      <p class="code-line">
        <code class="tracker" translate="no">{{ tracker() }}</code>
        <button mat-stroked-button type="button" (click)="copy()" [attr.aria-label]="'votes.tracker.copyLabel' | translate: { tracker: tracker() }">
          <mat-icon aria-hidden="true" fontIcon="content_copy" />{{ 'votes.tracker.copy' | translate }}
        </button>
      </p>
      <div role="status" class="copy-status">
        @if (copyState(); as state) {
          <p class="message" [class.success]="state === 'copied'" [class.error]="state === 'failed'">
            <mat-icon aria-hidden="true" [fontIcon]="state === 'copied' ? 'check_circle' : 'error'" />
            <span>{{ (state === 'copied' ? 'votes.tracker.copied' : 'votes.tracker.copyFailed') | translate }}</span>
          </p>
        }
      </div>
      @if (justCast()) {
        <p>{{ 'votes.tracker.keep' | translate }}</p>
      }
      <p>
        {{ 'votes.tracker.check' | translate }}
        <a [routerLink]="['/consultations', slug(), 'ballot-trackers']">{{ 'votes.tracker.checkLink' | translate }}</a>
      </p>
      @if (kept()) {
        <p class="device">
          <mat-icon aria-hidden="true" fontIcon="smartphone" />
          <span>{{ 'votes.tracker.device' | translate }}</span>
        </p>
        <button mat-button type="button" (click)="forget.emit()"><mat-icon aria-hidden="true" fontIcon="delete" />{{ 'votes.tracker.forget' | translate }}</button>
      }
    </section>
  `,
  styles: `
    :host { display: block; margin-top: 1rem; }
    .tracker-box { border: 2px solid var(--mat-sys-primary); border-radius: 12px; padding: .25rem 1rem 1rem; background: var(--mat-sys-surface-container-low); }
    h3 { display: flex; align-items: center; gap: .5rem; font-size: 1.15rem; margin: .75rem 0 .5rem; }
    .lead { margin: 0 0 .25rem; font-weight: 600; }
    .code-line { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: .25rem 0 .5rem; }
    .tracker {
      font-family: ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace;
      font-size: clamp(1.05rem, .55rem + 2.5vw, 1.75rem); font-weight: 700; letter-spacing: .04em; white-space: nowrap;
      padding: .25rem .6rem; border-radius: 6px; background: var(--mat-sys-surface); border: 1px solid var(--mat-sys-outline);
      user-select: all;
    }
    // Below 360 px the four groups may go on two lines rather than out of the box.
    @media (max-width: 22.5rem) { .tracker { white-space: normal; overflow-wrap: anywhere; } }
    mat-icon { flex: none; }
    .copy-status .message { margin: 0 0 .5rem; }
    .device { display: flex; gap: .5rem; align-items: flex-start; color: var(--mat-sys-on-surface-variant); margin-bottom: .25rem; }
    p { margin: .5rem 0; }
  `,
})
export class TrackerBox {
  readonly tracker = input.required<string>();
  readonly slug = input.required<string>();
  /** Just cast: say to keep it; otherwise it comes from this device's memory. */
  readonly justCast = input(false);
  /** Still kept on this device (it can be forgotten there). */
  readonly kept = input(true);
  readonly headingId = input('tracker-heading');
  readonly forget = output<void>();

  protected readonly copyState = signal<'copied' | 'failed' | null>(null);

  protected async copy(): Promise<void> {
    this.copyState.set(null);
    try {
      await navigator.clipboard.writeText(this.tracker());
      this.copyState.set('copied');
    } catch {
      this.copyState.set('failed');
    }
  }
}
