import { Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AuditVerification } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { OutcomesApi } from './outcomes.api';

/** Checks the public, hash-chained audit log on the server and says whether the chain holds. */
@Component({
  selector: 'cc-audit-verify',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{{ 'outcomes.audit.heading' | translate }}</h2>
      <p>{{ 'outcomes.audit.intro' | translate }}</p>
      <div class="actions">
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="verify()">
          <mat-icon aria-hidden="true" fontIcon="verified" />{{ 'outcomes.audit.verify' | translate }}
        </button>
        <a href="/api/audit-log">{{ 'outcomes.audit.raw' | translate }}</a>
      </div>
      <div role="status" class="result">
        @if (busy()) {
          <p>{{ 'outcomes.audit.checking' | translate }}</p>
        } @else if (result(); as r) {
          @if (r.valid) {
            <p class="message success">
              <mat-icon aria-hidden="true" fontIcon="verified" />
              <span>{{ 'outcomes.audit.valid' | translate: { entries: r.entries } }}
                @if (r.lastHash) {
                  <br />{{ 'outcomes.audit.lastHash' | translate }} <code>{{ r.lastHash }}</code>
                }
              </span>
            </p>
          } @else {
            <p class="message error">
              <mat-icon aria-hidden="true" fontIcon="gpp_bad" />
              <span>{{ 'outcomes.audit.invalid' | translate: { entries: r.entries, seq: r.seq, problem: ('outcomes.audit.problems.' + r.problem | translate) } }}</span>
            </p>
          }
        } @else if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
    </section>
  `,
  styles: `
    :host { display: block; }
    code { overflow-wrap: anywhere; word-break: break-all; font-size: .85rem; }
  `,
})
export class AuditVerify {
  private readonly api = inject(OutcomesApi);
  private readonly translate = inject(TranslateService);
  protected readonly busy = signal(false);
  protected readonly result = signal<AuditVerification | null>(null);
  protected readonly error = signal<string | null>(null);

  protected async verify(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.result.set(null);
    try {
      this.result.set(await this.api.verifyAuditLog());
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
    }
  }
}
