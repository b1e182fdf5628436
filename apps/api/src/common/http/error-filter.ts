import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, Language } from '@concordia/contracts';
import type { Request, Response } from 'express';
import { languageFrom } from '../i18n/language';
import { MESSAGES, translate } from '../i18n/messages';
import { safeError } from '../logging/safe-error';
import { AppException } from './app-exception';
import { FieldProblem, ValidationFailedException } from './validation';

const STATUS_KEYS: Partial<Record<number, string>> = {
  400: 'error.bad-request',
  401: 'error.unauthorized',
  403: 'error.forbidden',
  404: 'error.not-found',
  409: 'error.conflict',
  413: 'error.payload-too-large',
  415: 'error.unsupported-media-type',
  429: 'error.too-many-requests',
};

const FIELD_LABELS: Record<string, Record<Language, string>> = {
  email: { fr: 'L’adresse e-mail', en: 'The e-mail address' },
  displayName: { fr: 'Le nom affiché', en: 'The display name' },
  password: { fr: 'Le mot de passe', en: 'The password' },
  newPassword: { fr: 'Le nouveau mot de passe', en: 'The new password' },
  currentPassword: { fr: 'Le mot de passe actuel', en: 'The current password' },
  code: { fr: 'Le code', en: 'The code' },
  token: { fr: 'Le jeton', en: 'The token' },
  roles: { fr: 'Les rôles', en: 'The roles' },
  title: { fr: 'Le titre', en: 'The title' },
  summary: { fr: 'Le résumé', en: 'The summary' },
  body: { fr: 'Le texte', en: 'The text' },
  description: { fr: 'La description', en: 'The description' },
  theme: { fr: 'Le thème', en: 'The theme' },
  themes: { fr: 'Les thèmes', en: 'The themes' },
  slug: { fr: 'L’adresse courte', en: 'The short address' },
  stance: { fr: 'La position', en: 'The stance' },
  parentId: { fr: 'Le commentaire parent', en: 'The parent comment' },
  postcode: { fr: 'Le code postal', en: 'The postcode' },
  count: { fr: 'Le nombre', en: 'The number' },
  reason: { fr: 'Le motif', en: 'The reason' },
  note: { fr: 'La note', en: 'The note' },
  text: { fr: 'Le texte', en: 'The text' },
  outcome: { fr: 'L’issue', en: 'The outcome' },
  targetType: { fr: 'Le type de contenu', en: 'The kind of content' },
  targetId: { fr: 'Le contenu visé', en: 'The content' },
  ids: { fr: 'La liste des éléments', en: 'The list of items' },
  grade: { fr: 'La mention', en: 'The grade' },
  choice: { fr: 'Le choix', en: 'The choice' },
  page: { fr: 'Le numéro de page', en: 'The page number' },
  pageSize: { fr: 'La taille de page', en: 'The page size' },
  // Consultations, proposals and comments (issue 3).
  phaseSchedule: { fr: 'Le calendrier des phases', en: 'The phase schedule' },
  'phaseSchedule.proposals_open': { fr: 'L’ouverture des propositions', en: 'The opening of proposals' },
  'phaseSchedule.voting_open': { fr: 'L’ouverture du vote', en: 'The opening of voting' },
  'phaseSchedule.committee_review': { fr: 'L’examen par le comité', en: 'The committee review' },
  'phaseSchedule.outcomes_published': { fr: 'La publication des résultats', en: 'The publication of outcomes' },
  'phaseSchedule.follow_up': { fr: 'Le suivi', en: 'The follow-up' },
  'phaseSchedule.closed': { fr: 'La clôture', en: 'The closing' },
  settings: { fr: 'Les réglages', en: 'The settings' },
  'settings.eligibility': { fr: 'Qui peut participer', en: 'Who may take part' },
  'settings.moderation': { fr: 'La modération', en: 'Moderation' },
  'settings.votingMethod': { fr: 'Le mode de vote', en: 'The voting method' },
  'settings.supportCap': { fr: 'Le plafond de soutiens', en: 'The cap on supports' },
  'settings.ballotSecrecy': { fr: 'Le secret du vote', en: 'Ballot secrecy' },
  'settings.reviewRule': { fr: 'La règle d’examen par le comité', en: 'The committee review rule' },
  'settings.gradeScale': { fr: 'L’échelle de mentions', en: 'The grade scale' },
  'settings.noOpinion': { fr: 'Le traitement de « sans avis »', en: 'The handling of “no opinion”' },
  'settings.revisionThreshold': { fr: 'Le seuil de révision', en: 'The revision threshold' },
  to: { fr: 'La phase visée', en: 'The target phase' },
  q: { fr: 'La recherche', en: 'The search' },
  sort: { fr: 'Le tri', en: 'The sort' },
  seed: { fr: 'La graine du tri aléatoire', en: 'The random-order seed' },
  state: { fr: 'L’état', en: 'The state' },
  from: { fr: 'La version de départ', en: 'The first version' },
  mode: { fr: 'Le mode', en: 'The mode' },
  submit: { fr: 'La soumission', en: 'Submission' },
  at: { fr: 'La date simulée', en: 'The simulated date' },
  members: { fr: 'Les membres', en: 'The members' },
  opinion: { fr: 'L’avis motivé', en: 'The reasoned opinion' },
  amendedText: { fr: 'Le texte amendé', en: 'The amended text' },
  decision: { fr: 'La décision', en: 'The decision' },
  revision: { fr: 'La révision', en: 'The revision' },
  userId: { fr: 'La personne', en: 'The person' },
  status: { fr: 'Le statut', en: 'The status' },
  progress: { fr: 'L’avancement', en: 'The progress' },
  date: { fr: 'La date', en: 'The date' },
  milestone: { fr: 'L’étape', en: 'The milestone' },
  details: { fr: 'Les détails', en: 'The details' },
  amendments: { fr: 'Les amendements', en: 'The amendments' },
  lang: { fr: 'La langue', en: 'The language' },
  into: { fr: 'La proposition cible', en: 'The target proposal' },
  ageBand: { fr: 'La tranche d’âge', en: 'The age band' },
  commune: { fr: 'La commune', en: 'The commune' },
  gender: { fr: 'Le genre', en: 'The gender' },
  dimension: { fr: 'La question', en: 'The question' },
  shares: { fr: 'Les parts', en: 'The shares' },
  share: { fr: 'La part', en: 'The share' },
  category: { fr: 'La catégorie', en: 'The category' },
  source: { fr: 'La source', en: 'The source' },
  year: { fr: 'L’année', en: 'The year' },
};

