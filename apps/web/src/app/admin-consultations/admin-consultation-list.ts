import { Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ConsultationSummary } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { LocalDatePipe } from '../core/local-date.pipe';
import { ConsultationsApi } from '../consultations/consultations.api';
import { LanguageService } from '../i18n/language.service';

/** /admin/consultations — every consultation, drafts included, and the way to create one. */
@Component({
  selector: 'cc-admin-consultation-list',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatPaginatorModule, TranslatePipe, LocalDatePipe],
  template: `
    <section class="page">
      <div class="title-row">
        <h1>{{ 'adminConsultations.list.heading' | translate }}</h1>
        <a mat-flat-button routerLink="/admin/consultations/new"><mat-icon aria-hidden="true" fontIcon="add" />{{ 'adminConsultations.list.create' | translate }}</a>
      </div>
      <p class="intro">{{ 'adminConsultations.list.intro' | translate }} <a routerLink="/admin/accounts">{{ 'adminConsultations.list.accounts' | translate }}</a></p>
      @if (error(); as message) {
        <p role="alert" class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      } @else if (items(); as list) {
        @if (list.length === 0) {
          <p>{{ 'adminConsultations.list.empty' | translate }}</p>
        } @else {
          <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="'adminConsultations.list.caption' | translate">
            <table class="data">
              <caption class="visually-hidden">{{ 'adminConsultations.list.caption' | translate }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'adminConsultations.list.colTitle' | translate }}</th>
                  <th scope="col">{{ 'adminConsultations.list.colPhase' | translate }}</th>
                  <th scope="col">{{ 'adminConsultations.list.colMethod' | translate }}</th>
                  <th scope="col">{{ 'adminConsultations.list.colCreated' | translate }}</th>
                  <th scope="col">{{ 'adminConsultations.list.colPublic' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of list; track c.id) {
                  <tr>
                    <th scope="row"><a [routerLink]="['/admin/consultations', c.slug]">{{ c.title }}</a><br /><span class="slug">{{ c.slug }}</span></th>
                    <td>{{ 'phase.' + c.phase | translate }}</td>
                    <td>{{ 'adminConsultations.methods.' + c.votingMethod | translate }}</td>
                    <td>{{ c.createdAt | localDate: language.current() : false }}</td>
                    <td><a [routerLink]="['/consultations', c.slug]">{{ 'adminConsultations.list.view' | translate }}<span class="visually-hidden"> {{ c.title }}</span></a></td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (total() > pageSize) {
            <mat-paginator [length]="total()" [pageIndex]="page() - 1" [pageSize]="pageSize" [hidePageSize]="true" (page)="onPage($event)" [attr.aria-label]="'common.pagination' | translate" />
          }
        }
      } @else {
        <p>{{ 'common.loading' | translate }}</p>
      }
    </section>
  `,
  styles: `
    .title-row { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; justify-content: space-between; }
    .intro { max-width: 48rem; }
    .table-scroll { overflow-x: auto; border: 1px solid var(--mat-sys-outline-variant); border-radius: 8px; }
    .data { border-collapse: collapse; width: 100%; min-width: 40rem; }
    .data th, .data td { padding: .6rem .8rem; text-align: start; vertical-align: top; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .data tbody th { font-weight: 500; }
    .slug { font-size: .85rem; color: var(--mat-sys-on-surface-variant); font-family: ui-monospace, monospace; }
  `,
})
export class AdminConsultationList implements OnInit {
  private readonly api = inject(ConsultationsApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);

  protected readonly pageSize = 20;
  protected readonly page = signal(1);
  protected readonly items = signal<ConsultationSummary[] | null>(null);
  protected readonly total = signal(0);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await this.api.adminList(this.page(), this.pageSize);
      this.items.set(result.items);
      this.total.set(result.total);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }
}
