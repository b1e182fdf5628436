import { Component, DestroyRef, ElementRef, afterRenderEffect, computed, inject, input, viewChild } from '@angular/core';
import type { Language } from '@concordia/contracts';
import type { Chart as ChartType, Plugin } from 'chart.js';
import { LanguageService } from '../i18n/language.service';
import { formatPercent } from './format';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
  /** A hex colour (#rrggbb): the text written on it is black or white, whichever reads better. */
  colour: string;
}

/** Chart labels on several lines (chart.js takes an array per label), so a narrow screen cuts none. */
function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.25 ? '#000000' : '#ffffff';
}

/**
 * A chart and its data table, always together (RGAA 1.3 / WCAG 1.1.1): the table holds every
 * number and is what assistive technologies read; the canvas is hidden from them. chart.js is
 * imported on first draw, so it stays out of the initial bundle.
 * `bars`: one horizontal bar per row (counts by decision); `stacked`: one bar split into shares
 * (a merit profile, for/against).
 */
@Component({
  selector: 'cc-chart-table',
  template: `
    <div class="chart-table" [class.side]="kind() === 'bars' && showChart()">
      @if (showChart() && total() > 0) {
        <div class="canvas-box" aria-hidden="true" [style.height.px]="height()">
          <canvas #canvas></canvas>
        </div>
      }
      <div class="table-box" role="region" tabindex="0" [attr.aria-label]="caption()">
        <table class="data">
          <caption>{{ caption() }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ labelHeader() }}</th>
              <th scope="col" class="num">{{ valueHeader() }}</th>
              @if (shareHeader(); as header) {
                <th scope="col" class="num">{{ header }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr [class.highlight]="row.key === highlight()">
                <th scope="row"><span class="swatch" [style.background]="row.colour" aria-hidden="true"></span>{{ row.label }}</th>
                <td class="num">{{ row.value }}</td>
                @if (shareHeader()) {
                  <td class="num">{{ share(row.value) }}</td>
                }
              </tr>
            }
          </tbody>
          @if (totalLabel(); as label) {
            <tfoot>
              <tr>
                <th scope="row">{{ label }}</th>
                <td class="num">{{ total() }}</td>
                @if (shareHeader()) {
                  <td class="num">{{ share(total()) }}</td>
                }
              </tr>
            </tfoot>
          }
        </table>
      </div>
    </div>
  `,
  styles: `
    :host { display: block; }
    .chart-table { display: grid; gap: .75rem 2rem; grid-template-columns: minmax(0, 1fr); align-items: start; }
    .chart-table.side { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
    @media (max-width: 48rem) { .chart-table.side { grid-template-columns: minmax(0, 1fr); } }
    .canvas-box { position: relative; width: 100%; min-width: 0; }
    .table-box { overflow-x: auto; }
    .chart-table:not(.side) .table-box { max-width: 40rem; }
    .data { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    .data caption { text-align: start; font-weight: 600; padding-bottom: .5rem; }
    .data th, .data td { padding: .3rem .6rem; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: start; vertical-align: top; }
    .data thead th { border-bottom: 2px solid var(--mat-sys-outline); }
    .data tbody th { font-weight: 500; }
    .data .num { text-align: end; white-space: nowrap; }
    .data tfoot th, .data tfoot td { font-weight: 700; border-bottom: 0; }
    .highlight th, .highlight td { font-weight: 700; background: var(--mat-sys-surface-container-high); }
    .swatch { display: inline-block; width: .8rem; height: .8rem; margin-inline-end: .4rem; border: 1px solid var(--mat-sys-outline); vertical-align: -1px; }
  `,
})
export class ChartTable {
  private readonly language = inject(LanguageService);
  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');

  readonly kind = input<'bars' | 'stacked'>('bars');
  readonly rows = input.required<ChartRow[]>();
  readonly caption = input.required<string>();
  readonly labelHeader = input.required<string>();
  readonly valueHeader = input.required<string>();
  /** Adds a column of shares of the total. */
  readonly shareHeader = input<string | null>(null);
  /** Adds a total row. */
  readonly totalLabel = input<string | null>(null);
  /** The table alone (e.g. in a list of many proposals). */
  readonly showChart = input(true);
  /** The row to stress (e.g. the majority grade). */
  readonly highlight = input<string | null>(null);

