import { Component, computed, inject, input, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslatePipe } from '@ngx-translate/core';
import type { ConsultationSummary, Page } from '@concordia/contracts';
import { catchError, of, switchMap } from 'rxjs';
import { toObservable } from '@angular/core/rxjs-interop';

@Component({
  selector: 'cc-consultation-list',
  imports: [RouterLink, MatCardModule, MatIconModule, MatPaginatorModule, TranslatePipe],
  templateUrl: './consultation-list.html',
  styleUrl: './consultation-list.scss',
})
export class ConsultationList {
  private readonly http = inject(HttpClient);
  /** On the home page the list is a section under the page's own h1. */
  readonly embedded = input(false);
  protected readonly pageRequest = signal({ page: 1, pageSize: 10 });
  protected readonly result = toSignal(
    toObservable(this.pageRequest).pipe(
      switchMap(({ page, pageSize }) =>
        this.http.get<Page<ConsultationSummary>>('/api/consultations', { params: { page, pageSize } }).pipe(catchError(() => of(null))),
      ),
    ),
  );
  protected readonly loading = computed(() => this.result() === undefined);

  protected onPage(event: PageEvent): void {
    this.pageRequest.set({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
