import { Component, OnInit, inject, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { RouterLink } from '@angular/router';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ConsultationSummary, MyCommittee, Page } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { httpStatus } from '../core/forms';
import { SessionStore } from '../core/session.store';
import { CommitteeApi } from './committee.api';

/** /committee — the committees I sit on, with what awaits my ballot; admins also reach every consultation's committee. */
@Component({
  selector: 'cc-my-committees',
  imports: [RouterLink, MatIconModule, TranslatePipe],
  template: `
    <div class="page">
      <h1>{{ 'committee.mine.heading' | translate }}</h1>
      <p class="lead">{{ 'committee.mine.intro' | translate }}</p>
      @if (isCommittee()) {
        @if (error(); as message) {
          <div class="message error" role="alert">
            <mat-icon aria-hidden="true" fontIcon="error" />
            <div>
              <p>{{ message }}</p>
              @if (needsSecondFactor()) {
                <p><a routerLink="/account">{{ 'account.totpBanner.link' | translate }}</a></p>
              }
            </div>
          </div>
        } @else if (committees(); as list) {
          @if (list.length === 0) {
            <p>{{ 'committee.mine.none' | translate }}</p>
          } @else {
            <ul class="list">
              @for (c of list; track c.consultation.slug) {
                <li class="card">
                  <h2><a [routerLink]="['/consultations', c.consultation.slug, 'committee']">{{ c.consultation.title }}</a></h2>
                  <ul class="chips">
                    <li><mat-icon aria-hidden="true" [fontIcon]="c.role === 'chair' ? 'star' : 'person'" />{{ 'committee.roles.' + c.role | translate }}</li>
                    <li><mat-icon aria-hidden="true" fontIcon="flag" />{{ 'phase.' + c.consultation.phase | translate }}</li>
                  </ul>
                  @if (c.reviewOpened) {
                    <p>
                      {{ 'committee.mine.proposals' | translate: { count: c.proposals } }}
                      @if (c.awaitingMyBallot > 0) {
                        <strong class="todo">{{ 'committee.mine.awaiting' | translate: { count: c.awaitingMyBallot } }}</strong>
                      } @else {
                        {{ 'committee.mine.upToDate' | translate }}
                      }
                    </p>
                  } @else {
                    <p>{{ 'committee.mine.notOpened' | translate }}</p>
                  }
                </li>
              }
            </ul>
          }
        } @else {
          <p role="status">{{ 'common.loading' | translate }}</p>
        }
      }
      @if (session.isAdmin()) {
        <section aria-labelledby="admin-heading">
          <h2 id="admin-heading">{{ 'committee.mine.adminHeading' | translate }}</h2>
          <p>{{ 'committee.mine.adminIntro' | translate }}</p>
          @if (consultations(); as list) {
            <ul class="admin-list">
              @for (c of list; track c.slug) {
                <li>
                  <a [routerLink]="['/consultations', c.slug, 'committee']">{{ 'committee.mine.committeeOf' | translate: { title: c.title } }}</a>
                  <span class="secondary-text"> — {{ 'phase.' + c.phase | translate }}</span>
                </li>
              }
            </ul>
          }
        </section>
      }
      @if (!isCommittee() && !session.isAdmin()) {
        <p class="message info"><mat-icon aria-hidden="true" fontIcon="info" /><span>{{ 'committee.mine.notCommittee' | translate }}</span></p>
      }
    </div>
  `,
  styles: `
    .list { list-style: none; padding: 0; display: grid; gap: 1rem; }
    .list h2 { font-size: 1.2rem; margin: .75rem 0 .5rem; overflow-wrap: anywhere; }
    .chips { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0 0 .5rem; list-style: none; }
    .chips li { display: inline-flex; gap: .3rem; align-items: center; border: 1px solid var(--mat-sys-outline); border-radius: 999px; padding: .1rem .7rem; font-size: .9rem; }
    .chips mat-icon { font-size: 1.05rem; width: 1.05rem; height: 1.05rem; }
    .todo { display: inline-block; margin-inline-start: .35rem; padding: 0 .5rem; border-radius: 6px; background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); }
    .admin-list { padding-inline-start: 1.25rem; }
    .admin-list li + li { margin-top: .35rem; }
    .lead { max-width: 48rem; }
  `,
})
export class MyCommittees implements OnInit {
  private readonly api = inject(CommitteeApi);
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  protected readonly session = inject(SessionStore);

  protected readonly committees = signal<MyCommittee[] | null>(null);
  protected readonly consultations = signal<ConsultationSummary[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly needsSecondFactor = signal(false);

  protected isCommittee(): boolean {
    return this.session.me()?.roles.includes('committee') ?? false;
  }

  ngOnInit(): void {
    if (this.isCommittee()) void this.loadMine();
    if (this.session.isAdmin()) void this.loadAll();
  }

  private async loadMine(): Promise<void> {
    try {
      this.committees.set(await this.api.mine());
    } catch (error) {
      this.needsSecondFactor.set(httpStatus(error) === 403 && !!this.session.me()?.totpRequired);
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  private async loadAll(): Promise<void> {
    const page = await firstValueFrom(this.http.get<Page<ConsultationSummary>>('/api/consultations', { params: { pageSize: 100 } })).catch(() => null);
    this.consultations.set(page?.items ?? []);
  }
}
