import { Component, DestroyRef, ElementRef, afterRenderEffect, computed, inject, input, viewChild } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { GradeData, Language } from '@concordia/contracts';
import type { Chart as ChartType, Plugin } from 'chart.js';
import { PercentPipe, percent } from '../consultations/labels';
import { LanguageService } from '../i18n/language.service';

export interface MeritRow {
  key: string;
  /** "#12 Interdire la notation…" in a list, or the proposal's title alone. */
  label: string;
  /** "#12": the chart's label where the screen is narrow. */
  short?: string;
  counts: Record<number, number>;
  profile: Record<number, number>;
  n: number;
  majorityGrade: number | null;
}

/** Red (reject) to green (excellent): seven steps, a scale of k grades takes k of them, spread out. */
const PALETTE = ['#a50026', '#d73027', '#f46d43', '#fdb863', '#a6d96a', '#1a9850', '#006837'];

export function gradeColours(count: number): string[] {
  if (count <= 1) return [PALETTE[5]];
  return Array.from({ length: count }, (_, i) => PALETTE[Math.round((i * (PALETTE.length - 1)) / (count - 1))]);
}

function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.25 ? '#000000' : '#ffffff';
}

/**
 * The merit profile: one stacked horizontal bar per proposal, worst grade on the left, with the
 * 50 % line (the majority grade is the one under it). chart.js is loaded only when a profile is
 * shown; the table beside the chart gives every number and is what assistive technologies read.
 */
@Component({
  selector: 'cc-merit-profile',
  imports: [TranslatePipe, PercentPipe],
  template: `
    <div class="profile" [class.many]="many()">
      <figure class="chart" aria-hidden="true">
        <div class="canvas-box" [style.height.px]="chartHeight()">
          <canvas #canvas></canvas>
        </div>
      </figure>
      <div class="table-box" role="region" tabindex="0" [attr.aria-label]="caption()">
        @if (!many()) {
          <table class="data">
            <caption>{{ caption() }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'votes.profile.grade' | translate }}</th>
                <th scope="col" class="num">{{ 'votes.profile.count' | translate }}</th>
                <th scope="col" class="num">{{ 'votes.profile.share' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (grade of scale(); track grade.value) {
                <tr [class.majority]="grade.value === rows()[0].majorityGrade">
                  <th scope="row">
                    <span class="swatch" [style.background]="colours()[grade.value - 1]" aria-hidden="true"></span>
                    {{ grade[language.current()] }}
                    @if (grade.value === rows()[0].majorityGrade) {
                      <span class="badge">{{ 'votes.profile.majorityMark' | translate }}</span>
                    }
                  </th>
                  <td class="num">{{ rows()[0].counts[grade.value] ?? 0 }}</td>
                  <td class="num">{{ rows()[0].profile[grade.value] ?? 0 | percent: language.current() : 1 }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{{ 'votes.profile.total' | translate }}</th>
                <td class="num">{{ rows()[0].n }}</td>
                <td class="num">{{ (rows()[0].n > 0 ? 1 : 0) | percent: language.current() }}</td>
              </tr>
            </tfoot>
          </table>
        } @else {
          <table class="data">
            <caption>{{ caption() }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'votes.profile.proposal' | translate }}</th>
                @for (grade of scale(); track grade.value) {
                  <th scope="col" class="num">{{ grade[language.current()] }}</th>
                }
                <th scope="col" class="num">{{ 'votes.profile.total' | translate }}</th>
                <th scope="col">{{ 'votes.results.majorityGrade' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.key) {
                <tr>
                  <th scope="row">{{ row.label }}</th>
                  @for (grade of scale(); track grade.value) {
                    <td class="num">{{ row.counts[grade.value] ?? 0 }} <span class="share">({{ row.profile[grade.value] ?? 0 | percent: language.current() }})</span></td>
                  }
                  <td class="num">{{ row.n }}</td>
                  <td>{{ majorityWord(row) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      </div>
    </div>
  `,
  styles: `
    @use '../consultations/participation' as p;
    @include p.data-table;
    :host { display: block; }
    .profile { display: grid; gap: 1rem 2rem; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
    .profile.many { grid-template-columns: minmax(0, 1fr); }
    @media (max-width: 56rem) { .profile { grid-template-columns: minmax(0, 1fr); } }
    .chart { margin: 0; min-width: 0; }
    .canvas-box { position: relative; width: 100%; }
    .data th, .data td { vertical-align: top; }
    .data thead th { border-bottom: 2px solid var(--mat-sys-outline); }
    .data tbody th { font-weight: 500; }
    .data .num { white-space: nowrap; }
    .data tfoot th, .data tfoot td { font-weight: 700; border-bottom: 0; }
    .majority th, .majority td { font-weight: 700; background: var(--mat-sys-surface-container-high); }
    .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem; border: 1px solid var(--mat-sys-outline); vertical-align: -1px; }
    .badge { display: inline-block; margin-left: .35rem; padding: 0 .4rem; border: 1px solid currentColor; border-radius: 4px; font-size: .8rem; font-weight: 600; }
    .share { color: var(--mat-sys-on-surface-variant); }
    .many .data { min-width: 44rem; }
    .many .data tbody th { min-width: 14rem; }
  `,
})
export class MeritProfile {
  protected readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  /** Worst grade first. */
  readonly scale = input.required<GradeData[]>();
  readonly rows = input.required<MeritRow[]>();
  readonly caption = input.required<string>();
  /** A ranking: the table names each proposal, even when there is one. */
  readonly list = input(false);

