import { Component, ElementRef, Injector, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { OutcomesPublished, Phase, PublicationReadiness } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { CommitteeApi } from './committee.api';
import { confirmAction } from '../core/confirm-dialog';
import { apiErrorCode } from './errors';

/**
 * What still stops the publication of a consultation's responses, proposal by proposal with a link
 * to each, and the chair's "publish all responses" (one act for the whole consultation).
 */
@Component({
  selector: 'cc-publication-panel',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="publication-heading">
      <h2 id="publication-heading">{{ 'committee.publication.heading' | translate }}</h2>
      @if (published() || phaseAfterReview()) {
        <p class="message success">
          <mat-icon aria-hidden="true" fontIcon="task_alt" />
          <span>
            {{ 'committee.publication.done' | translate }}
            <a [routerLink]="['/consultations', slug(), 'outcomes']">{{ 'committee.publication.seeOutcomes' | translate }}</a>
          </span>
        </p>
      } @else if (readiness(); as r) {
        <p>{{ 'committee.publication.reviewed' | translate: { count: r.reviewed } }}</p>
        @if (r.missing.length) {
          <details class="missing-box" [open]="r.missing.length <= 5">
            <summary>{{ 'committee.publication.notReady' | translate: { count: r.missing.length } }}</summary>
            <ul class="missing">
              @for (item of r.missing; track item.proposalId) {
                <li>
                  <a [routerLink]="['/consultations', slug(), 'committee', 'proposals', item.ref]">#{{ item.ref }} {{ item.title }}</a>
                  — {{ problems(item.problems) }}
                </li>
              }
            </ul>
          </details>
        } @else if (r.reviewed > 0) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ 'committee.publication.ready' | translate }}</span></p>
        }
        @if (r.canPublish) {
          <p class="hint">{{ 'committee.publication.explain' | translate }}</p>
          <div class="actions">
            <button mat-flat-button type="button" [disabled]="busy()" (click)="publish()">
              <mat-icon aria-hidden="true" fontIcon="campaign" />
              {{ 'committee.publication.publish' | translate }}
            </button>
          </div>
        } @else if (r.reviewed > 0) {
          <p class="hint">{{ 'committee.publication.chairOnly' | translate }}</p>
        }
      } @else if (loadError(); as message) {
        <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      } @else {
        <p>{{ 'common.loading' | translate }}</p>
      }
      <div #feedback tabindex="-1" class="feedback">
        <div role="status">
          @if (status(); as message) {
            <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
          }
        </div>
        <div role="alert">
          @if (error(); as message) {
            <div class="message error">
              <mat-icon aria-hidden="true" fontIcon="error" />
              <div>
                <p>{{ message }}</p>
                @if (errorList().length) {
                  <ul class="missing">
                    @for (item of errorList(); track item.proposalId) {
                      <li>
                        <a [routerLink]="['/consultations', slug(), 'committee', 'proposals', item.ref]">#{{ item.ref }} {{ item.title }}</a>
                        — {{ problems(item.problems) }}
                      </li>
                    }
                  </ul>
                }
              </div>
            </div>
          }
        </div>
      </div>
    </section>
  `,
  styles: `
    :host { display: block; }
    .missing { margin: .25rem 0 .75rem; padding-inline-start: 1.25rem; }
    .missing-box { margin-bottom: .75rem; }
    .missing-box summary { cursor: pointer; font-weight: 600; }
    .missing li + li { margin-top: .25rem; }
    .feedback:focus { outline: none; }
    .message ul { margin-bottom: 0; }
  `,
})
export class PublicationPanel {
  private readonly api = inject(CommitteeApi);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly feedback = viewChild<ElementRef<HTMLElement>>('feedback');

  readonly slug = input.required<string>();
  readonly phase = input.required<Phase>();
  /** Counted up by the page after a change (a vote closed, a response saved). */
  readonly refresh = input(0);
  readonly publishedChange = output<OutcomesPublished>();

  protected readonly readiness = signal<PublicationReadiness | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly errorList = signal<PublicationReadiness['missing']>([]);
  protected readonly published = signal(false);

  constructor() {
    effect(() => {
      const slug = this.slug();
      this.refresh();
      void this.load(slug);
    });
  }

  protected phaseAfterReview(): boolean {
    return ['outcomes_published', 'follow_up', 'closed'].includes(this.phase());
  }

  protected problems(names: string[]): string {
    return names.map((name) => this.translate.instant(`committee.problems.${name}`)).join(', ');
  }

  private async load(slug: string): Promise<PublicationReadiness | null> {
    try {
      const readiness = await this.api.readiness(slug);
      this.readiness.set(readiness);
      this.loadError.set(null);
      return readiness;
    } catch (error) {
      this.loadError.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
      return null;
    }
  }

  protected async publish(): Promise<void> {
    const readiness = this.readiness();
    if (readiness?.ready) {
      const ok = await confirmAction(this.dialog, {
        warning: true,
        title: this.translate.instant('committee.publication.confirmTitle'),
        text: [this.translate.instant('committee.publication.confirmWarning'), this.translate.instant('committee.publication.confirmText', { count: readiness.reviewed })],
        confirm: this.translate.instant('committee.publication.publish'),
        cancel: this.translate.instant('common.cancel'),
      });
      if (!ok) return;
    }
    this.busy.set(true);
    this.status.set(null);
    this.error.set(null);
    this.errorList.set([]);
    try {
      const result = await this.api.publish(this.slug());
      this.published.set(true);
      this.status.set(this.translate.instant('committee.publication.publishedNow', { count: result.responses.length }));
      this.publishedChange.emit(result);
    } catch (error) {
      if (apiErrorCode(error) === 'outcomes.missing-responses') {
        const fresh = await this.load(this.slug());
        this.error.set(
          fresh?.missing.length
            ? this.translate.instant('committee.publication.refused', { count: fresh.missing.length })
            : apiErrorMessage(error, this.translate.instant('common.networkError')),
        );
        this.errorList.set(fresh?.missing ?? []);
      } else {
        this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      }
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.feedback(), this.injector);
    }
  }
}