function describe(problem: FieldProblem, language: Language): string {
  const field = FIELD_LABELS[problem.field]?.[language] ?? problem.field;
  const key = MESSAGES[`validation.${problem.constraint}`] ? `validation.${problem.constraint}` : 'validation.default';
  const text = translate(key, language, { ...problem.params, field });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Every error leaves as {statusCode, error, message} in the reader's language. Unknown errors
 * are logged with their stack and answered with a plain 500: no stack ever reaches a client.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const language = languageFrom(request.headers['accept-language']);
    const body = this.toBody(exception, language);
    if (body.statusCode >= 500) this.logger.error({ error: safeError(exception), url: request.route?.path ?? 'unmatched' }, 'unhandled error');
    if (exception instanceof AppException) {
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, language: Language): ApiError {
    if (exception instanceof ValidationFailedException) {
      const fields: Record<string, string[]> = {};
      for (const problem of exception.problems) (fields[problem.field] ??= []).push(describe(problem, language));
      const details = Object.values(fields).flat().join(' ; ');
      return { statusCode: 400, error: 'Bad Request', message: translate('error.validation', language, { details }), code: 'validation', fields };
    }
    if (exception instanceof AppException) {
      const status = exception.getStatus();
      return { statusCode: status, error: reason(status), message: translate(exception.messageKey, language, exception.params), code: exception.messageKey };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // body-parser's errors (bad JSON, too large) arrive as HttpExceptions or with a `type`.
      const key = isJsonSyntaxError(exception) ? 'error.invalid-json' : (STATUS_KEYS[status] ?? (status >= 500 ? 'error.internal' : 'error.bad-request'));
      return { statusCode: status, error: reason(status), message: translate(key, language) };
    }
    const status = statusOfRawError(exception);
    if (status) {
      const key = status === 400 ? 'error.invalid-json' : (STATUS_KEYS[status] ?? 'error.bad-request');
      return { statusCode: status, error: reason(status), message: translate(key, language) };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: translate('error.internal', language) };
  }
}

function isJsonSyntaxError(exception: HttpException): boolean {
  const cause = (exception as { cause?: unknown }).cause;
  return exception.getStatus() === 400 && (cause instanceof SyntaxError || /JSON/i.test(exception.message));
}

/** Errors thrown by Express middleware (body-parser) carry their HTTP status. */
function statusOfRawError(exception: unknown): number | undefined {
  const status = (exception as { status?: unknown; statusCode?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function reason(status: number): string {
  const name = Object.entries(HttpStatus).find(([, code]) => code === status)?.[0] ?? 'ERROR';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
