import type { Mirror } from '../i18n/mirror';

/** The notification centre: the header's bell and menu, the /notifications page, and each kind's words. */
export const NOTIFICATIONS_FR = {
  title: 'Notifications',
  heading: 'Mes notifications',
  menuTitle: 'Dernières notifications',
  bellNone: 'Notifications, aucune non lue',
  bellOne: 'Notifications, 1 non lue',
  bellMany: 'Notifications, {{count}} non lues',
  unreadPrefix: 'Non lue :',
  empty: 'Aucune notification pour le moment.',
  emptyPage: 'Aucune notification pour le moment. Vous serez prévenu·e ici des décisions qui concernent vos contributions.',
  markAll: 'Tout marquer comme lu',
  seeAll: 'Voir toutes les notifications',
  allRead: 'Toutes les notifications sont marquées comme lues.',
  markRead: 'Marquer comme lue',
  markedRead: 'Notification marquée comme lue.',
  new: 'Nouveau',
  unreadNone: 'Aucune notification non lue.',
  unreadOne: '1 notification non lue.',
  unreadMany: '{{count}} notifications non lues.',
  reason: 'Motif : {{reasonLabel}}.',
  milestone: 'Jalon : {{milestone}}.',
  decisions: {
    adopted: 'adoptée',
    adopted_with_amendments: 'adoptée avec amendements',
    not_adopted: 'non adoptée',
    out_of_scope: 'hors champ',
  },
  followUpStatus: {
    planned: 'prévue',
    in_progress: 'en cours',
    done: 'réalisée',
    abandoned: 'abandonnée',
  },
  kinds: {
    unknown: 'Vous avez une nouvelle notification.',
    moderation: {
      approved: {
        proposal: 'Votre proposition #{{proposalRef}} « {{proposalTitle}} » est publiée.',
        comment: 'Votre commentaire « {{commentExcerpt}} » sur la proposition #{{proposalRef}} est publié.',
      },
      rejected: {
        proposal: 'Votre proposition #{{proposalRef}} « {{proposalTitle}} » n’a pas été retenue par la modération.',
        comment: 'Votre commentaire « {{commentExcerpt}} » sur la proposition #{{proposalRef}} n’a pas été retenu par la modération.',
      },
      hidden: {
        proposal: 'Votre proposition #{{proposalRef}} « {{proposalTitle}} » a été masquée par la modération.',
        comment: 'Votre commentaire « {{commentExcerpt}} » sur la proposition #{{proposalRef}} a été masqué par la modération.',
      },
      'hidden-confirmed': {
        proposal: 'Votre proposition #{{proposalRef}} « {{proposalTitle}} » reste masquée : la modération a confirmé le masquage.',
        comment: 'Votre commentaire « {{commentExcerpt}} » sur la proposition #{{proposalRef}} reste masqué : la modération a confirmé le masquage.',
      },
      restored: {
        proposal: 'Votre proposition #{{proposalRef}} « {{proposalTitle}} » est de nouveau visible.',
        comment: 'Votre commentaire « {{commentExcerpt}} » sur la proposition #{{proposalRef}} est de nouveau visible.',
      },
      'hidden-by-reports': {
        proposal: 'Votre proposition #{{proposalRef}} « {{proposalTitle}} » est masquée après {{reports}} signalements, en attendant l’examen de la modération.',
        comment: 'Votre commentaire « {{commentExcerpt}} » sur la proposition #{{proposalRef}} est masqué après {{reports}} signalements, en attendant l’examen de la modération.',
      },
      'appeal-upheld': {
        proposal: 'Votre appel sur la proposition #{{proposalRef}} « {{proposalTitle}} » a été examiné : la décision est maintenue.',
        comment: 'Votre appel sur votre commentaire « {{commentExcerpt}} » (proposition #{{proposalRef}}) a été examiné : la décision est maintenue.',
      },
      'appeal-overturned': {
        proposal: 'Votre appel sur la proposition #{{proposalRef}} « {{proposalTitle}} » est accepté : la décision est annulée.',
        comment: 'Votre appel sur votre commentaire « {{commentExcerpt}} » (proposition #{{proposalRef}}) est accepté : la décision est annulée.',
      },
      merged: 'Votre proposition #{{proposalRef}} « {{proposalTitle}} » a été fusionnée avec la proposition #{{intoRef}} « {{intoTitle}} », dont vous devenez co-auteur·rice.',
      'merged-into': 'La proposition #{{fromRef}} « {{fromTitle}} » a été fusionnée avec votre proposition #{{proposalRef}} « {{proposalTitle}} ».',
    },
    outcome: {
      decision: 'Le comité a répondu à votre proposition #{{proposalRef}} « {{proposalTitle}} » ({{consultationTitle}}) : {{decisionLabel}}.',
    },
    outcomes: {
      published: 'Les décisions de la consultation « {{consultationTitle}} » sont publiées : {{adopted}} recommandation(s) adoptée(s) sur {{recommendations}}.',
    },
    'follow-up': {
      posted: 'Suivi de la proposition #{{proposalRef}} « {{proposalTitle}} » : mise en œuvre {{statusLabel}}, {{progress}} %.',
    },
    committee: {
      'review-opened': 'L’examen par le comité de la consultation « {{consultationTitle}} » est ouvert : {{proposals}} proposition(s) à examiner.',
      'rapporteur-assigned': 'Vous êtes désigné·e rapporteur·rice de la proposition #{{proposalRef}} « {{proposalTitle}} ».',
    },
  },
};

