import { Injectable, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslateService } from '@ngx-translate/core';

/** mat-paginator's labels in the page's language (they are English otherwise). */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.apply();
    this.translate.onLangChange.subscribe(() => this.apply());
  }

  private apply(): void {
    const t = (key: string) => this.translate.instant(`paginator.${key}`);
    this.itemsPerPageLabel = t('itemsPerPage');
    this.nextPageLabel = t('next');
    this.previousPageLabel = t('previous');
    this.firstPageLabel = t('first');
    this.lastPageLabel = t('last');
    this.getRangeLabel = (page: number, pageSize: number, length: number) => {
      if (length === 0 || pageSize === 0) return this.translate.instant('paginator.rangeEmpty', { length });
      const start = page * pageSize + 1;
      const end = Math.min(length, (page + 1) * pageSize);
      return this.translate.instant('paginator.range', { start, end, length });
    };
    this.changes.next();
  }
}
