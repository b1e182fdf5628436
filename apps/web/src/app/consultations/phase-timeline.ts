import { Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { PHASES, type Phase, type PhaseScheduleData } from '@concordia/contracts';
import { LocalDatePipe } from '../core/local-date.pipe';
import { LanguageService } from '../i18n/language.service';

interface Step {
  phase: Phase;
  status: 'done' | 'current' | 'upcoming';
  start: string | null;
}

/**
 * The phases in order with their dates. The current one is marked by a word, an icon and
 * aria-current, not by colour alone (RGAA 3.1).
 */
@Component({
  selector: 'cc-phase-timeline',
  imports: [MatIconModule, TranslatePipe, LocalDatePipe],
  template: `
    <ol class="timeline">
      @for (step of steps(); track step.phase) {
        <li class="step" [class]="step.status" [attr.aria-current]="step.status === 'current' ? 'step' : null">
          <mat-icon aria-hidden="true" class="marker" [fontIcon]="icon(step.status)" />
          <div>
            <span class="name">{{ 'phase.' + step.phase | translate }}</span>
            <span class="status">{{ 'consultations.timeline.' + step.status | translate }}</span>
            <span class="date">
              @if (step.start) {
                {{ 'consultations.timeline.from' | translate: { date: (step.start | localDate: language.current() : false) } }}
              } @else {
                {{ 'consultations.timeline.noDate' | translate }}
              }
            </span>
          </div>
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 10.5rem), 1fr)); }
    .step { display: flex; gap: .5rem; align-items: flex-start; padding: .6rem .75rem; border-radius: 8px; border: 1px solid var(--mat-sys-outline-variant); }
    .step div { display: flex; flex-direction: column; }
    .name { font-weight: 600; line-height: 1.3; }
    .status, .date { font-size: .875rem; color: var(--mat-sys-on-surface-variant); }
    .marker { flex: none; }
    .current { border: 2px solid var(--mat-sys-primary); background: var(--mat-sys-primary-container); color: var(--mat-sys-on-primary-container); }
    .current .status { font-weight: 700; color: inherit; text-transform: uppercase; letter-spacing: .03em; }
    .current .date { color: inherit; }
    .done .name { font-weight: 500; }
    @media (max-width: 40rem) {
      .step { padding: .35rem .6rem; }
      .step div { flex-direction: row; flex-wrap: wrap; column-gap: .5rem; }
      .name { flex-basis: 100%; }
    }
  `,
})
export class PhaseTimeline {
  protected readonly language = inject(LanguageService);
  readonly phase = input.required<Phase>();
  readonly schedule = input<PhaseScheduleData>({});

  /** A draft is shown only while the consultation is one (to admins): the public life starts with proposals. */
  protected readonly steps = computed<Step[]>(() => {
    const current = PHASES.indexOf(this.phase());
    const schedule = this.schedule();
    return PHASES.filter((phase) => phase !== 'draft' || this.phase() === 'draft').map((phase) => {
      const index = PHASES.indexOf(phase);
      return { phase, status: index < current ? 'done' : index === current ? 'current' : 'upcoming', start: schedule[phase] ?? null };
    });
  });

  protected icon(status: Step['status']): string {
    return status === 'done' ? 'check_circle' : status === 'current' ? 'radio_button_checked' : 'radio_button_unchecked';
  }
}