  protected readonly total = computed(() => this.rows().reduce((sum, row) => sum + row.value, 0));
  protected readonly height = computed(() => (this.kind() === 'stacked' ? 86 : 40 + this.rows().length * 48));
  private chart: ChartType | null = null;
  private drawing = 0;

  constructor() {
    afterRenderEffect(() => {
      const canvas = this.canvas()?.nativeElement;
      const rows = this.rows();
      const kind = this.kind();
      const language = this.language.current();
      if (canvas) void this.draw(canvas, rows, kind, language);
    });
    inject(DestroyRef).onDestroy(() => {
      this.drawing++;
      this.chart?.destroy();
      this.chart = null;
    });
  }

  protected share(value: number): string {
    const total = this.total();
    return formatPercent(total > 0 ? value / total : 0, this.language.current(), 1);
  }

  private async draw(canvas: HTMLCanvasElement, rows: ChartRow[], kind: 'bars' | 'stacked', language: Language): Promise<void> {
    const id = ++this.drawing;
    const { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } = await import('chart.js');
    if (id !== this.drawing) return;
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
    this.chart?.destroy();
    const total = rows.reduce((sum, row) => sum + row.value, 0);
    const font = '600 12px system-ui, sans-serif';
    // Each bar's number (or share) written on it, when there is room.
    const valueLabels: Plugin<'bar'> = {
      id: 'valueLabels',
      afterDatasetsDraw(chart) {
        const { ctx } = chart;
        ctx.save();
        ctx.font = font;
        ctx.textBaseline = 'middle';
        chart.data.datasets.forEach((dataset, datasetIndex) => {
          const meta = chart.getDatasetMeta(datasetIndex);
          if (meta.hidden) return;
          meta.data.forEach((bar, index) => {
            const value = Number(dataset.data[index] ?? 0);
            const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
            if (kind === 'bars') {
              ctx.textAlign = 'left';
              ctx.fillStyle = '#1b1b1f';
              ctx.fillText(String(value), x + 6, y);
              return;
            }
            if (value === 0 || Math.abs(x - base) < 34) return;
            ctx.textAlign = 'center';
            ctx.fillStyle = textOn(rows[datasetIndex].colour);
            ctx.fillText(formatPercent(value / total, language), (x + base) / 2, y);
          });
        });
        ctx.restore();
      },
    };
    const max = Math.max(1, ...rows.map((row) => row.value));
    this.chart =
      kind === 'bars'
        ? new Chart(canvas, {
            type: 'bar',
            data: {
              labels: rows.map((row) => wrap(row.label, canvas.parentElement && canvas.parentElement.clientWidth < 480 ? 12 : 26)),
              datasets: [{ data: rows.map((row) => row.value), backgroundColor: rows.map((row) => row.colour), barPercentage: 0.8 }],
            },
            options: {
              indexAxis: 'y',
              responsive: true,
              maintainAspectRatio: false,
              animation: false,
              layout: { padding: { right: 28 } },
              scales: {
                x: { min: 0, suggestedMax: max, ticks: { precision: 0, color: '#1b1b1f' } },
                y: { ticks: { autoSkip: false, color: '#1b1b1f', font: { size: 12 } } },
              },
              plugins: { legend: { display: false }, tooltip: { enabled: true } },
            },
            plugins: [valueLabels],
          })
        : new Chart(canvas, {
            type: 'bar',
            data: {
              labels: [''],
              datasets: rows.map((row) => ({
                label: row.label,
                data: [row.value],
                backgroundColor: row.colour,
                borderColor: '#ffffff',
                borderWidth: { left: 1, right: 1 },
                barPercentage: 1,
                categoryPercentage: 1,
              })),
            },
            options: {
              indexAxis: 'y',
              responsive: true,
              maintainAspectRatio: false,
              animation: false,
              scales: { x: { stacked: true, display: false, min: 0, max: total }, y: { stacked: true, display: false } },
              plugins: {
                legend: { position: 'bottom', labels: { boxWidth: 12, color: '#1b1b1f' } },
                tooltip: { callbacks: { label: (item) => `${item.dataset.label}${language === 'fr' ? ' : ' : ': '}${item.raw}` } },
              },
            },
            plugins: [valueLabels],
          });
  }
}
