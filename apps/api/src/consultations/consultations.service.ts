import { Injectable } from '@nestjs/common';
import type { ConsultationDetail, ConsultationSummary, Language, Page, Phase } from '@concordia/contracts';
import { allowedActions, canonicalJson, frozenRulesChanged, phaseIndex, phaseTransitionProblem, slugify, uniqueSlug } from '@concordia/domain';
import type { AuditEvent } from '../audit/audit-log.service';
import { AppException, conflict } from '../common/http/app-exception';
import { FieldProblem, ValidationFailedException } from '../common/http/validation';
import { renderMarkdown } from '../proposals/markdown';
import type { UserEntity } from '../accounts/user.entity';
import type { ConsultationEntity } from './consultation.entity';
import { mergeSchedule, mergeSettings } from './consultation-input';
import { scheduleData, scheduleOf, settingsData, settingsOf } from './consultation-settings';
import { toConsultationSummary } from './consultation.mapper';
import { ConsultationsRepository } from './consultations.repository';
import type { CreateConsultationDto, UpdateConsultationDto } from './consultations.dto';
import { EligibilityService } from './eligibility.service';
import { isAdmin, Viewer } from './viewer';

@Injectable()
export class ConsultationsService {
  constructor(
    private readonly consultations: ConsultationsRepository,
    private readonly eligibility: EligibilityService,
  ) {}

  async list(page: number, pageSize: number): Promise<Page<ConsultationSummary>> {
    const [items, total] = await this.consultations.publicPage(page, pageSize);
    return { items: items.map(toConsultationSummary), page, pageSize, total };
  }

  async adminList(page: number, pageSize: number, phase?: Phase): Promise<Page<ConsultationSummary>> {
    const [items, total] = await this.consultations.adminPage(page, pageSize, phase);
    return { items: items.map(toConsultationSummary), page, pageSize, total };
  }

  /** A draft exists only for admins: anyone else gets the same 404 as for a slug never used. */
  async findVisible(slug: string, viewer: Viewer): Promise<ConsultationEntity> {
    const found = await this.consultations.findBySlug(slug);
    if (!found || (found.phase === 'draft' && !isAdmin(viewer))) throw new AppException(404, 'consultations.not-found');
    return found;
  }

  /** For other modules; the same as EligibilityService.isEligible / assertEligible. */
  isEligible(consultation: ConsultationEntity, user: UserEntity | undefined): Promise<boolean> {
    return this.eligibility.isEligible(consultation, user);
  }

  assertEligible(consultation: ConsultationEntity, user: UserEntity | undefined): Promise<void> {
    return this.eligibility.assertEligible(consultation, user);
  }

  async findBySlugOrThrow(slug: string): Promise<ConsultationEntity> {
    const found = await this.consultations.findBySlug(slug);
    if (!found) throw new AppException(404, 'consultations.not-found');
    return found;
  }

  async detail(consultation: ConsultationEntity, viewer: Viewer, language: Language): Promise<ConsultationDetail> {
    const settings = settingsOf(consultation);
    return {
      ...toConsultationSummary(consultation),
      description: consultation.description,
      descriptionHtml: renderMarkdown(consultation.description),
      settings: settingsData(settings),
      revisionRound: consultation.revisionRound,
      phaseActions: allowedActions(consultation.phase, settings.votingMethod),
      participation: await this.eligibility.participation(consultation, viewer, language),
    };
  }

  async get(slug: string, viewer: Viewer, language: Language): Promise<ConsultationDetail> {
    return this.detail(await this.findVisible(slug, viewer), viewer, language);
  }

  async create(input: CreateConsultationDto, viewer: Viewer, language: Language): Promise<ConsultationDetail> {
    const settings = mergeSettings(settingsOf({ settings: {} }), input.settings ?? {});
    const schedule = mergeSchedule({}, input.phaseSchedule ?? {});
    throwProblems([...settings.problems, ...schedule.problems]);
    const slug = await this.freeSlug(input.slug ?? slugify(input.title), !!input.slug);
    try {
      const created = await this.consultations.insert(
        {
          slug,
          title: input.title,
          summary: input.summary ?? '',
          description: input.description ?? '',
          themes: input.themes ?? [],
          phase: 'draft',
          settings: settings.settings as unknown as Record<string, unknown>,
          phaseSchedule: scheduleData(schedule.schedule) as Record<string, string>,
        },
        (saved) => ['consultation.created', { consultationId: saved.id, consultation: saved.slug, title: saved.title, settings: saved.settings }],
      );
      return this.detail(created, viewer, language);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('consultations.slug-taken');
      throw error;
    }
  }