  protected readonly many = computed(() => this.list() || this.rows().length > 1);

  protected readonly colours = computed(() => gradeColours(this.scale().length));
  protected readonly chartHeight = computed(() => 70 + Math.max(1, this.rows().length) * (this.many() ? 38 : 56));
  private chart: ChartType | null = null;
  private drawing = 0;

  constructor() {
    afterRenderEffect(() => {
      const rows = this.rows();
      const scale = this.scale();
      const language = this.language.current();
      void this.draw(rows, scale, language);
    });
    inject(DestroyRef).onDestroy(() => {
      this.drawing++;
      this.chart?.destroy();
      this.chart = null;
    });
  }

  protected majorityWord(row: MeritRow): string {
    const grade = this.scale().find((g) => g.value === row.majorityGrade);
    return grade ? grade[this.language.current()] : this.translate.instant('votes.results.noGrades');
  }

  private async draw(rows: MeritRow[], scale: GradeData[], language: Language): Promise<void> {
    const id = ++this.drawing;
    // Loaded here, on first use: chart.js stays out of the initial bundle.
    const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } = await import('chart.js');
    if (id !== this.drawing) return;
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
    this.chart?.destroy();
    const colours = gradeColours(scale.length);
    // On a phone, "#12" leaves the bars their width; the table beside names every proposal.
    const narrow = (this.canvas().nativeElement.parentElement?.clientWidth ?? 1000) < 560;
    const fiftyLabel = this.translate.instant('votes.profile.fiftyLine');
    const halfLine: Plugin<'bar'> = {
      id: 'halfLine',
      afterDatasetsDraw(chart) {
        const { ctx, chartArea, scales } = chart;
        const x = scales['x'].getPixelForValue(50);
        ctx.save();
        ctx.strokeStyle = '#1b1b1f';
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top - 6);
        ctx.lineTo(x, chartArea.bottom + 4);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = '#1b1b1f';
        ctx.font = '600 12px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        ctx.fillText(fiftyLabel, x, chartArea.top - 7);
        ctx.restore();
      },
    };
    // The share of each segment, written in it when there is room.
    const segmentLabels: Plugin<'bar'> = {
      id: 'segmentLabels',
      afterDatasetsDraw(chart) {
        const { ctx } = chart;
        ctx.save();
        ctx.font = '600 12px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        chart.data.datasets.forEach((dataset, datasetIndex) => {
          const meta = chart.getDatasetMeta(datasetIndex);
          if (meta.hidden) return;
          meta.data.forEach((bar, index) => {
            const value = Number(dataset.data[index] ?? 0);
            const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
            if (value < 7 || Math.abs(x - base) < 30) return;
            ctx.fillStyle = textOn(colours[datasetIndex]);
            ctx.fillText(percent(value / 100, language), (x + base) / 2, y);
          });
        });
        ctx.restore();
      },
    };
    this.chart = new Chart(this.canvas().nativeElement, {
      type: 'bar',
      data: {
        labels: rows.map((row) => (narrow && row.short ? row.short : row.label.length > 48 ? `${row.label.slice(0, 47)}…` : row.label)),
        datasets: scale.map((grade, index) => ({
          label: grade[language],
          data: rows.map((row) => Math.round((row.profile[grade.value] ?? 0) * 1000) / 10),
          backgroundColor: colours[index],
          borderColor: '#ffffff',
          borderWidth: { left: 1, right: 1 },
          barPercentage: 0.85,
          categoryPercentage: 0.9,
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { top: 18 } },
        scales: {
          x: { stacked: true, min: 0, max: 100, ticks: { stepSize: 25, callback: (value) => percent(Number(value) / 100, language) } },
          y: { stacked: true, display: this.many(), ticks: { autoSkip: false, font: { size: 12 } } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14, color: '#1b1b1f' } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}${language === 'fr' ? ' : ' : ': '}${percent(Number(item.raw) / 100, language, 1)}` } },
        },
      },
      plugins: [halfLine, segmentLabels],
    });
  }
}
