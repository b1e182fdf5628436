import { Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PHASES, type ConsultationDetail, type Phase } from '@concordia/contracts';
import { phaseTransitionProblem } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { confirmAction } from '../core/confirm-dialog';
import { ConsultationsApi } from '../consultations/consultations.api';
import { PhaseTimeline } from '../consultations/phase-timeline';

/** Moving a consultation one phase forward (or back, where the rules allow), after confirming. */
@Component({
  selector: 'cc-phase-control',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, PhaseTimeline],
  template: `
    <section class="card" aria-labelledby="phase-heading">
      <h2 id="phase-heading">{{ 'adminConsultations.phase.heading' | translate }}</h2>
      <p>{{ 'consultations.phaseLabel' | translate }} <strong>{{ 'phase.' + consultation().phase | translate }}</strong></p>
      <cc-phase-timeline [phase]="consultation().phase" [schedule]="consultation().phaseSchedule" />
      <div class="actions">
        @if (next(); as to) {
          @if (canMove(to)) {
            <button mat-flat-button type="button" [disabled]="busy()" (click)="move(to)">
              <mat-icon aria-hidden="true" fontIcon="arrow_forward" />{{ 'adminConsultations.phase.moveTo' | translate: { phase: ('phase.' + to | translate) } }}
            </button>
          } @else {
            <p class="hint">{{ 'adminConsultations.phase.problems.' + problem(to) | translate: { phase: ('phase.' + to | translate) } }}</p>
          }
        }
        @if (previous(); as to) {
          @if (canMove(to)) {
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="move(to)">
              <mat-icon aria-hidden="true" fontIcon="arrow_back" />{{ 'adminConsultations.phase.backTo' | translate: { phase: ('phase.' + to | translate) } }}
            </button>
          }
        }
      </div>
      <div role="status">
        @if (status(); as message) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
        }
      </div>
      <div role="alert">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
    </section>
  `,
  styles: `.card h2 { margin-top: .75rem; } .actions p { margin: 0; }`,
})
export class PhaseControl {
  private readonly api = inject(ConsultationsApi);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);

  readonly consultation = input.required<ConsultationDetail>();
  readonly moved = output<ConsultationDetail>();

  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly next = computed<Phase | null>(() => PHASES[PHASES.indexOf(this.consultation().phase) + 1] ?? null);
  protected readonly previous = computed<Phase | null>(() => PHASES[PHASES.indexOf(this.consultation().phase) - 1] ?? null);

  protected problem(to: Phase): string | null {
    const c = this.consultation();
    return phaseTransitionProblem(c.phase, to, { by: 'admin', ballotSecrecy: c.settings.ballotSecrecy });
  }

  protected canMove(to: Phase): boolean {
    return this.problem(to) === null;
  }

  protected async move(to: Phase): Promise<void> {
    const c = this.consultation();
    const from = this.translate.instant(`phase.${c.phase}`);
    const target = this.translate.instant(`phase.${to}`);
    const key = `adminConsultations.phase.effects.${to}`;
    const effect = this.translate.instant(key);
    const text = [this.translate.instant('adminConsultations.phase.confirmText', { from, to: target })];
    if (effect !== key) text.push(effect);
    const ok = await confirmAction(this.dialog, {
      title: this.translate.instant('adminConsultations.phase.confirmTitle', { phase: target }),
      text,
      confirm: this.translate.instant('adminConsultations.phase.confirm'),
      cancel: this.translate.instant('common.cancel'),
    });
    if (!ok) return;
    this.busy.set(true);
    this.status.set(null);
    this.error.set(null);
    try {
      const detail = await this.api.movePhase(c.slug, to);
      this.status.set(this.translate.instant('adminConsultations.phase.moved', { phase: target }));
      this.moved.emit(detail);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
    }
  }
}
