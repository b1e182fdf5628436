import type { Language } from '@concordia/contracts';
import type { Mail } from '../mail/mail.service';

export interface RevisionNotice {
  to: string;
  name: string;
  title: string;
  /** The majority grade's label in the recipient's language. */
  grade: string;
  round: number;
  link: string;
}

const TEXTS: Record<Language, (n: RevisionNotice) => { subject: string; text: string }> = {
  fr: (n) => ({
    subject: 'Votre proposition est à réviser — Concordia',
    text:
      `Bonjour ${n.name},\n\nVotre proposition « ${n.title} » a obtenu la mention majoritaire « ${n.grade} », ` +
      `au niveau du seuil de révision ou en dessous. Comme l’a fait la convention citoyenne, elle vous revient : ` +
      `vous pouvez en écrire une nouvelle version, qui sera évaluée au tour ${n.round}.\n\n${n.link}\n`,
  }),
  en: (n) => ({
    subject: 'Your proposal is up for revision — Concordia',
    text:
      `Hello ${n.name},\n\nYour proposal “${n.title}” received the majority grade “${n.grade}”, ` +
      `at or below the revision threshold. As the citizens' convention did, it comes back to you: ` +
      `you may write a new version, to be graded in round ${n.round}.\n\n${n.link}\n`,
  }),
};

export function revisionMail(language: Language, notice: RevisionNotice): Mail {
  const { subject, text } = (TEXTS[language] ?? TEXTS.fr)(notice);
  return { template: 'revision-round', to: notice.to, subject, text };
}
