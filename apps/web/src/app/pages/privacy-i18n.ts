import type { DurationUnit, RetentionItem } from '@concordia/domain';
import type { Language } from '@concordia/contracts';

/** A period as people read it, e.g. "30 jours", "1 hour". */
type Duration = string;

export interface RetentionWords {
  title: string;
  intro: string;
  keptFor: string;
  /** `lag`: how long after its period data may stay until the hourly job runs. */
  lagNote: (lag: Duration) => string;
  units: Record<DurationUnit, [singular: string, plural: string]>;
  items: Record<RetentionItem, { what: string; when: (period: Duration, idle: Duration, absolute: Duration) => string }>;
}

/** The retention section of the privacy page; French and English say the same, item for item. */
export const RETENTION_WORDS: Record<Language, RetentionWords> = {
  fr: {
    title: 'Durées de conservation',
    intro: 'Au-delà de ces durées, les données sont supprimées automatiquement.',
    keptFor: 'Durée :',
    lagNote: (lag) => `La suppression est faite par une tâche qui passe toutes les heures : une donnée peut donc rester jusqu’à ${lag} de plus.`,
    units: { minutes: ['minute', 'minutes'], hours: ['heure', 'heures'], days: ['jour', 'jours'] },
    items: {
      'unverified-account': {
        what: 'Compte dont l’adresse e-mail n’a jamais été confirmée',
        when: (d) => `Supprimé ${d} après l’inscription, avec ses sessions et ses liens.`,
      },
      session: {
        what: 'Session',
        when: (_, idle, absolute) => `Supprimée dès qu’elle expire : après ${idle} sans activité, ${absolute} au plus, ou à la déconnexion.`,
      },
      'email-token': {
        what: 'Lien de confirmation ou de réinitialisation (empreinte du jeton)',
        when: () => 'Supprimé dès qu’il a servi ou expiré (24 heures pour confirmer l’adresse, 1 heure pour réinitialiser le mot de passe).',
      },
      'login-failure': {
        what: 'Tentative de connexion échouée',
        when: (d) => `Supprimée ${d} après l’échec.`,
      },
      'mail-content': {
        what: 'Contenu d’un e-mail (objet, texte, liens) et adresse du destinataire',
        when: () => 'Effacés dès l’envoi : restent seulement le type de message, ses dates et une empreinte à clé de l’adresse.',
      },
      'sent-mail': {
        what: 'Trace d’un e-mail envoyé (type de message, dates, empreinte à clé de l’adresse)',
        when: (d) => `Supprimée ${d} après l’envoi.`,
      },
      'undelivered-mail': {
        what: 'E-mail qui n’a pas pu être remis',
        when: (d) => `Abandonné et supprimé ${d} après sa mise en file d’attente.`,
      },
    },
  },
  en: {
    title: 'How long we keep data',
    intro: 'Past these periods, data are deleted automatically.',
    keptFor: 'Kept for:',
    lagNote: (lag) => `Deletion is done by a task that runs every hour: data may therefore stay up to ${lag} longer.`,
    units: { minutes: ['minute', 'minutes'], hours: ['hour', 'hours'], days: ['day', 'days'] },
    items: {
      'unverified-account': {
        what: 'Account whose e-mail address was never confirmed',
        when: (d) => `Deleted ${d} after sign-up, with its sessions and links.`,
      },
      session: {
        what: 'Session',
        when: (_, idle, absolute) => `Deleted as soon as it expires: after ${idle} without activity, ${absolute} at most, or at sign-out.`,
      },
      'email-token': {
        what: 'Confirmation or reset link (hash of the token)',
        when: () => 'Deleted as soon as it is used or expired (24 hours to confirm the address, 1 hour to reset the password).',
      },
      'login-failure': {
        what: 'Failed sign-in attempt',
        when: (d) => `Deleted ${d} after the failure.`,
      },
      'mail-content': {
        what: 'Content of an e-mail (subject, text, links) and the recipient’s address',
        when: () => 'Erased at sending: only the kind of message, its dates and a keyed hash of the address remain.',
      },
      'sent-mail': {
        what: 'Record of a sent e-mail (kind of message, dates, keyed hash of the address)',
        when: (d) => `Deleted ${d} after sending.`,
      },
      'undelivered-mail': {
        what: 'E-mail that could not be delivered',
        when: (d) => `Given up and deleted ${d} after it was queued.`,
      },
    },
  },
};
