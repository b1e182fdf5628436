import type { Language } from '@concordia/contracts';
import type { Mail } from './mail.service';

type Template = (link: string, name: string) => { subject: string; text: string };

const TEMPLATES: Record<string, Record<Language, Template>> = {
  'verify-email': {
    fr: (link, name) => ({
      subject: 'Confirmez votre adresse e-mail — Concordia',
      text: `Bonjour ${name},\n\nPour activer votre compte Concordia, ouvrez ce lien (valable 24 heures) :\n${link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.`,
    }),
    en: (link, name) => ({
      subject: 'Confirm your e-mail address — Concordia',
      text: `Hello ${name},\n\nTo activate your Concordia account, open this link (valid for 24 hours):\n${link}\n\nIf you did not create an account, ignore this message.`,
    }),
  },
  'reset-password': {
    fr: (link, name) => ({
      subject: 'Réinitialiser votre mot de passe — Concordia',
      text: `Bonjour ${name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 1 heure) :\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.`,
    }),
    en: (link, name) => ({
      subject: 'Reset your password — Concordia',
      text: `Hello ${name},\n\nTo choose a new password, open this link (valid for 1 hour):\n${link}\n\nIf you did not ask for this, ignore this message: your password stays the same.`,
    }),
  },
  'password-changed': {
    fr: (_, name) => ({
      subject: 'Votre mot de passe a été modifié — Concordia',
      text: `Bonjour ${name},\n\nLe mot de passe de votre compte Concordia vient d’être modifié et vos autres sessions ont été fermées.\nSi ce n’est pas vous, réinitialisez-le sans attendre.`,
    }),
    en: (_, name) => ({
      subject: 'Your password was changed — Concordia',
      text: `Hello ${name},\n\nThe password of your Concordia account was just changed and your other sessions were ended.\nIf this was not you, reset it right away.`,
    }),
  },
};

export function accountMail(kind: keyof typeof TEMPLATES, language: Language, to: string, name: string, link = ''): Mail {
  const { subject, text } = TEMPLATES[kind][language](link, name);
  return { template: kind, to, subject, text };
}