  async update(slug: string, input: UpdateConsultationDto, viewer: Viewer, language: Language): Promise<ConsultationDetail> {
    const current = await this.findBySlugOrThrow(slug);
    const changes: Partial<ConsultationEntity> = {};
    const problems: FieldProblem[] = [];
    if (input.settings) {
      // Ballots already cast were cast under these rules (method, secrecy, scale).
      if (phaseIndex(current.phase) >= phaseIndex('voting_open')) throw conflict('consultations.settings-locked');
      const merged = mergeSettings(settingsOf(current), input.settings);
      problems.push(...merged.problems);
      // Supports may be given while proposals are open: their rules freeze with the first one.
      const frozen = frozenRulesChanged(settingsOf(current), merged.settings);
      if (frozen.length > 0 && (await this.consultations.ballotsCast(current.id))) {
        throw conflict('consultations.rules-frozen', { fields: frozen.join(', ') });
      }
      changes.settings = merged.settings as unknown as Record<string, unknown>;
    }
    if (input.phaseSchedule) {
      const merged = mergeSchedule(scheduleOf(current), input.phaseSchedule);
      problems.push(...merged.problems);
      changes.phaseSchedule = scheduleData(merged.schedule) as Record<string, string>;
    }
    throwProblems(problems);
    if (input.themes) {
      const removed = current.themes.filter((theme) => !input.themes?.includes(theme));
      const [inUse] = await this.consultations.themesInUse(current.id, removed);
      if (inUse) throw conflict('consultations.theme-in-use', { theme: inUse });
      changes.themes = input.themes;
    }
    if (input.slug && input.slug !== current.slug) changes.slug = await this.freeSlug(input.slug, true);
    for (const field of ['title', 'summary', 'description'] as const) if (input[field] !== undefined) changes[field] = input[field];
    try {
      if (Object.keys(changes).length > 0) await this.consultations.update(current.id, changes, recordedChanges(current, changes));
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('consultations.slug-taken');
      throw error;
    }
    return this.detail({ ...current, ...changes }, viewer, language);
  }

  /** An admin's move, checked by the domain's transition rules; refused moves say why (409). */
  async movePhase(slug: string, to: Phase, viewer: Viewer, language: Language): Promise<ConsultationDetail> {
    const current = await this.findBySlugOrThrow(slug);
    const backward = phaseIndex(to) < phaseIndex(current.phase);
    const problem = phaseTransitionProblem(current.phase, to, {
      by: 'admin',
      ballotSecrecy: settingsOf(current).ballotSecrecy,
      ballotsCast: backward && (await this.consultations.ballotsCast(current.id)),
    });
    if (problem) throw conflict(`consultations.phase-${problem}`);
    if (!(await this.consultations.movePhase(current.id, current.phase, to, 'admin'))) throw conflict('consultations.phase-changed');
    return this.detail({ ...current, phase: to, phaseChangedAt: new Date() }, viewer, language);
  }

  /**
   * A slug asked for explicitly must be free (409 otherwise); one made from the title gets a
   * number when taken. A title of emoji alone falls back to "consultation".
   */
  private async freeSlug(wanted: string, explicit: boolean): Promise<string> {
    const base = wanted || 'consultation';
    const taken = await this.consultations.slugsLike(base);
    if (explicit) {
      if (taken.has(base)) throw conflict('consultations.slug-taken');
      return base;
    }
    return uniqueSlug(base, (candidate) => taken.has(candidate));
  }
}

/** The public record of a change of rules or dates: what changed, before and after. */
function recordedChanges(current: ConsultationEntity, changes: Partial<ConsultationEntity>): AuditEvent[] {
  const subject = { consultationId: current.id, consultation: changes.slug ?? current.slug };
  const events: AuditEvent[] = [];
  const pairs: [kind: string, before: Record<string, unknown>, after: Record<string, unknown> | undefined][] = [
    ['consultation.settings-changed', current.settings, changes.settings],
    ['consultation.schedule-changed', current.phaseSchedule, changes.phaseSchedule],
  ];
  for (const [kind, before, after] of pairs) {
    if (!after) continue;
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (key) => canonicalJson(before[key] ?? null) !== canonicalJson(after[key] ?? null),
    );
    if (changed.length === 0) continue;
    const pick = (source: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, source[key] ?? null]));
    events.push([kind, { ...subject, before: pick(before), after: pick(after) }]);
  }
  return events;
}

function throwProblems(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new ValidationFailedException(problems);
}
