import type { FollowUpStatusName, Language, ResponseDecisionName } from '@concordia/contracts';
import type { Mail } from '../../mail/mail.service';
import { DECISION_LABELS, FOLLOW_UP_LABELS } from '../report/report-labels';

interface Person {
  email: string;
  displayName: string;
  language: Language;
}

/** To an author: the committee's decision on their proposal. */
export function decisionMail(
  to: Person,
  n: { consultationTitle: string; ref: number; title: string; decision: ResponseDecisionName; link: string },
): Mail {
  const decision = DECISION_LABELS[n.decision][to.language];
  const texts: Record<Language, { subject: string; text: string }> = {
    fr: {
      subject: `Réponse du comité à votre proposition : ${decision} — Concordia`,
      text:
        `Bonjour ${to.displayName},\n\nLe comité d’éthique a publié sa réponse officielle à votre proposition n° ${n.ref} « ${n.title} » ` +
        `(consultation « ${n.consultationTitle} ») : ${decision}.\n\nLisez l’avis motivé, le décompte du vote et la suite donnée :\n${n.link}\n`,
    },
    en: {
      subject: `The committee’s response to your proposal: ${decision} — Concordia`,
      text:
        `Hello ${to.displayName},\n\nThe ethics committee has published its official response to your proposal #${n.ref} “${n.title}” ` +
        `(consultation “${n.consultationTitle}”): ${decision}.\n\nRead the reasoned opinion, the tally and what comes next:\n${n.link}\n`,
    },
  };
  return { template: 'outcome-decision', to: to.email, ...texts[to.language] };
}

/** To a citizen who voted or commented: the outcomes are out. */
export function outcomesMail(to: Person, n: { consultationTitle: string; recommendations: number; adopted: number; link: string }): Mail {
  const texts: Record<Language, { subject: string; text: string }> = {
    fr: {
      subject: `Les résultats de « ${n.consultationTitle} » sont publiés — Concordia`,
      text:
        `Bonjour ${to.displayName},\n\nVous avez participé à la consultation « ${n.consultationTitle} ». Le comité d’éthique a publié ses réponses ` +
        `officielles : ${n.adopted} recommandation(s) adoptée(s) sur ${n.recommendations} examinée(s).\n\n${n.link}\n`,
    },
    en: {
      subject: `The outcomes of “${n.consultationTitle}” are published — Concordia`,
      text:
        `Hello ${to.displayName},\n\nYou took part in the consultation “${n.consultationTitle}”. The ethics committee has published its official ` +
        `responses: ${n.adopted} recommendation(s) adopted out of ${n.recommendations} reviewed.\n\n${n.link}\n`,
    },
  };
  return { template: 'outcomes-published', to: to.email, ...texts[to.language] };
}

/** To a follower, when an adopted recommendation changes status. */
export function followUpMail(
  to: Person,
  n: { ref: number; title: string; status: FollowUpStatusName; progress: number; milestone: string; link: string },
): Mail {
  const status = FOLLOW_UP_LABELS[n.status][to.language];
  const texts: Record<Language, { subject: string; text: string }> = {
    fr: {
      subject: `Suivi de la recommandation n° ${n.ref} : ${status} — Concordia`,
      text:
        `Bonjour ${to.displayName},\n\nLa recommandation n° ${n.ref} « ${n.title} », que vous suivez, est maintenant : ${status} (${n.progress} %).` +
        `${n.milestone ? `\nÉtape : ${n.milestone}` : ''}\n\n${n.link}\n`,
    },
    en: {
      subject: `Follow-up of recommendation #${n.ref}: ${status} — Concordia`,
      text:
        `Hello ${to.displayName},\n\nRecommendation #${n.ref} “${n.title}”, which you follow, is now: ${status} (${n.progress} %).` +
        `${n.milestone ? `\nMilestone: ${n.milestone}` : ''}\n\n${n.link}\n`,
    },
  };
  return { template: 'follow-up', to: to.email, ...texts[to.language] };
}
