import { Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ForAgainstResults, MajorityJudgmentResults, ProposalResults } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { httpStatus } from '../core/forms';
import { GradeWordPipe, PercentPipe } from '../consultations/labels';
import { LanguageService } from '../i18n/language.service';
import { MeritProfile, MeritRow } from './merit-profile';
import { ordinal, rankKey } from './rank-words';
import { VotesApi } from './votes.api';
import { WithheldNote } from './withheld-note';

/** A proposal's results for the method in force; a secret vote's stay sealed until voting closes. */
@Component({
  selector: 'cc-proposal-results',
  imports: [RouterLink, MatIconModule, TranslatePipe, GradeWordPipe, PercentPipe, MeritProfile, WithheldNote],
  template: `
    <section class="card" aria-labelledby="results-heading">
      <h2 id="results-heading">{{ 'votes.results.heading' | translate }}</h2>
      @if (sealed()) {
        <p class="message info"><mat-icon aria-hidden="true" fontIcon="lock" /><span>{{ 'votes.results.sealed' | translate }}</span></p>
      } @else if (error(); as message) {
        <p class="message error" role="alert"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      } @else if (results(); as r) {
        @if (!live()) {
          <p class="hint">{{ 'votes.results.final' | translate }}</p>
        } @else {
          <p class="hint">{{ 'votes.results.live' | translate }}</p>
        }
        @if (r.secrecy === 'secret' && slug()) {
          <p><a [routerLink]="['/consultations', slug(), 'ballot-trackers']"><mat-icon aria-hidden="true" fontIcon="verified" class="inline-icon" />{{ 'votes.results.verifyLink' | translate }}</a></p>
        }
        @if (r.withheld) {
          <cc-withheld-note [results]="r" />
        } @else if (majority(); as mj) {
          <dl class="facts">
            <div>
              <dt>{{ 'votes.results.majorityGrade' | translate }}</dt>
              <dd>
                @if (mj.majorityGrade !== null) {
                  <strong>{{ mj.majorityGrade | gradeWord: mj.scale : language.current() }}</strong>
                } @else {
                  {{ 'votes.results.noGrades' | translate }}
                }
              </dd>
            </div>
            @if (mj.gauge; as gauge) {
              <div>
                <dt>{{ 'votes.results.gauge' | translate }}</dt>
                <dd>
                  {{ (gauge.sign === '+' ? 'votes.results.gaugePlus' : 'votes.results.gaugeMinus') | translate: { share: (gauge.share | percent: language.current()), grade: (gauge.grade | gradeWord: mj.scale : language.current()) } }}
                  <span class="pq">(p = {{ gauge.p | percent: language.current() }}, q = {{ gauge.q | percent: language.current() }})</span>
                </dd>
              </div>
            }
            @if (rankText(); as text) {
              <div>
                <dt>{{ 'votes.results.rankLabel' | translate }}</dt>
                <dd>{{ text }}</dd>
              </div>
            }
            <div>
              <dt>{{ 'votes.results.graders' | translate }}</dt>
              <dd>
                {{ 'votes.results.gradersCount' | translate: { n: mj.n } }}
                @if (mj.noOpinion > 0) {
                  {{ (mj.noOpinionPolicy === 'exclude' ? 'votes.results.noOpinionExcluded' : 'votes.results.noOpinionLowest') | translate: { count: mj.noOpinion } }}
                }
              </dd>
            </div>
          </dl>
          @if (mj.n > 0) {
            <cc-merit-profile [scale]="mj.scale" [rows]="rows()" [caption]="'votes.profile.captionOne' | translate: { ref: r.proposal.ref, n: mj.n }" />
          }
        } @else if (forAgainst(); as fa) {
          <div class="table-box" role="region" tabindex="0" [attr.aria-label]="'votes.results.forAgainstCaption' | translate">
            <table class="data">
              <caption>{{ 'votes.results.forAgainstCaption' | translate }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'votes.results.choice' | translate }}</th>
                  <th scope="col" class="num">{{ 'votes.profile.count' | translate }}</th>
                  <th scope="col" class="num">{{ 'votes.profile.share' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (choice of choices; track choice) {
                  <tr>
                    <th scope="row">{{ 'votes.choices.' + choice | translate }}</th>
                    <td class="num">{{ fa[choice] }}</td>
                    <td class="num">{{ fa.shares[choice] | percent: language.current() : 1 }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (fa.approval !== null) {
            <p>{{ 'votes.results.approval' | translate: { share: (fa.approval | percent: language.current()) } }}</p>
          }
        } @else if (r.results.method === 'support') {
          <p class="big">{{ 'votes.results.supports' | translate: { count: r.results.supports } }}</p>
        }
      } @else {
        <p>{{ 'common.loading' | translate }}</p>
      }
    </section>
  `,
  styles: `
    @use '../consultations/participation' as p;
    @include p.data-table;
    :host { display: block; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); gap: .75rem 1.5rem; margin: 0 0 1rem; }
    .facts div { border-left: 4px solid var(--mat-sys-primary); padding-left: .75rem; }
    .facts dt { font-size: .9rem; color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; }
    .pq { display: block; font-size: .875rem; color: var(--mat-sys-on-surface-variant); }
    .table-box { max-width: 32rem; }
    .big { font-size: 1.25rem; font-weight: 600; }
    .inline-icon { vertical-align: -5px; margin-right: .35rem; }
  `,
})
export class ProposalResultsView {
  private readonly api = inject(VotesApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  readonly proposalId = input.required<string>();
  /** Counted up by the page after each vote, to fetch the results again. */
  readonly refresh = input(0);
  /** The consultation's slug: a secret vote's results link to the ballot trackers. */
  readonly slug = input<string | null>(null);
  /** Results shown while voting is open move with each ballot (open ballots only). */
  readonly live = input(false);

  protected readonly results = signal<ProposalResults | null>(null);
  protected readonly sealed = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly choices = ['for', 'against', 'abstain'] as const;

  protected readonly majority = computed(() => {
    const r = this.results()?.results;
    return r?.method === 'majority_judgment' ? (r as MajorityJudgmentResults) : null;
  });
  protected readonly forAgainst = computed(() => {
    const r = this.results()?.results;
    return r?.method === 'for_against' ? (r as ForAgainstResults) : null;
  });
  protected readonly rows = computed<MeritRow[]>(() => {
    const r = this.results();
    const mj = this.majority();
    if (!r || !mj) return [];
    return [{ key: r.proposal.id, label: `#${r.proposal.ref}`, counts: mj.counts, profile: mj.profile, n: mj.n, majorityGrade: mj.majorityGrade }];
  });
  protected readonly rankText = computed(() => {
    const mj = this.majority();
    if (!mj) return null;
    const key = rankKey(mj);
    const language = this.language.current();
    return key ? this.translate.instant(key, { rank: ordinal(mj.rank ?? 0, language), total: mj.rankedAmong }) : null;
  });

  constructor() {
    effect(() => {
      const id = this.proposalId();
      this.refresh();
      void this.load(id);
    });
  }

  private async load(id: string): Promise<void> {
    this.error.set(null);
    try {
      this.results.set(await this.api.results(id));
      this.sealed.set(false);
    } catch (error) {
      this.results.set(null);
      if (httpStatus(error) === 403) this.sealed.set(true);
      else this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }
}
