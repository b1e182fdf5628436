import { Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PHASES, type ConsultationDetail, type ConsultationResults, type ForAgainstResults, type MajorityJudgmentResults, type SupportResults } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { httpStatus } from '../core/forms';
import { GradeWordPipe, PercentPipe } from '../consultations/labels';
import { ConsultationsApi } from '../consultations/consultations.api';
import { LanguageService } from '../i18n/language.service';
import { MeritProfile, MeritRow } from './merit-profile';
import { gaugeDigits, ordinal } from './rank-words';
import { WithheldNote } from './withheld-note';

/** The ranking of a consultation's proposals, best first, with the merit profiles side by side. */
@Component({
  selector: 'cc-consultation-results',
  imports: [RouterLink, MatIconModule, MatPaginatorModule, TranslatePipe, GradeWordPipe, PercentPipe, MeritProfile, WithheldNote],
  template: `
    <section aria-labelledby="consultation-results-heading">
      <h2 id="consultation-results-heading">{{ 'votes.results.consultationHeading' | translate }}</h2>
      @if (sealed()) {
        <p class="message info"><mat-icon aria-hidden="true" fontIcon="lock" /><span>{{ 'votes.results.sealed' | translate }}</span></p>
      } @else if (error(); as message) {
        <p class="message error" role="alert"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      } @else if (results(); as r) {
        <p class="hint">{{ (live() ? 'votes.results.live' : 'votes.results.final') | translate }}</p>
        @if (r.secrecy === 'secret') {
          <p><a [routerLink]="['/consultations', r.slug, 'ballot-trackers']"><mat-icon aria-hidden="true" fontIcon="verified" class="inline-icon" />{{ 'votes.results.verifyLink' | translate }}</a></p>
        }
        @if (r.total === 0) {
          <p>{{ 'votes.results.empty' | translate }}</p>
        } @else {
          @if (r.method === 'majority_judgment') {
            <p>{{ 'votes.results.howRanked' | translate }}</p>
            <ol class="ranking" [attr.start]="(r.page - 1) * r.pageSize + 1">
              @for (item of r.items; track item.proposal.id; let i = $index) {
                <li>
                  <a [routerLink]="['/proposals', item.proposal.ref]">#{{ item.proposal.ref }} {{ item.proposal.title }}</a>
                  —
                  @if (item.withheld) {
                    <cc-withheld-note [results]="item" inline />
                  } @else if (mj(item.results); as m) {
                    @if (m.majorityGrade !== null) {
                      <strong>{{ m.majorityGrade | gradeWord: m.scale : language.current() }}</strong>
                      @if (m.gauge; as g) {
                        <span class="gauge">{{ g.sign === '+' ? '+' : '−' }}{{ g.share | percent: language.current() : digits()[i] }}</span>
                      }
                      @if (m.rank !== null) {
                        <span class="rank">({{ (m.tied ? 'votes.results.rankTied' : 'votes.results.rank') | translate: { rank: ordinal(m.rank), total: m.rankedAmong } }})</span>
                      }
                      @if (m.noOpinion > 0) {
                        <span class="no-opinion">&nbsp;· {{ 'votes.results.noOpinionCount' | translate: { count: m.noOpinion } }}</span>
                      }
                    } @else {
                      {{ 'votes.results.noGrades' | translate }}
                    }
                  }
                </li>
              }
            </ol>
            @if (meritScale() && rows().length) {
              @let scale = meritScale()!;
              <cc-merit-profile [list]="true" [scale]="scale" [rows]="rows()" [caption]="'votes.profile.captionMany' | translate: { from: (r.page - 1) * r.pageSize + 1, to: (r.page - 1) * r.pageSize + r.items.length, total: r.total }" />
            }
          } @else {
            <div class="table-box" role="region" tabindex="0" [attr.aria-label]="'votes.results.tableCaption' | translate">
              <table class="data">
                <caption>{{ 'votes.results.tableCaption' | translate }}</caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'votes.profile.proposal' | translate }}</th>
                    @if (r.method === 'support') {
                      <th scope="col" class="num">{{ 'votes.results.supportsColumn' | translate }}</th>
                    } @else {
                      <th scope="col" class="num">{{ 'votes.choices.for' | translate }}</th>
                      <th scope="col" class="num">{{ 'votes.choices.against' | translate }}</th>
                      <th scope="col" class="num">{{ 'votes.choices.abstain' | translate }}</th>
                      <th scope="col" class="num">{{ 'votes.results.approvalColumn' | translate }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (item of r.items; track item.proposal.id) {
                    <tr>
                      <th scope="row"><a [routerLink]="['/proposals', item.proposal.ref]">#{{ item.proposal.ref }} {{ item.proposal.title }}</a></th>
                      @if (item.withheld) {
                        <td [attr.colspan]="r.method === 'support' ? 1 : 4"><cc-withheld-note [results]="item" inline /></td>
                      } @else if (support(item.results); as s) {
                        <td class="num">{{ s.supports }}</td>
                      } @else if (forAgainst(item.results); as f) {
                        <td class="num">{{ f.for }}</td>
                        <td class="num">{{ f.against }}</td>
                        <td class="num">{{ f.abstain }}</td>
                        <td class="num">{{ f.approval === null ? '—' : (f.approval | percent: language.current()) }}</td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
          @if (r.total > r.pageSize) {
            <mat-paginator [length]="r.total" [pageIndex]="r.page - 1" [pageSize]="r.pageSize" [pageSizeOptions]="[10, 25, 50]" (page)="onPage($event)" [attr.aria-label]="'votes.results.pagination' | translate" />
          }
        }
      } @else {
        <p>{{ 'common.loading' | translate }}</p>
      }
    </section>
  `,
  styles: `
    @use '../consultations/participation' as p;
    @include p.data-table;
    :host { display: block; margin-top: 2rem; }
    .ranking { padding-left: 2rem; display: grid; gap: .35rem; }
    .gauge, .rank { margin-left: .35rem; color: var(--mat-sys-on-surface-variant); }
    .inline-icon { vertical-align: -5px; margin-right: .35rem; }
    .data tbody th { font-weight: 500; }
  `,
})
export class ConsultationResultsSection {
  private readonly api = inject(ConsultationsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  readonly consultation = input.required<ConsultationDetail>();

  protected readonly results = signal<ConsultationResults | null>(null);
  protected readonly sealed = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly paging = signal({ page: 1, pageSize: 10 });

  protected readonly live = computed(() => PHASES.indexOf(this.consultation().phase) <= PHASES.indexOf('voting_open'));
  protected readonly meritScale = computed(() => {
    const first = this.results()?.items[0]?.results;
    return first?.method === 'majority_judgment' ? first.scale : null;
  });
  protected readonly rows = computed<MeritRow[]>(() =>
    (this.results()?.items ?? []).flatMap((item) => {
      const m = item.withheld ? null : this.mj(item.results);
      return m ? [{ key: item.proposal.id, label: `#${item.proposal.ref} ${item.proposal.title}`, short: `#${item.proposal.ref}`, counts: m.counts, profile: m.profile, n: m.n, majorityGrade: m.majorityGrade }] : [];
    }),
  );

  constructor() {
    effect(() => {
      const slug = this.consultation().slug;
      const { page, pageSize } = this.paging();
      void this.load(slug, page, pageSize);
    });
  }

  protected mj(results: ConsultationResults['items'][number]['results']): MajorityJudgmentResults | null {
    return results.method === 'majority_judgment' ? results : null;
  }

  protected support(results: ConsultationResults['items'][number]['results']): SupportResults | null {
    return results.method === 'support' ? results : null;
  }

  protected forAgainst(results: ConsultationResults['items'][number]['results']): ForAgainstResults | null {
    return results.method === 'for_against' ? results : null;
  }

  /** Per item of the page: whole percents, or one decimal where that tells two ranks apart. */
  protected readonly digits = computed(() => {
    const list = (this.results()?.items ?? []).map((item) => (item.withheld ? null : this.mj(item.results)));
    return list.map((_, i) => gaugeDigits(list, i));
  });

  protected ordinal(rank: number): string {
    return ordinal(rank, this.language.current());
  }

  protected onPage(event: PageEvent): void {
    this.paging.set({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  private async load(slug: string, page: number, pageSize: number): Promise<void> {
    this.error.set(null);
    try {
      this.results.set(await this.api.results(slug, page, pageSize));
      this.sealed.set(false);
    } catch (error) {
      this.results.set(null);
      if (httpStatus(error) === 403) this.sealed.set(true);
      else this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }
}
