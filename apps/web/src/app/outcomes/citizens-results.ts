import { Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ForAgainstResults, MajorityJudgmentResults, ProposalResults } from '@concordia/contracts';
import { NO_OPINION_LABELS } from '@concordia/domain';
import { LanguageService } from '../i18n/language.service';
import { WithheldNote } from '../votes/withheld-note';
import { ChartRow, ChartTable } from './chart-table';
import { CHOICE_COLOURS, formatPercent, gradeColours } from './format';

/**
 * The citizens' results of one proposal, as the committee reviewed them and as the outcome page
 * publishes them: key numbers, then the merit profile (majority judgment) or the for/against split
 * as a stacked bar with its table; supports are a single number.
 */
@Component({
  selector: 'cc-citizens-results',
  imports: [TranslatePipe, ChartTable, WithheldNote],
  template: `
    <dl class="facts">
      <div>
        <dt>{{ 'outcomes.citizens.ballots' | translate }}</dt>
        <dd>{{ results().ballots }} <span class="secondary-text">({{ ('outcomes.citizens.secrecy.' + results().secrecy) | translate }})</span></dd>
      </div>
      @if (results().withheld) {
        <!-- Too few secret ballots: the count only (the note below says why). -->
      } @else if (majority(); as mj) {
        <div>
          <dt>{{ 'outcomes.citizens.majorityGrade' | translate }}</dt>
          <dd><strong>{{ majorityWord() }}</strong></dd>
        </div>
        @if (mj.noOpinion > 0) {
          <div>
            <dt>{{ noOpinionWord() }}</dt>
            <dd>{{ mj.noOpinion }}</dd>
          </div>
        }
      } @else if (forAgainst(); as fa) {
        <div>
          <dt>{{ 'outcomes.citizens.approval' | translate }}</dt>
          <dd><strong>{{ fa.approval === null ? ('outcomes.citizens.noSide' | translate) : percent(fa.approval) }}</strong></dd>
        </div>
      } @else if (results().results.method === 'support') {
        <div>
          <dt>{{ 'outcomes.citizens.supports' | translate }}</dt>
          <dd><strong>{{ supports() }}</strong></dd>
        </div>
      }
    </dl>
    @if (results().withheld) {
      <cc-withheld-note [results]="results()" />
    } @else if (rows().length && !chart()) {
      <div class="compact" role="region" tabindex="0" [attr.aria-label]="caption()">
        <table>
          <caption class="visually-hidden">{{ caption() }}</caption>
          <thead>
            <tr>
              @for (row of rows(); track row.key) {
                <th scope="col" [class.highlight]="row.key === highlight()">{{ row.label }}</th>
              }
            </tr>
          </thead>
          <tbody>
            <tr>
              @for (row of rows(); track row.key) {
                <td [class.highlight]="row.key === highlight()">{{ row.value }} <span class="share">({{ share(row.value) }})</span></td>
              }
            </tr>
          </tbody>
        </table>
      </div>
    } @else if (rows().length) {
      <cc-chart-table
        kind="stacked"
        [rows]="rows()"
        [caption]="caption()"
        [labelHeader]="(majority() ? 'outcomes.citizens.grade' : 'outcomes.citizens.choice') | translate"
        [valueHeader]="'outcomes.citizens.count' | translate"
        [shareHeader]="'outcomes.citizens.share' | translate"
        [totalLabel]="'outcomes.citizens.total' | translate"
        [highlight]="highlight()"
      />
      @if (majority()) {
        <p class="hint">{{ 'outcomes.citizens.majorityHelp' | translate }}</p>
      } @else if (forAgainst()) {
        <p class="hint">{{ 'outcomes.citizens.approvalHelp' | translate }}</p>
      }
    }
  `,
  styles: `
    :host { display: block; }
    .facts { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0 0 .75rem; }
    .facts div { border-inline-start: 4px solid var(--mat-sys-primary); padding-inline-start: .6rem; }
    .facts dt { font-size: .9rem; color: var(--mat-sys-on-surface-variant); }
    .facts dd { margin: 0; }
    .hint { margin: .5rem 0 0; }
    .compact { overflow-x: auto; }
    .compact table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
    .compact th, .compact td { padding: .25rem .6rem; border: 1px solid var(--mat-sys-outline-variant); text-align: center; }
    .compact th { font-weight: 600; font-size: .9rem; }
    .compact .highlight { background: var(--mat-sys-surface-container-high); font-weight: 700; }
    .share { color: var(--mat-sys-on-surface-variant); font-size: .85rem; }
  `,
})
export class CitizensResults {
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  readonly results = input.required<ProposalResults>();
  /** Without the chart and its table (lists of many proposals). */
  readonly chart = input(true);

  protected readonly majority = computed(() => {
    const r = this.results().results;
    return r.method === 'majority_judgment' ? (r as MajorityJudgmentResults) : null;
  });
  protected readonly forAgainst = computed(() => {
    const r = this.results().results;
    return r.method === 'for_against' ? (r as ForAgainstResults) : null;
  });
  protected readonly supports = computed(() => {
    const r = this.results().results;
    return r.method === 'support' ? r.supports : 0;
  });

  protected readonly majorityWord = computed(() => {
    const mj = this.majority();
    this.language.current();
    const grade = mj?.scale.find((g) => g.value === mj.majorityGrade);
    return grade ? grade[this.language.current()] : this.translate.instant('outcomes.citizens.noGrades');
  });
  protected readonly noOpinionWord = computed(() => NO_OPINION_LABELS[this.language.current()]);

  protected readonly rows = computed<ChartRow[]>(() => {
    const language = this.language.current();
    if (this.results().withheld) return [];
    const mj = this.majority();
    if (mj) {
      if (mj.n === 0) return [];
      const colours = gradeColours(mj.scale.length);
      return mj.scale.map((grade, index) => ({ key: String(grade.value), label: grade[language], value: mj.counts[grade.value] ?? 0, colour: colours[index] }));
    }
    const fa = this.forAgainst();
    if (fa) {
      if (fa.for + fa.against + fa.abstain === 0) return [];
      return (['for', 'against', 'abstain'] as const).map((choice) => ({
        key: choice,
        label: this.translate.instant(`outcomes.citizens.choices.${choice}`),
        value: fa[choice],
        colour: CHOICE_COLOURS[choice === 'abstain' ? 'abstain' : choice],
      }));
    }
    return [];
  });

  protected readonly highlight = computed(() => {
    const grade = this.majority()?.majorityGrade;
    return grade === null || grade === undefined ? null : String(grade);
  });

  protected readonly caption = computed(() => {
    this.language.current();
    const r = this.results();
    const key = this.majority() ? 'outcomes.citizens.profileCaption' : 'outcomes.citizens.forAgainstCaption';
    return this.translate.instant(key, { ref: r.proposal.ref, title: r.proposal.title });
  });

  protected share(value: number): string {
    const total = this.rows().reduce((sum, row) => sum + row.value, 0);
    return formatPercent(total > 0 ? value / total : 0, this.language.current());
  }

  protected percent(share: number): string {
    return formatPercent(share, this.language.current());
  }
}
