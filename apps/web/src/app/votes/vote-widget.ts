import { Component, ElementRef, Injector, computed, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  FOR_AGAINST_CHOICES,
  NO_OPINION,
  PHASES,
  type CastBallotRequest,
  type ConsultationDetail,
  type ForAgainstChoice,
  type GradeData,
  type GradeChoice,
  type MyBallot,
} from '@concordia/contracts';
import { DEFAULT_GRADE_SCALE } from '@concordia/domain';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { confirmAction } from '../core/confirm-dialog';
import { GradeWordPipe, gradeWord } from '../consultations/labels';
import { LanguageService } from '../i18n/language.service';
import { TrackerBox } from './tracker-box';
import { TrackerStore } from './tracker-store';
import { VotesApi } from './votes.api';

type Choice = GradeChoice | ForAgainstChoice;

/**
 * The ballot of the method in force: majority judgment (a grade of the scale, or no opinion),
 * for / against / abstain, or a support. Open ballots can be changed or retracted until voting
 * closes; a secret ballot is final once cast, and the page says so before. A secret ballot's
 * tracker is shown once in the answer to casting, and remembered on this device only.
 */
@Component({
  selector: 'cc-vote-widget',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatIconModule, MatRadioModule, TranslatePipe, LocalDatePipe, GradeWordPipe, TrackerBox],
  templateUrl: './vote-widget.html',
  styleUrl: './vote-widget.scss',
})
export class VoteWidget {
  private readonly api = inject(VotesApi);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly trackers = inject(TrackerStore);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly statusElement = viewChild<ElementRef<HTMLElement>>('statusElement');

  readonly proposalId = input.required<string>();
  readonly proposalRef = input.required<number>();
  readonly proposalTitle = input('');
  readonly consultation = input.required<ConsultationDetail>();
  /** Only published proposals of the current round take ballots. */
  readonly votable = input(true);
  readonly voted = output<MyBallot | null>();

  protected readonly ballot = signal<MyBallot | null>(null);
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly choice = new FormControl<Choice | null>(null);
  protected readonly noOpinion = NO_OPINION;
  protected readonly forAgainstChoices = FOR_AGAINST_CHOICES;

  protected readonly method = computed(() => this.consultation().settings.votingMethod);
  protected readonly secret = computed(() => this.consultation().settings.ballotSecrecy === 'secret');
  /** Worst first, as the results show them. */
  protected readonly scale = computed<GradeData[]>(() => [...(this.consultation().settings.gradeScale?.grades ?? DEFAULT_GRADE_SCALE.grades)]);
  protected readonly canVote = computed(() => this.consultation().participation.canVote && this.votable());
  protected readonly returnUrl = computed(() => `/proposals/${this.proposalRef()}`);
  protected readonly phaseMessage = computed(() => {
    const c = this.consultation();
    const index = PHASES.indexOf(c.phase);
    const opensWith = c.settings.votingMethod === 'support' ? 'proposals_open' : 'voting_open';
    if (index < PHASES.indexOf(opensWith)) {
      const date = c.phaseSchedule[opensWith];
      return date ? { key: 'votes.widget.notYetOn', date } : { key: 'votes.widget.notYet', date: null };
    }
    if (index > PHASES.indexOf('voting_open')) return { key: 'votes.widget.closed', date: null };
    return null;
  });
  /** A secret ballot, once cast, is final; so is everything after voting closed. */
  protected readonly final = computed(() => !!this.ballot()?.final);
  protected readonly stored = computed(() => this.choiceOf(this.ballot()));
  protected readonly legendId = computed(() => `ballot-legend-${this.proposalRef()}`);
  /** The tracker of the ballot just cast here (the server never gives it again). */
  protected readonly freshTracker = signal<string | null>(null);
  protected readonly remembered = computed(() => this.trackers.all()[this.proposalId()] ?? null);
  protected readonly shownTracker = computed(() => (this.secret() ? this.freshTracker() ?? this.remembered()?.tracker ?? null : null));

