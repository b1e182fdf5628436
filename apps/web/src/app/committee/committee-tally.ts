import { Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ChoicesTallyData, CommitteeTallyData, GradeData, JudgmentTallyData } from '@concordia/contracts';
import { NO_OPINION_LABELS } from '@concordia/domain';
import { LanguageService } from '../i18n/language.service';
import { ChartRow, ChartTable } from '../outcomes/chart-table';
import { CHOICE_COLOURS, DECISION_COLOURS, gradeColours } from '../outcomes/format';

/**
 * A closed committee vote: the decision, who could vote (members, recusals, quorum), the count of
 * each choice (or grade) as bars with their table, and the domain's reasons in words.
 */
@Component({
  selector: 'cc-committee-tally',
  imports: [TranslatePipe, ChartTable],
  template: `
    <p class="decision">
      {{ 'committee.tally.decision' | translate }}
      <strong class="decision-chip" [style.border-color]="decisionColour()">{{ 'outcomes.decisions.' + tally().decision | translate }}</strong>
    </p>
    <ul class="attendance">
      <li>{{ 'committee.tally.members' | translate: { count: tally().members } }}</li>
      <li>{{ 'committee.tally.recused' | translate: { count: tally().recused } }}</li>
      <li>{{ 'committee.tally.voted' | translate: { voted: tally().voted, eligible: tally().eligible } }}</li>
      <li>{{ 'committee.tally.quorum' | translate: { required: tally().quorumRequired } }}</li>
      @if (choices(); as c) {
        <li>
          @if (c.qualifiedMajority; as q) {
            {{ 'committee.tally.qualified' | translate: { numerator: q.numerator, denominator: q.denominator } }}
          } @else {
            {{ 'committee.tally.simple' | translate }}
          }
        </li>
      } @else if (judgment(); as j) {
        <li>{{ 'committee.tally.majorityGrade' | translate: { grade: gradeWord(j.majorityGrade) } }}</li>
        <li>{{ 'committee.tally.adoptionMinGrade' | translate: { grade: gradeWord(j.adoptionMinGrade) } }}</li>
        <li>{{ 'committee.tally.amendmentsRequested' | translate: { count: j.amendmentsRequested } }}</li>
      }
    </ul>
    <cc-chart-table
      kind="bars"
      [rows]="rows()"
      [caption]="caption() || ('committee.tally.caption' | translate)"
      [labelHeader]="(judgment() ? 'outcomes.citizens.grade' : 'committee.tally.choice') | translate"
      [valueHeader]="'committee.tally.ballots' | translate"
      [showChart]="chart()"
    />
    @if (tally().reasons.length) {
      <p class="reasons">
        <span>{{ 'committee.tally.why' | translate }}</span>
        @for (reason of tally().reasons; track reason; let last = $last) {
          {{ 'committee.reasons.' + reason | translate }}@if (!last) {<span> ; </span>}
        }
      </p>
    }
  `,
  styles: `
    :host { display: block; }
    .decision { margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
    .decision-chip { border: 2px solid; border-radius: 999px; padding: .1rem .7rem; }
    .attendance { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; list-style: none; margin: 0 0 .75rem; padding: 0; }
    .attendance li { border-inline-start: 3px solid var(--mat-sys-outline-variant); padding-inline-start: .5rem; }
    .reasons { margin: .75rem 0 0; }
    .reasons > span:first-child { font-weight: 600; }
  `,
})
export class CommitteeTally {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly tally = input.required<CommitteeTallyData>();
  /** The grade scale, worst first (majority-judgment committees). */
  readonly scale = input<GradeData[]>([]);
  readonly caption = input<string>('');
  readonly chart = input(true);

  protected readonly choices = computed(() => (this.tally().method === 'choices' ? (this.tally() as ChoicesTallyData) : null));
  protected readonly judgment = computed(() => (this.tally().method === 'majority_judgment' ? (this.tally() as JudgmentTallyData) : null));
  protected readonly decisionColour = computed(() => DECISION_COLOURS[this.tally().decision]);

  protected readonly rows = computed<ChartRow[]>(() => {
    const language = this.language.current();
    const choices = this.choices();
    if (choices) {
      const counts = { adopt: choices.adopt, adopt_with_amendments: choices.adoptWithAmendments, reject: choices.reject, abstain: choices.abstain };
      return (Object.keys(counts) as (keyof typeof counts)[]).map((choice) => ({
        key: choice,
        label: this.translate.instant(`committee.choices.${choice}`),
        value: counts[choice],
        colour: CHOICE_COLOURS[choice],
      }));
    }
    const judgment = this.judgment() as JudgmentTallyData;
    const scale = this.scale();
    const colours = gradeColours(scale.length);
    const rows: ChartRow[] = scale.map((grade, index) => ({
      key: String(grade.value),
      label: grade[language],
      value: judgment.counts[String(grade.value)] ?? 0,
      colour: colours[index],
    }));
    rows.push({ key: 'no_opinion', label: NO_OPINION_LABELS[language], value: judgment.noOpinion, colour: '#8a8a8a' });
    return rows;
  });

  protected gradeWord(grade: number | null): string {
    const found = this.scale().find((g) => g.value === grade);
    return found ? found[this.language.current()] : grade === null ? this.translate.instant('outcomes.citizens.noGrades') : String(grade);
  }
}
