import type { Language, ModerationNotificationKind } from '@concordia/contracts';
import type { Mail } from '../mail/mail.service';

/** The notice's params (see ModerationNotices) plus who and where, for the mail's words. */
export interface ModerationMailInput {
  to: string;
  name: string;
  link: string;
  params: Record<string, string | number>;
}

const REASON_LABELS: Record<Language, Record<string, string>> = {
  fr: {
    off_topic: 'hors sujet',
    offensive: 'propos offensants',
    personal_data: 'données personnelles',
    duplicate: 'doublon',
    spam: 'spam ou publicité',
    other: 'autre motif',
    reported: 'signalements de participant·e·s',
  },
  en: {
    off_topic: 'off-topic',
    offensive: 'offensive content',
    personal_data: 'personal data',
    duplicate: 'duplicate',
    spam: 'spam or advertising',
    other: 'other reason',
    reported: 'reports from participants',
  },
};

export function reasonLabel(reason: string, language: Language): string {
  return REASON_LABELS[language][reason] ?? reason;
}

/** "Votre proposition « … »" / "Votre commentaire « … » sur la proposition « … »", and the agreement of French participles. */
function item(language: Language, p: Record<string, string | number>): { what: string; e: string } {
  const comment = p.targetType === 'comment';
  if (language === 'fr') {
    return comment
      ? { what: `Votre commentaire « ${p.commentExcerpt} » sur la proposition « ${p.proposalTitle} »`, e: '' }
      : { what: `Votre proposition « ${p.proposalTitle} »`, e: 'e' };
  }
  return { what: comment ? `Your comment “${p.commentExcerpt}” on the proposal “${p.proposalTitle}”` : `Your proposal “${p.proposalTitle}”`, e: '' };
}

function reasonLines(language: Language, p: Record<string, string | number>): string {
  const lines: string[] = [];
  if (p.reason) lines.push(language === 'fr' ? `Motif : ${reasonLabel(String(p.reason), language)}.` : `Reason: ${reasonLabel(String(p.reason), language)}.`);
  if (p.note) lines.push(language === 'fr' ? `Message de la modération : ${p.note}` : `Note from the moderators: ${p.note}`);
  return lines.length ? `\n\n${lines.join('\n')}` : '';
}

const APPEAL_FR = 'Vous pouvez modifier votre texte et le soumettre à nouveau, ou faire appel une fois de cette décision : une autre personne de la modération l’examinera.';
const APPEAL_EN = 'You may edit your text and submit it again, or appeal this decision once: another moderator will review it.';

type Words = (p: Record<string, string | number>) => { subject: string; body: string };