  constructor() {
    // Another proposal in the same widget: its tracker, if any, comes from this device only.
    effect(() => {
      this.proposalId();
      this.freshTracker.set(null);
    });
    effect(() => {
      const id = this.proposalId();
      const signedIn = this.session.signedIn();
      if (signedIn && this.consultation().participation.eligible) void this.loadBallot(id);
      else this.ballot.set(null);
    });
  }

  private async loadBallot(id: string): Promise<void> {
    try {
      const mine = await this.api.mine(id);
      this.ballot.set(mine);
      this.choice.setValue(this.choiceOf(mine));
    } catch {
      this.ballot.set(null);
    }
  }

  private choiceOf(mine: MyBallot | null): Choice | null {
    const ballot = mine?.ballot;
    if (!ballot) return null;
    if ('grade' in ballot) return ballot.grade;
    if ('choice' in ballot) return ballot.choice;
    return null;
  }

  /** "Très bien", "Sans avis", "Pour"… */
  protected choiceWord(choice: Choice | null): string {
    if (choice === null) return '';
    if (this.method() === 'majority_judgment') return gradeWord(this.scale(), choice as GradeChoice, this.language.current());
    return this.translate.instant(`votes.choices.${choice}`);
  }

  protected async cast(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.status.set(null);
    const choice = this.choice.value;
    if (choice === null) {
      this.error.set(this.translate.instant(this.method() === 'majority_judgment' ? 'votes.widget.pickGrade' : 'votes.widget.pickChoice'));
      focusAfterRender(() => this.statusElement(), this.injector);
      return;
    }
    const body: CastBallotRequest = this.method() === 'majority_judgment' ? { grade: choice as GradeChoice } : { choice: choice as ForAgainstChoice };
    await this.send(body, this.choiceWord(choice));
  }

  protected async toggleSupport(): Promise<void> {
    if (this.ballot()?.voted) await this.retract();
    else await this.send({ support: true }, this.translate.instant('votes.widget.supportWord'), 'votes.widget.supportCast');
  }

  private async send(body: CastBallotRequest, word: string, doneKey?: string): Promise<void> {
    if (this.secret()) {
      const ok = await confirmAction(this.dialog, {
        title: this.translate.instant('votes.widget.confirmTitle'),
        text: [this.translate.instant('votes.widget.secretFinal'), this.translate.instant('votes.widget.confirmText', { choice: word })],
        confirm: this.translate.instant('votes.widget.confirmCast'),
        cancel: this.translate.instant('common.cancel'),
        warning: true,
      });
      if (!ok) return;
    }
    this.busy.set(true);
    try {
      const changed = !!this.ballot()?.voted;
      const mine = await this.api.cast(this.proposalId(), body);
      this.ballot.set(mine);
      if (mine.tracker) {
        this.freshTracker.set(mine.tracker);
        this.trackers.remember(this.proposalId(), { tracker: mine.tracker, slug: this.consultation().slug, title: this.proposalTitle() || `#${this.proposalRef()}` });
      }
      this.status.set(
        doneKey && !this.secret()
          ? this.translate.instant(doneKey)
          : this.secret()
          ? this.translate.instant('votes.widget.castSecret', { choice: word })
          : this.translate.instant(changed ? 'votes.widget.changed' : 'votes.widget.cast', { choice: word }),
      );
      this.voted.emit(mine);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.statusElement(), this.injector);
    }
  }

  protected forgetTracker(): void {
    this.trackers.forget(this.proposalId());
    this.error.set(null);
    this.status.set(this.translate.instant('votes.tracker.forgotten'));
    focusAfterRender(() => this.statusElement(), this.injector);
  }

  protected async retract(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    this.status.set(null);
    this.busy.set(true);
    try {
      await this.api.retract(this.proposalId());
      const current = this.ballot();
      this.ballot.set(current ? { ...current, voted: false, ballot: null, castAt: null } : null);
      this.choice.setValue(null);
      this.status.set(this.translate.instant(this.method() === 'support' ? 'votes.widget.supportRetracted' : 'votes.widget.retracted'));
      this.voted.emit(null);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.statusElement(), this.injector);
    }
  }
}
