import { NgTemplateOutlet } from '@angular/common';
import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DEFAULT_SESSION_LIFETIME, humanDuration, RETENTION_JOB_LAG_SECONDS, RETENTION_PERIODS, retentionSeconds } from '@concordia/domain';
import { LanguageService } from '../i18n/language.service';
import { RETENTION_WORDS } from './privacy-i18n';
import { SITE_INFO } from './site-info';

/**
 * What personal data Concordia keeps and why (GDPR articles 13 and 14). Prose per language; the
 * retention periods come from the same domain table the deletion jobs use, so they cannot drift.
 */
@Component({
  selector: 'cc-privacy',
  imports: [RouterLink, NgTemplateOutlet],
  templateUrl: './privacy.html',
  styleUrl: './static-page.scss',
})
export class Privacy {
  protected readonly language = inject(LanguageService);
  protected readonly site = SITE_INFO;

  protected readonly retention = computed(() => {
    const words = RETENTION_WORDS[this.language.current()];
    const write = (seconds: number) => {
      const { amount, unit } = humanDuration(seconds);
      return `${amount}\u00a0${words.units[unit][amount === 1 ? 0 : 1]}`;
    };
    // The defaults: an instance that changes SESSION_IDLE_HOURS or SESSION_MAX_DAYS should say so here.
    const idle = write(DEFAULT_SESSION_LIFETIME.idleSeconds);
    const absolute = write(DEFAULT_SESSION_LIFETIME.absoluteSeconds);
    return {
      words,
      loginFailures: write(retentionSeconds('login-failure')),
      sessions: { idle, absolute },
      lagNote: words.lagNote(write(RETENTION_JOB_LAG_SECONDS)),
      rows: RETENTION_PERIODS.map((period) => ({
        item: period.item,
        what: words.items[period.item].what,
        when: words.items[period.item].when(write(period.seconds), idle, absolute),
      })),
    };
  });
}