const TEXTS: Record<ModerationNotificationKind, Record<Language, Words>> = {
  'moderation.approved': {
    fr: (p) => ({ subject: 'Votre contribution est publiée', body: `${item('fr', p).what} est publié${item('fr', p).e}.` }),
    en: (p) => ({ subject: 'Your contribution is published', body: `${item('en', p).what} is published.` }),
  },
  'moderation.rejected': {
    fr: (p) => ({ subject: 'Votre contribution n’a pas été retenue', body: `${item('fr', p).what} a été refusé${item('fr', p).e} par la modération.${reasonLines('fr', p)}\n\n${APPEAL_FR}` }),
    en: (p) => ({ subject: 'Your contribution was not accepted', body: `${item('en', p).what} was rejected by the moderators.${reasonLines('en', p)}\n\n${APPEAL_EN}` }),
  },
  'moderation.hidden': {
    fr: (p) => ({ subject: 'Votre contribution a été masquée', body: `${item('fr', p).what} a été masqué${item('fr', p).e} par la modération.${reasonLines('fr', p)}\n\n${APPEAL_FR}` }),
    en: (p) => ({ subject: 'Your contribution was hidden', body: `${item('en', p).what} was hidden by the moderators.${reasonLines('en', p)}\n\n${APPEAL_EN}` }),
  },
  'moderation.hidden-confirmed': {
    fr: (p) => ({ subject: 'Votre contribution reste masquée', body: `${item('fr', p).what}, masqué${item('fr', p).e} après des signalements, a été examiné${item('fr', p).e} : la modération confirme qu’${item('fr', p).e ? 'elle reste masquée' : 'il reste masqué'}.${reasonLines('fr', p)}\n\n${APPEAL_FR}` }),
    en: (p) => ({ subject: 'Your contribution stays hidden', body: `${item('en', p).what}, hidden after reports, was reviewed: the moderators confirm it stays hidden.${reasonLines('en', p)}\n\n${APPEAL_EN}` }),
  },
  'moderation.restored': {
    fr: (p) => ({ subject: 'Votre contribution est de nouveau visible', body: `${item('fr', p).what} a été examiné${item('fr', p).e} et rétabli${item('fr', p).e} : tout le monde peut de nouveau ${item('fr', p).e ? 'la' : 'le'} lire.${reasonLines('fr', p)}` }),
    en: (p) => ({ subject: 'Your contribution is visible again', body: `${item('en', p).what} was reviewed and restored: everyone can read it again.${reasonLines('en', p)}` }),
  },
  'moderation.hidden-by-reports': {
    fr: (p) => ({ subject: 'Votre contribution est masquée en attendant la modération', body: `${item('fr', p).what} a été signalé${item('fr', p).e} par ${p.reports} participant·e·s : ${item('fr', p).e ? 'elle est masquée' : 'il est masqué'} en attendant qu’une personne de la modération l’examine. Vous serez prévenu·e de sa décision.` }),
    en: (p) => ({ subject: 'Your contribution is hidden until a moderator reviews it', body: `${item('en', p).what} was reported by ${p.reports} participants: it is hidden until a moderator reviews it. You will be told of the decision.` }),
  },
  'moderation.merged': {
    fr: (p) => ({ subject: 'Votre proposition a été fusionnée', body: `Votre proposition « ${p.proposalTitle} » rejoint la proposition n° ${p.intoRef} « ${p.intoTitle} », qui disait la même chose. Vous en devenez co-auteur·e et les votes reçus l’y suivent (sauf pour les personnes qui avaient déjà voté sur celle-ci).${reasonLines('fr', { note: p.note })}` }),
    en: (p) => ({ subject: 'Your proposal was merged', body: `Your proposal “${p.proposalTitle}” joins proposal #${p.intoRef} “${p.intoTitle}”, which said the same. You become one of its co-authors and the votes it received follow it (except from people who had already voted on that one).${reasonLines('en', { note: p.note })}` }),
  },
  'moderation.merged-into': {
    fr: (p) => ({ subject: 'Une proposition a été fusionnée avec la vôtre', body: `La proposition n° ${p.fromRef} « ${p.fromTitle} » disait la même chose que la vôtre, « ${p.proposalTitle} » : elle y a été fusionnée. Ses auteur·e·s deviennent co-auteur·e·s de la vôtre.` }),
    en: (p) => ({ subject: 'A proposal was merged into yours', body: `Proposal #${p.fromRef} “${p.fromTitle}” said the same as yours, “${p.proposalTitle}”: it was merged into it. Its authors become co-authors of yours.` }),
  },
  'moderation.appeal-upheld': {
    fr: (p) => ({ subject: 'Votre appel a été examiné', body: `Votre appel concernant ${item('fr', p).what.replace(/^Votre/, 'votre')} a été examiné par une autre personne de la modération : la décision est maintenue.${reasonLines('fr', { note: p.note })}` }),
    en: (p) => ({ subject: 'Your appeal was reviewed', body: `Your appeal about ${item('en', p).what.replace(/^Your/, 'your')} was reviewed by another moderator: the decision stands.${reasonLines('en', { note: p.note })}` }),
  },
  'moderation.appeal-overturned': {
    fr: (p) => ({ subject: 'Votre appel est accepté', body: `Votre appel concernant ${item('fr', p).what.replace(/^Votre/, 'votre')} a été accepté par une autre personne de la modération : la décision est annulée et le texte est de nouveau publié.${reasonLines('fr', { note: p.note })}` }),
    en: (p) => ({ subject: 'Your appeal is upheld', body: `Your appeal about ${item('en', p).what.replace(/^Your/, 'your')} was accepted by another moderator: the decision is reversed and the text is published again.${reasonLines('en', { note: p.note })}` }),
  },
};

export function moderationMail(kind: ModerationNotificationKind, language: Language, input: ModerationMailInput): Mail {
  const { subject, body } = (TEXTS[kind][language] ?? TEXTS[kind].fr)(input.params);
  const hello = language === 'fr' ? `Bonjour ${input.name},` : `Hello ${input.name},`;
  return { template: kind, to: input.to, subject: `${subject} — Concordia`, text: `${hello}\n\n${body}\n\n${input.link}\n` };
}