export const NOTIFICATIONS_EN: Mirror<typeof NOTIFICATIONS_FR> = {
  title: 'Notifications',
  heading: 'My notifications',
  menuTitle: 'Latest notifications',
  bellNone: 'Notifications, none unread',
  bellOne: 'Notifications, 1 unread',
  bellMany: 'Notifications, {{count}} unread',
  unreadPrefix: 'Unread:',
  empty: 'No notification yet.',
  emptyPage: 'No notification yet. This is where you will hear of decisions about your contributions.',
  markAll: 'Mark all as read',
  seeAll: 'See all notifications',
  allRead: 'All notifications are marked as read.',
  markRead: 'Mark as read',
  markedRead: 'Notification marked as read.',
  new: 'New',
  unreadNone: 'No unread notification.',
  unreadOne: '1 unread notification.',
  unreadMany: '{{count}} unread notifications.',
  reason: 'Reason: {{reasonLabel}}.',
  milestone: 'Milestone: {{milestone}}.',
  decisions: {
    adopted: 'adopted',
    adopted_with_amendments: 'adopted with amendments',
    not_adopted: 'not adopted',
    out_of_scope: 'out of scope',
  },
  followUpStatus: {
    planned: 'planned',
    in_progress: 'in progress',
    done: 'done',
    abandoned: 'abandoned',
  },
  kinds: {
    unknown: 'You have a new notification.',
    moderation: {
      approved: {
        proposal: 'Your proposal #{{proposalRef}} “{{proposalTitle}}” is published.',
        comment: 'Your comment “{{commentExcerpt}}” on proposal #{{proposalRef}} is published.',
      },
      rejected: {
        proposal: 'Your proposal #{{proposalRef}} “{{proposalTitle}}” was not accepted by the moderators.',
        comment: 'Your comment “{{commentExcerpt}}” on proposal #{{proposalRef}} was not accepted by the moderators.',
      },
      hidden: {
        proposal: 'Your proposal #{{proposalRef}} “{{proposalTitle}}” was hidden by the moderators.',
        comment: 'Your comment “{{commentExcerpt}}” on proposal #{{proposalRef}} was hidden by the moderators.',
      },
      'hidden-confirmed': {
        proposal: 'Your proposal #{{proposalRef}} “{{proposalTitle}}” stays hidden: the moderators confirmed the hiding.',
        comment: 'Your comment “{{commentExcerpt}}” on proposal #{{proposalRef}} stays hidden: the moderators confirmed the hiding.',
      },
      restored: {
        proposal: 'Your proposal #{{proposalRef}} “{{proposalTitle}}” is visible again.',
        comment: 'Your comment “{{commentExcerpt}}” on proposal #{{proposalRef}} is visible again.',
      },
      'hidden-by-reports': {
        proposal: 'Your proposal #{{proposalRef}} “{{proposalTitle}}” is hidden after {{reports}} reports, until the moderators review it.',
        comment: 'Your comment “{{commentExcerpt}}” on proposal #{{proposalRef}} is hidden after {{reports}} reports, until the moderators review it.',
      },
      'appeal-upheld': {
        proposal: 'Your appeal about proposal #{{proposalRef}} “{{proposalTitle}}” was reviewed: the decision stands.',
        comment: 'Your appeal about your comment “{{commentExcerpt}}” (proposal #{{proposalRef}}) was reviewed: the decision stands.',
      },
      'appeal-overturned': {
        proposal: 'Your appeal about proposal #{{proposalRef}} “{{proposalTitle}}” is granted: the decision is overturned.',
        comment: 'Your appeal about your comment “{{commentExcerpt}}” (proposal #{{proposalRef}}) is granted: the decision is overturned.',
      },
      merged: 'Your proposal #{{proposalRef}} “{{proposalTitle}}” was merged into proposal #{{intoRef}} “{{intoTitle}}”, of which you become a co-author.',
      'merged-into': 'Proposal #{{fromRef}} “{{fromTitle}}” was merged into your proposal #{{proposalRef}} “{{proposalTitle}}”.',
    },
    outcome: {
      decision: 'The committee answered your proposal #{{proposalRef}} “{{proposalTitle}}” ({{consultationTitle}}): {{decisionLabel}}.',
    },
    outcomes: {
      published: 'The decisions of the consultation “{{consultationTitle}}” are published: {{adopted}} of {{recommendations}} recommendation(s) adopted.',
    },
    'follow-up': {
      posted: 'Follow-up of proposal #{{proposalRef}} “{{proposalTitle}}”: implementation {{statusLabel}}, {{progress}}%.',
    },
    committee: {
      'review-opened': 'The committee review of the consultation “{{consultationTitle}}” is open: {{proposals}} proposal(s) to review.',
      'rapporteur-assigned': 'You are the rapporteur of proposal #{{proposalRef}} “{{proposalTitle}}”.',
    },
  },
};
