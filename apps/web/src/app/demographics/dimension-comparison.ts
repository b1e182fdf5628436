import { Component, DestroyRef, ElementRef, afterRenderEffect, computed, inject, input, viewChild } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Language, RepresentativenessCell, RepresentativenessDimension } from '@concordia/contracts';
import type { Chart as ChartType } from 'chart.js';
import { LanguageService } from '../i18n/language.service';
import { formatPercent } from '../outcomes/format';

/** Blue for participants, dark orange for the reference: both 4.5:1 on white, told apart without colour by the legend order and the table. */
const PARTICIPANTS_COLOUR = '#0a5fb4';
const CENSUS_COLOUR = '#a34700';

/**
 * One question's comparison: participants' shares beside the reference population's, as a chart
 * and, always, as a table that holds every figure (the canvas is hidden from assistive
 * technologies). chart.js is imported on first draw, so it stays out of the initial bundle.
 * Communes are many: the chart keeps those that weigh (≥ 1 %) or have participants shown.
 */
@Component({
  selector: 'cc-dimension-comparison',
  imports: [TranslatePipe],
  template: `
    <section class="dimension" [attr.aria-labelledby]="'dimension-' + data().dimension">
      <h2 [id]="'dimension-' + data().dimension">{{ 'demographics.dimensions.' + data().dimension | translate }}</h2>
      <p>
        @if (data().answered !== null) {
          {{ 'demographics.page.answered' | translate: { count: data().answered } }}
        } @else {
          {{ 'demographics.page.fewAnswered' | translate: { threshold: threshold() } }}
        }
      </p>
      <p class="source">
        @if (data().census; as census) {
          @if (census.year) {
            {{ 'demographics.page.censusYear' | translate: { source: census.source, year: census.year } }}
          } @else {
            {{ 'demographics.page.census' | translate: { source: census.source } }}
          }
        } @else {
          {{ 'demographics.page.noCensus' | translate }}
        }
      </p>
      @if (chartCells().length > 0) {
        <div class="canvas-box" aria-hidden="true" [style.height.px]="height()">
          <canvas #canvas></canvas>
        </div>
        @if (data().dimension === 'commune' && chartCells().length < data().cells.length) {
          <p class="hint">{{ 'demographics.page.chartNote' | translate }}</p>
        }
      }
      <p class="hint legend">{{ 'demographics.table.legend' | translate }}</p>
      <div class="table-box" role="region" tabindex="0" [attr.aria-label]="caption()">
        <table class="data">
          <caption>{{ caption() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'demographics.table.category' | translate }}</th>
              <th scope="col" class="num">{{ 'demographics.table.count' | translate }}</th>
              <th scope="col" class="num">{{ 'demographics.table.share' | translate }}</th>
              <th scope="col" class="num">{{ 'demographics.table.census' | translate }}</th>
              <th scope="col" class="num">{{ 'demographics.table.difference' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (cell of data().cells; track cell.category) {
              <tr>
                <th scope="row">{{ cell.label }}</th>
                @if (cell.suppressed) {
                  <td class="num hidden-cell">{{ 'demographics.table.suppressed' | translate }}</td>
                  <td class="num hidden-cell">{{ 'demographics.table.suppressed' | translate }}</td>
                } @else {
                  <td class="num">{{ cell.count }}</td>
                  <td class="num">{{ percent(cell.share) }}</td>
                }
                <td class="num">{{ percent(cell.censusShare) }}</td>
                <td class="num">{{ points(cell) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styles: `
    :host { display: block; }
    .dimension h2 { margin-bottom: .25rem; }
    .dimension p { margin: .25rem 0; }
    .source { color: var(--mat-sys-on-surface-variant); font-size: .95rem; }
    .canvas-box { position: relative; width: 100%; max-width: 48rem; margin: 1rem 0 .5rem; }
    .table-box { overflow-x: auto; margin-top: .5rem; }
    .data { border-collapse: collapse; width: 100%; max-width: 48rem; font-variant-numeric: tabular-nums; }
    .data caption { text-align: start; font-weight: 600; padding-bottom: .5rem; }
    .data th, .data td { padding: .3rem .6rem; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: start; vertical-align: top; }
    .data thead th { border-bottom: 2px solid var(--mat-sys-outline); }
    .data tbody th { font-weight: 500; }
    .data .num { text-align: end; white-space: nowrap; }
    .data thead th.num { white-space: normal; }
    .legend { max-width: 48rem; margin-top: 1rem; }
    /* A phone: every column shrinks to its longest word, so the whole table (and its caption) fits without scrolling. */
    @media (max-width: 30rem) {
      .data { font-size: .85rem; }
      .data th, .data td { padding: .3rem .2rem; }
      .data .num { white-space: normal; }
    }
    .hidden-cell { font-style: italic; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class DimensionComparison {
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');

  readonly data = input.required<RepresentativenessDimension>();
  readonly threshold = input(5);

  protected readonly caption = computed(() => {
    this.language.current();
    return this.translate.instant('demographics.table.caption', { dimension: this.translate.instant(`demographics.dimensions.${this.data().dimension}`) });
  });
  protected readonly chartCells = computed(() => {
    const { dimension, cells } = this.data();
    const drawn = cells.filter((cell) => cell.share !== null || cell.censusShare !== null);
    return dimension === 'commune' ? drawn.filter((cell) => cell.share !== null || (cell.censusShare ?? 0) >= 0.01) : drawn;
  });
  protected readonly height = computed(() => 60 + this.chartCells().length * 44);
  private chart: ChartType | null = null;
  private drawing = 0;

  constructor() {
    afterRenderEffect(() => {
      const canvas = this.canvas()?.nativeElement;
      const cells = this.chartCells();
      const language = this.language.current();
      if (canvas) void this.draw(canvas, cells, language);
    });
    inject(DestroyRef).onDestroy(() => {
      this.drawing++;
      this.chart?.destroy();
      this.chart = null;
    });
  }

  protected percent(share: number | null): string {
    return share === null ? this.translate.instant('demographics.table.none') : formatPercent(share, this.language.current(), 1);
  }

  /** The difference in percentage points, signed: "+2,5 pt" / "−11,6 pt". */
  protected points(cell: RepresentativenessCell): string {
    if (cell.difference === null) return this.translate.instant('demographics.table.none');
    const value = new Intl.NumberFormat(this.language.current() === 'en' ? 'en-GB' : 'fr-FR', {
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(cell.difference * 100);
    return this.translate.instant('demographics.table.points', { value });
  }

  private async draw(canvas: HTMLCanvasElement, cells: RepresentativenessCell[], language: Language): Promise<void> {
    const id = ++this.drawing;
    const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } = await import('chart.js');
    if (id !== this.drawing) return;
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
    this.chart?.destroy();
    const asPercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
    const colon = language === 'fr' ? ' : ' : ': ';
    this.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: cells.map((cell) => cell.label),
        datasets: [
          { label: this.translate.instant('demographics.chart.participants'), data: cells.map((c) => asPercent(c.share)), backgroundColor: PARTICIPANTS_COLOUR },
          { label: this.translate.instant('demographics.chart.census'), data: cells.map((c) => asPercent(c.censusShare)), backgroundColor: CENSUS_COLOUR },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { min: 0, suggestedMax: 50, ticks: { color: '#1b1b1f', callback: (value) => formatPercent(Number(value) / 100, language) } },
          y: { ticks: { autoSkip: false, color: '#1b1b1f', font: { size: 12 } } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14, color: '#1b1b1f' } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}${colon}${formatPercent(Number(item.raw) / 100, language, 1)}` } },
        },
      },
    });
  }
}
