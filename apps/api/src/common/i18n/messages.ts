import type { Language } from '@concordia/contracts';

type Catalogue = Record<string, Record<Language, string>>;

/** Every message a person may read from the API, in French first. `{name}` marks a parameter. */
export const MESSAGES: Catalogue = {
  'error.bad-request': { fr: 'La requête est invalide.', en: 'The request is invalid.' },
  'error.unauthorized': { fr: 'Vous devez être connecté·e.', en: 'You need to sign in.' },
  'error.forbidden': { fr: 'Vous n’avez pas le droit de faire cela.', en: 'You are not allowed to do this.' },
  'error.not-found': { fr: 'Cette ressource n’existe pas.', en: 'This resource does not exist.' },
  'error.conflict': { fr: 'Cette action entre en conflit avec l’état actuel.', en: 'This action conflicts with the current state.' },
  'error.too-many-requests': { fr: 'Trop de requêtes : réessayez dans un moment.', en: 'Too many requests: try again in a moment.' },
  'error.payload-too-large': { fr: 'La requête est trop volumineuse.', en: 'The request is too large.' },
  'error.unsupported-media-type': { fr: 'Le format envoyé n’est pas accepté (JSON attendu).', en: 'The format sent is not accepted (JSON expected).' },
  'error.internal': { fr: 'Une erreur inattendue s’est produite. Elle a été enregistrée.', en: 'An unexpected error occurred. It has been logged.' },
  'error.hostile-text': {
    fr: 'Le champ {field} contient un caractère de contrôle ou un caractère incomplet : retirez-le et réessayez.',
    en: 'The field {field} holds a control character or half a character: remove it and try again.',
  },
  'error.invalid-json': { fr: 'Le corps de la requête n’est pas du JSON valide.', en: 'The request body is not valid JSON.' },
  'error.validation': { fr: 'Certains champs sont invalides : {details}', en: 'Some fields are invalid: {details}' },
  'error.csrf': {
    fr: 'Jeton anti-falsification (CSRF) manquant ou invalide : rechargez la page et réessayez.',
    en: 'Missing or invalid anti-forgery (CSRF) token: reload the page and try again.',
  },

  'validation.isEmail': { fr: '{field} doit être une adresse e-mail valide', en: '{field} must be a valid e-mail address' },
  'validation.isString': { fr: '{field} doit être un texte', en: '{field} must be text' },
  'validation.isNotEmpty': { fr: '{field} est obligatoire', en: '{field} is required' },
  'validation.maxLength': { fr: '{field} doit contenir au plus {max} caractères', en: '{field} must be at most {max} characters long' },
  'validation.minLength': { fr: '{field} doit contenir au moins {min} caractères', en: '{field} must be at least {min} characters long' },
  'validation.isIn': { fr: '{field} n’a pas une valeur autorisée', en: '{field} does not have an allowed value' },
  'validation.isArray': { fr: '{field} doit être une liste', en: '{field} must be a list' },
  'validation.isInt': { fr: '{field} doit être un nombre entier', en: '{field} must be a whole number' },
  'validation.min': { fr: '{field} doit valoir au moins {min}', en: '{field} must be at least {min}' },
  'validation.max': { fr: '{field} doit valoir au plus {max}', en: '{field} must be at most {max}' },
  'validation.matches': { fr: '{field} n’a pas le format attendu', en: '{field} does not have the expected format' },
  'validation.isUUID': { fr: '{field} doit être un identifiant valide', en: '{field} must be a valid identifier' },
  'validation.isBoolean': { fr: '{field} doit valoir vrai ou faux', en: '{field} must be true or false' },
  'validation.whitelistValidation': { fr: 'le champ {field} n’est pas attendu', en: 'the field {field} is not expected' },
  'validation.default': { fr: '{field} est invalide', en: '{field} is invalid' },

  'auth.email-taken': {
    fr: 'Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou réinitialisez votre mot de passe.',
    en: 'An account already exists with this e-mail address. Sign in or reset your password.',
  },
  'auth.password-too-short': { fr: 'Le mot de passe doit contenir au moins 12 caractères.', en: 'The password must be at least 12 characters long.' },
  'auth.password-too-long': { fr: 'Le mot de passe doit contenir au plus 256 caractères.', en: 'The password must be at most 256 characters long.' },
  'auth.password-common': {
    fr: 'Ce mot de passe est trop courant : choisissez une phrase que vous seul·e connaissez.',
    en: 'This password is too common: choose a phrase only you know.',
  },
  'auth.password-personal': {
    fr: 'Le mot de passe ne doit pas reprendre votre adresse e-mail ou votre nom.',
    en: 'The password must not repeat your e-mail address or your name.',
  },
  'auth.bad-credentials': { fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'Incorrect e-mail address or password.' },
  'auth.email-not-verified': {
    fr: 'Confirmez d’abord votre adresse e-mail grâce au lien reçu. Vous pouvez demander un nouveau lien.',
    en: 'First confirm your e-mail address with the link you received. You can ask for a new link.',
  },
  'auth.login-throttled': {
    fr: 'Trop d’essais de connexion. Réessayez dans {seconds} secondes ou réinitialisez votre mot de passe.',
    en: 'Too many sign-in attempts. Try again in {seconds} seconds or reset your password.',
  },
  'auth.token-invalid': { fr: 'Ce lien n’est plus valable : demandez-en un nouveau.', en: 'This link is no longer valid: ask for a new one.' },
  'auth.totp-invalid': { fr: 'Code de vérification incorrect ou expiré.', en: 'Incorrect or expired verification code.' },
  'auth.totp-not-pending': { fr: 'Aucune connexion n’attend de code de vérification.', en: 'No sign-in is waiting for a verification code.' },
  'auth.totp-no-enrolment': { fr: 'Commencez par générer un secret d’authentification.', en: 'First generate an authenticator secret.' },
  'auth.totp-required-for-staff': {
    fr: 'Les comptes de l’équipe (modération, comité, administration) doivent garder la double authentification.',
    en: 'Staff accounts (moderation, committee, administration) must keep two-factor authentication.',
  },
  'auth.second-factor-required': {
    fr: 'Cette action est réservée à l’équipe et demande la double authentification (TOTP). Activez-la dans « Mon compte ».',
    en: 'This action is for staff and requires two-factor authentication (TOTP). Enable it under “My account”.',
  },
  'auth.wrong-password': { fr: 'Le mot de passe actuel est incorrect.', en: 'The current password is incorrect.' },
  'auth.session-not-found': { fr: 'Cette session n’existe pas ou est déjà terminée.', en: 'This session does not exist or has already ended.' },
  'auth.account-blocked': {
    fr: 'Ce compte est bloqué : vous pouvez lire mais pas écrire.',
    en: 'This account is blocked: you can read but not write.',
  },
  'accounts.not-found': { fr: 'Ce compte n’existe pas.', en: 'This account does not exist.' },
  'accounts.last-admin': {
    fr: 'Impossible de retirer le rôle d’administration au dernier administrateur.',
    en: 'The last administrator cannot lose the administrator role.',
  },
  // Privacy: export and erasure (issue 8).
  'privacy.wrong-password': {
    fr: 'Mot de passe incorrect : le compte n’a pas été supprimé.',
    en: 'Incorrect password: the account has not been deleted.',
  },
  'privacy.totp-required': {
    fr: 'Indiquez aussi le code de votre application d’authentification pour supprimer ce compte.',
    en: 'Also give the code from your authenticator app to delete this account.',
  },
  'privacy.last-admin': {
    fr: 'Impossible d’effacer le dernier compte administrateur : nommez d’abord un autre administrateur.',
    en: 'The last administrator account cannot be erased: appoint another administrator first.',
  },
  'notifications.not-found': { fr: 'Cette notification n’existe pas.', en: 'This notification does not exist.' },
  'consultations.not-found': { fr: 'Cette consultation n’existe pas.', en: 'This consultation does not exist.' },
  // Consultations, eligibility, proposals and comments (issue 3).
  'validation.isObject': { fr: '{field} doit être un objet', en: '{field} must be an object' },
  'validation.isISO8601': { fr: '{field} doit être une date ISO 8601', en: '{field} must be an ISO 8601 date' },
  'validation.arrayUnique': { fr: '{field} ne doit pas contenir de doublons', en: '{field} must not contain duplicates' },
  'validation.arrayMaxSize': { fr: '{field} doit contenir au plus {max} éléments', en: '{field} must contain at most {max} items' },
  'validation.settings-unknown-value': { fr: '{field} n’a pas une valeur autorisée', en: '{field} does not have an allowed value' },
  'validation.settings-no-postcodes': {
    fr: '{field} : indiquez au moins un code postal pour une consultation réservée aux habitant·e·s',
    en: '{field}: give at least one postcode for a residents-only consultation',
  },
  'validation.settings-invalid-postcode': { fr: '{field} : chaque code postal doit avoir 5 chiffres', en: '{field}: each postcode must have 5 digits' },
  'validation.settings-duplicate-postcode': { fr: '{field} : un code postal est répété', en: '{field}: a postcode is repeated' },
  'validation.settings-invalid-number': { fr: '{field} doit être un nombre entier positif', en: '{field} must be a positive whole number' },
  'validation.settings-needs-support-voting': { fr: '{field} ne s’applique qu’au vote par soutien', en: '{field} only applies to support voting' },
  'validation.settings-needs-majority-judgment': { fr: '{field} ne s’applique qu’au jugement majoritaire', en: '{field} only applies to majority judgment' },
  'validation.settings-grade-off-scale': { fr: '{field} doit être une mention de l’échelle', en: '{field} must be a grade on the scale' },
  'validation.settings-invalid-scale': {
    fr: '{field} doit compter de 3 à 7 mentions nommées, différentes, en français et en anglais',
    en: '{field} must have 3 to 7 distinct named grades, in French and English',
  },
  'validation.schedule-invalid-date': { fr: '{field} n’est pas une date valide', en: '{field} is not a valid date' },
  'validation.schedule-not-after-previous': {
    fr: '{field} doit être postérieure au début de la phase précédente',
    en: '{field} must come after the start of the previous phase',
  },
  'participants.deleted': { fr: 'Participant·e supprimé·e', en: 'Deleted participant' },
  'consultations.slug-taken': { fr: 'Cette adresse (slug) est déjà utilisée par une autre consultation.', en: 'This address (slug) is already used by another consultation.' },
  'consultations.settings-locked': {
    fr: 'Les réglages ne peuvent plus changer une fois le vote ouvert : les votes déjà exprimés en dépendent.',
    en: 'Settings can no longer change once voting has opened: the ballots already cast depend on them.',
  },
  'consultations.rules-frozen': {
    fr: 'Des votes ont déjà été exprimés : les règles du vote ne peuvent plus changer ({fields}).',
    en: 'Ballots have already been cast: the rules of the vote can no longer change ({fields}).',
  },
  'consultations.phase-ballots-cast': {
    fr: 'Des votes ont déjà été exprimés : la consultation ne peut plus revenir avant le vote.',
    en: 'Ballots have already been cast: the consultation can no longer go back to before voting.',
  },
  'consultations.theme-in-use': {
    fr: 'Le thème « {theme} » est utilisé par des propositions : il ne peut pas être retiré.',
    en: 'The theme “{theme}” is used by proposals: it cannot be removed.',
  },
  'consultations.phase-same-phase': { fr: 'La consultation est déjà dans cette phase.', en: 'The consultation is already in this phase.' },
  'consultations.phase-skips-phases': {
    fr: 'Impossible de sauter une phase : avancez (ou reculez) d’une phase à la fois.',
    en: 'Phases cannot be skipped: move one phase at a time.',
  },
  'consultations.phase-outcomes-published': {
    fr: 'Les résultats sont publiés : la consultation ne peut plus revenir en arrière.',
    en: 'The outcomes are published: the consultation can no longer go back.',
  },
  'consultations.phase-backward-needs-admin': { fr: 'Seul·e un·e administrateur·rice peut revenir à une phase précédente.', en: 'Only an administrator can go back to a previous phase.' },
  'consultations.phase-outcomes-need-chair': {
    fr: 'La publication des résultats revient à la présidence du comité, pas à l’administration.',
    en: 'Publishing the outcomes is for the committee chair, not the administrators.',
  },
  'consultations.phase-chair-only-publishes': { fr: 'La présidence du comité ne peut que publier les résultats.', en: 'The committee chair can only publish the outcomes.' },
  'consultations.phase-secret-results-revealed': {
    fr: 'Le vote était secret et ses résultats sont descellés : il ne peut pas être rouvert.',
    en: 'The vote was secret and its results are unsealed: it cannot be reopened.',
  },
  'consultations.phase-changed': {
    fr: 'La phase vient de changer : rechargez la consultation et réessayez.',
    en: 'The phase has just changed: reload the consultation and try again.',
  },
  'consultations.join-not-needed': {
    fr: 'Cette consultation est ouverte à tout compte vérifié : inutile de la rejoindre.',
    en: 'This consultation is open to any verified account: there is no need to join it.',
  },
  'consultations.postcode-required': { fr: 'Indiquez votre code postal (5 chiffres).', en: 'Give your postcode (5 digits).' },
  'consultations.postcode-outside': {
    fr: 'Ce code postal ne fait pas partie du territoire de cette consultation.',
    en: 'This postcode is not part of this consultation’s area.',
  },
  'consultations.code-required': { fr: 'Indiquez votre code d’invitation.', en: 'Give your invitation code.' },
  'consultations.code-invalid': { fr: 'Ce code d’invitation n’est pas valable pour cette consultation.', en: 'This invitation code is not valid for this consultation.' },
  'consultations.code-used': { fr: 'Ce code d’invitation a déjà été utilisé.', en: 'This invitation code has already been used.' },
  'consultations.codes-panel-only': {
    fr: 'Les codes d’invitation ne servent qu’aux consultations réservées à un panel.',
    en: 'Invitation codes are only for panel consultations.',
  },
  'consultations.scheduler-at-refused': {
    fr: 'Une date simulée n’est acceptée qu’en développement et en test.',
    en: 'A simulated date is only accepted in development and tests.',
  },
  'participation.sign-in': { fr: 'Connectez-vous pour participer.', en: 'Sign in to take part.' },
  'participation.blocked': { fr: 'Ce compte est bloqué : vous pouvez lire mais pas participer.', en: 'This account is blocked: you can read but not take part.' },
  'participation.join-residents': {
    fr: 'Cette consultation est réservée aux habitant·e·s du territoire : indiquez votre code postal pour participer.',
    en: 'This consultation is for residents of the area: give your postcode to take part.',
  },
  'participation.join-panel': {
    fr: 'Cette consultation est réservée à un panel : saisissez votre code d’invitation pour participer.',
    en: 'This consultation is for a panel: enter your invitation code to take part.',
  },
  'participation.phase-closed': { fr: 'La phase actuelle de la consultation n’ouvre aucune participation.', en: 'The consultation’s current phase is not open to participation.' },
  'participation.propose-closed': {
    fr: 'Les propositions ne sont pas ouvertes dans la phase actuelle de cette consultation.',
    en: 'Proposals are not open in this consultation’s current phase.',
  },
  'participation.edit-closed': {
    fr: 'Les propositions ne peuvent être modifiées que pendant la phase de propositions.',
    en: 'Proposals can only be changed while proposals are open.',
  },
  'participation.comment-closed': {
    fr: 'Les commentaires ne sont pas ouverts dans la phase actuelle de cette consultation.',
    en: 'Comments are not open in this consultation’s current phase.',
  },
  'participation.vote-closed': {
    fr: 'Le vote n’est pas ouvert dans la phase actuelle de cette consultation.',
    en: 'Voting is not open in this consultation’s current phase.',
  },
  'proposals.not-found': { fr: 'Cette proposition n’existe pas.', en: 'This proposal does not exist.' },
  'proposals.theme-unknown': { fr: 'Ce thème ne fait pas partie des thèmes de la consultation.', en: 'This theme is not one of the consultation’s themes.' },
  'proposals.not-author': {
    fr: 'Seul·e·s les auteur·rice·s de cette proposition peuvent la modifier.',
    en: 'Only the authors of this proposal can change it.',
  },
  'proposals.first-author-only': {
    fr: 'Seul·e l’auteur·rice principal·e de cette proposition peut faire cela.',
    en: 'Only the first author of this proposal can do this.',
  },
  'proposals.not-editable': {
    fr: 'Cette proposition ne peut plus être modifiée dans son état actuel.',
    en: 'This proposal can no longer be changed in its current state.',
  },
  'proposals.not-submittable': { fr: 'Seul un brouillon ou une proposition refusée peut être soumis.', en: 'Only a draft or a rejected proposal can be submitted.' },
  'proposals.not-withdrawable': { fr: 'Cette proposition ne peut plus être retirée.', en: 'This proposal can no longer be withdrawn.' },
  'proposals.not-submitted': { fr: 'Seule une proposition soumise attend une décision.', en: 'Only a submitted proposal awaits a decision.' },
  'proposals.version-not-found': { fr: 'Cette version de la proposition n’existe pas.', en: 'This version of the proposal does not exist.' },
  'proposals.sort-sealed': {
    fr: 'Le vote est secret : ce tri, qui révélerait les résultats, n’est disponible qu’après la clôture du vote.',
    en: 'The vote is secret: this sort would reveal the results, so it is only available after voting closes.',
  },
  'proposals.sort-not-for-method': {
    fr: 'Ce tri ne correspond pas au mode de vote de la consultation.',
    en: 'This sort does not match the consultation’s voting method.',
  },
  'proposals.coauthor-self': { fr: 'Vous êtes déjà auteur·rice de cette proposition.', en: 'You are already an author of this proposal.' },
  'proposals.invitation-not-found': { fr: 'Aucune invitation de co-écriture ne vous attend pour cette proposition.', en: 'No co-author invitation awaits you for this proposal.' },
  'comments.not-found': { fr: 'Ce commentaire n’existe pas.', en: 'This comment does not exist.' },
  'comments.too-deep': {
    fr: 'Les réponses s’arrêtent au troisième niveau : répondez plutôt au commentaire parent.',
    en: 'Replies stop at the third level: reply to the parent comment instead.',
  },
  'comments.parent-unavailable': { fr: 'Le commentaire auquel vous répondez n’est plus disponible.', en: 'The comment you are replying to is no longer available.' },
  'comments.not-yours': { fr: 'Vous ne pouvez modifier ou supprimer que vos propres commentaires.', en: 'You can only change or delete your own comments.' },
  'comments.proposal-not-public': {
    fr: 'On ne peut commenter qu’une proposition publiée.',
    en: 'Only a published proposal can be commented on.',
  },
  // Votes, results and the revision round (issue 3, votes).
  'votes.proposal-not-found': { fr: 'Cette proposition n’existe pas ou n’est pas publiée.', en: 'This proposal does not exist or is not published.' },
  'votes.not-open-yet': {
    fr: 'Le vote n’est pas encore ouvert dans cette consultation : revenez pendant la phase de vote.',
    en: 'Voting is not open yet in this consultation: come back during the voting phase.',
  },
  'votes.closed': { fr: 'Le vote est clos dans cette consultation : aucun bulletin ne peut plus être déposé, changé ou retiré.', en: 'Voting is closed in this consultation: ballots can no longer be cast, changed or retracted.' },
  'votes.proposal-not-votable': {
    fr: 'Cette proposition ne reçoit pas de vote dans son état actuel (retirée, fusionnée, remplacée ou en examen).',
    en: 'This proposal takes no votes in its current state (withdrawn, merged, superseded or under review).',
  },
  'votes.round-closed': {
    fr: 'Cette proposition appartient à un tour de vote terminé : seules les propositions du tour {round} reçoivent des votes.',
    en: 'This proposal belongs to a finished voting round: only proposals of round {round} take votes.',
  },
  'votes.wrong-ballot': {
    fr: 'Ce bulletin ne correspond pas au mode de scrutin de la consultation. Envoyez : {expected}',
    en: 'This ballot does not match the consultation’s voting method. Send: {expected}',
  },
  'votes.grade-off-scale': {
    fr: 'La mention {grade} n’existe pas sur l’échelle de cette consultation (de 1 à {max}, ou « sans avis »).',
    en: 'Grade {grade} is not on this consultation’s scale (1 to {max}, or “no opinion”).',
  },
  'votes.support-cap-reached': {
    fr: 'Vous avez déjà donné vos {cap} soutiens dans cette consultation : retirez-en un pour en donner un autre.',
    en: 'You have already given your {cap} supports in this consultation: withdraw one to give another.',
  },
  'votes.secret-already-voted': {
    fr: 'Vous avez déjà voté sur cette proposition : un bulletin secret est définitif.',
    en: 'You have already voted on this proposal: a secret ballot is final.',
  },
  'votes.secret-final': {
    fr: 'Un bulletin secret est définitif : il ne peut être ni changé ni retiré.',
    en: 'A secret ballot is final: it can be neither changed nor retracted.',
  },
  'votes.results-sealed': {
    fr: 'Les résultats d’un vote à bulletin secret restent scellés jusqu’à la clôture du vote, pour tout le monde, administration comprise.',
    en: 'The results of a secret ballot stay sealed until voting closes, for everyone, administrators included.',
  },
  'votes.ballot-key-mismatch': {
    fr: 'Le vote ne peut pas être clos : la clé des bulletins secrets (BALLOT_KEY) n’est pas celle qui les a scellés. Rétablissez la clé d’origine ; aucun bulletin n’est perdu.',
    en: 'Voting cannot close: the secret ballot key (BALLOT_KEY) is not the one that sealed the ballots. Restore the original key; no ballot is lost.',
  },
  'votes.tracker-invalid': {
    fr: 'Ce suivi de bulletin n’a pas la bonne forme : 16 caractères, par exemple 7KQ2-M9XD-4T1B-HC8W.',
    en: 'This ballot tracker is not well formed: 16 characters, for example 7KQ2-M9XD-4T1B-HC8W.',
  },
  'votes.no-trackers': {
    fr: 'Cette consultation vote à bulletin ouvert : elle n’a pas de suivi de bulletins secrets.',
    en: 'This consultation uses open ballots: it has no secret ballot trackers.',
  },
  'votes.round-not-found': { fr: 'Ce tour de vote n’existe pas (tours 1 à {max}).', en: 'This voting round does not exist (rounds 1 to {max}).' },
  'votes.revision-needs-majority-judgment': {
    fr: 'Le tour de révision n’existe qu’au jugement majoritaire.',
    en: 'A revision round only exists with majority judgment.',
  },
  'votes.revision-disabled': {
    fr: 'Cette consultation n’a pas de tour de révision : aucun seuil de révision n’est configuré.',
    en: 'This consultation has no revision round: no revision threshold is set.',
  },
  'votes.revision-voting-not-closed': {
    fr: 'Un tour de révision commence une fois le vote clos, pendant l’examen par le comité.',
    en: 'A revision round starts once voting has closed, during the committee review.',
  },
  'votes.revision-outcomes-published': {
    fr: 'Les réponses du comité sont publiées : plus aucun tour de révision n’est possible.',
    en: 'The committee’s responses are published: no revision round is possible any more.',
  },
  'votes.nothing-to-revise': {
    fr: 'Aucune proposition n’a une mention majoritaire au niveau du seuil de révision ({threshold}) ou en dessous : pas de tour de révision.',
    en: 'No proposal has a majority grade at or below the revision threshold ({threshold}): no revision round.',
  },
  'votes.revision-not-author': {
    fr: 'Seul·e·s les auteur·e·s de la proposition peuvent en envoyer une nouvelle version.',
    en: 'Only the proposal’s authors may send a new version of it.',
  },
  'votes.revision-not-requested': {
    fr: 'Aucune nouvelle version n’est attendue pour cette proposition, ou elle a déjà été envoyée.',
    en: 'No new version is expected for this proposal, or it has already been sent.',
  },
  'votes.revision-round-over': {
    fr: 'Le tour de révision de cette proposition est terminé : une nouvelle version n’est plus acceptée.',
    en: 'This proposal’s revision round is over: a new version is no longer accepted.',
  },
  // Moderation (issue 4): queue, decisions, reports, appeals, merges.
  'moderation.not-your-consultation': {
    fr: 'Vous ne modérez pas cette consultation : seul·e·s les modérateur·rice·s, les administrateur·rice·s et les membres de son comité le peuvent.',
    en: 'You do not moderate this consultation: only moderators, administrators and members of its committee may.',
  },
  'moderation.reason-required': {
    fr: 'Choisissez un motif de la charte (hors sujet, propos offensants, données personnelles, doublon, spam ou autre).',
    en: 'Choose a reason from the charter (off-topic, offensive, personal data, duplicate, spam or other).',
  },
  'moderation.reason-not-expected': {
    fr: 'Approuver ou rétablir ne prend pas de motif : laissez seulement une note si besoin.',
    en: 'Approving or restoring takes no reason: leave only a note if needed.',
  },
  'moderation.note-required-for-other': {
    fr: 'Avec le motif « autre », écrivez en quelques mots la raison : elle sera transmise à l’auteur·e.',
    en: 'With the reason “other”, write the reason in a few words: it will be sent to the author.',
  },
  'moderation.target-not-found': { fr: 'Ce contenu n’existe pas ou n’est pas visible.', en: 'This content does not exist or is not visible.' },
  'moderation.own-content': {
    fr: 'Vous ne pouvez pas modérer votre propre contribution : une autre personne de la modération s’en chargera.',
    en: 'You may not moderate your own contribution: another moderator will.',
  },
  'moderation.decision-not-applicable': {
    fr: 'Cette décision ne s’applique pas à un contenu dans l’état « {state} » : il a peut-être déjà été traité.',
    en: 'This decision does not apply to content in the state “{state}”: it may already have been handled.',
  },
  'moderation.report-own-content': {
    fr: 'Vous ne pouvez pas signaler votre propre contribution : modifiez-la ou retirez-la.',
    en: 'You may not report your own contribution: edit or withdraw it instead.',
  },
  'moderation.already-reported': { fr: 'Vous avez déjà signalé ce contenu : un signalement par personne suffit.', en: 'You have already reported this content: one report per person is enough.' },
  'moderation.decision-not-found': { fr: 'Cette décision de modération n’existe pas.', en: 'This moderation decision does not exist.' },
  'moderation.appeal-not-author': { fr: 'Seul·e·s les auteur·e·s du contenu peuvent faire appel de cette décision.', en: 'Only the content’s authors may appeal this decision.' },
  'moderation.already-appealed': { fr: 'Cette décision a déjà fait l’objet d’un appel : un seul appel par décision.', en: 'This decision has already been appealed: one appeal per decision.' },
  'moderation.not-appealable': {
    fr: 'On ne fait appel que d’un refus ou d’un masquage.',
    en: 'Only a rejection or a hiding can be appealed.',
  },
  'moderation.decision-superseded': {
    fr: 'Cette décision n’est plus en vigueur (le contenu a été modifié, soumis à nouveau ou décidé depuis) : il n’y a plus lieu d’en faire appel.',
    en: 'This decision no longer stands (the content was edited, resubmitted or decided since): there is nothing left to appeal.',
  },
  'moderation.appeal-not-found': { fr: 'Cet appel n’existe pas.', en: 'This appeal does not exist.' },
  'moderation.appeal-own-decision': {
    fr: 'Vous avez pris la décision contestée : une autre personne de la modération ou un·e administrateur·rice doit examiner cet appel.',
    en: 'You made the decision under appeal: another moderator or an administrator must review this appeal.',
  },
  'moderation.appeal-is-party': {
    fr: 'Vous êtes auteur·e du contenu concerné : vous ne pouvez pas décider de cet appel.',
    en: 'You are an author of the content concerned: you may not decide this appeal.',
  },
  'moderation.appeal-already-decided': { fr: 'Cet appel a déjà été examiné.', en: 'This appeal has already been decided.' },
  'moderation.merge-same': { fr: 'Une proposition ne peut pas être fusionnée avec elle-même.', en: 'A proposal cannot be merged into itself.' },
  'moderation.merge-other-consultation': {
    fr: 'Les deux propositions doivent appartenir à la même consultation.',
    en: 'Both proposals must belong to the same consultation.',
  },
  'moderation.merge-different-round': {
    fr: 'Les deux propositions doivent être du même tour de vote.',
    en: 'Both proposals must be in the same voting round.',
  },
  'moderation.merge-source-state': {
    fr: 'Seule une proposition soumise, publiée ou masquée peut être fusionnée dans une autre.',
    en: 'Only a submitted, published or hidden proposal can be merged into another.',
  },
  'moderation.merge-target-state': {
    fr: 'Une proposition ne peut être fusionnée que dans une proposition publiée.',
    en: 'A proposal can only be merged into a published proposal.',
  },
  'moderation.merge-voting-closed': {
    fr: 'Le vote est clos : fusionner changerait des résultats déjà arrêtés.',
    en: 'Voting is closed: merging would change results already settled.',
  },
  'moderation.merge-secret-overlap': {
    fr: 'Des participant·e·s ont voté à bulletin secret sur les deux propositions : leur bulletin anonyme ne peut pas être distingué, la fusion compterait leur voix deux fois. Refusez plutôt la proposition comme doublon.',
    en: 'Some participants cast secret ballots on both proposals: their anonymous ballots cannot be told apart, so merging would count them twice. Reject the proposal as a duplicate instead.',
  },
  'moderation.merge-secret-mismatch': {
    fr: 'Le registre de vote et l’urne de cette proposition ne concordent pas : la fusion est refusée pour ne pas fausser les résultats.',
    en: 'This proposal’s voting register and ballot box do not match: the merge is refused so as not to distort the results.',
  },
  'comments.proposal-merged': {
    fr: 'Cette proposition a été fusionnée dans une autre : commentez plutôt celle-ci.',
    en: 'This proposal was merged into another: comment on that one instead.',
  },
};

export function translate(key: string, language: Language, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[key]?.[language] ?? MESSAGES[key]?.fr ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

// Committee, outcomes and follow-up (issue 5), added to the catalogue in one block.
Object.assign(MESSAGES, {
  'committee.members-only': {
    fr: 'Réservé aux membres du comité de cette consultation (et, en lecture, à l’administration).',
    en: 'For members of this consultation’s committee only (and, to read, administrators).',
  },
  'committee.chair-only': { fr: 'Seule la présidence du comité peut faire cela.', en: 'Only the committee’s chair can do this.' },
  'committee.review-not-now': {
    fr: 'L’examen par le comité n’est pas en cours pour cette consultation (phase « examen par le comité »).',
    en: 'The committee review is not under way for this consultation (phase “committee review”).',
  },
  'committee.no-chair': {
    fr: 'Le comité de cette consultation n’a pas encore de présidence : l’administration doit d’abord en désigner une.',
    en: 'This consultation’s committee has no chair yet: an administrator must appoint one first.',
  },
  'committee.proposal-not-found': { fr: 'Cette proposition n’existe pas.', en: 'This proposal does not exist.' },
  'committee.not-under-review': { fr: 'Cette proposition n’est pas examinée par le comité.', en: 'This proposal is not under committee review.' },
  'committee.no-ballot': { fr: 'Vous n’avez pas encore voté sur cette proposition.', en: 'You have not voted on this proposal yet.' },
  'committee.ballots-sealed': {
    fr: 'Les bulletins du comité restent scellés jusqu’à la clôture du vote par la présidence : chacun·e ne voit que le sien.',
    en: 'Committee ballots stay sealed until the chair closes the vote: each member sees only their own.',
  },
  'committee.vote-closed': { fr: 'Le vote du comité sur cette proposition est clos.', en: 'The committee vote on this proposal is closed.' },
  'committee.all-recused': {
    fr: 'Tous les membres se sont récusés : le vote ne peut pas être clos. L’administration peut compléter le comité.',
    en: 'Every member is recused: the vote cannot be closed. An administrator may add members to the committee.',
  },
  'committee.quorum-missing': {
    fr: 'Quorum non atteint : {voted} membre(s) sur {eligible} non récusé(s) ont voté, il en faut au moins {required}. Il manque {missing} bulletin(s) (une abstention compte comme présente).',
    en: 'Quorum not reached: {voted} of {eligible} members not recused have voted, at least {required} are needed. {missing} ballot(s) missing (an abstention counts as present).',
  },
  'committee.ballot-shape': { fr: 'Bulletin invalide pour ce comité. Envoyez : {expected}', en: 'Invalid ballot for this committee. Send: {expected}' },
  'committee.grade-off-scale': { fr: 'La mention {grade} n’existe pas : choisissez de 1 à {max}.', en: 'Grade {grade} does not exist: choose from 1 to {max}.' },
  'committee.note-not-found': { fr: 'Cette note n’existe pas.', en: 'This note does not exist.' },
  'committee.note-not-yours': { fr: 'Seul·e l’auteur·e d’une note peut la modifier ou la supprimer.', en: 'Only a note’s author may edit or delete it.' },
  'committee.no-response': { fr: 'Aucune réponse officielle n’a encore été rédigée pour cette proposition.', en: 'No official response has been drafted for this proposal yet.' },
  'committee.response-published': { fr: 'Cette réponse officielle est publiée : elle ne peut plus changer.', en: 'This official response is published: it can no longer change.' },
  'committee.response-stale': {
    fr: 'Un autre membre a modifié cette réponse entre-temps (version {revision}) : rechargez-la avant d’enregistrer.',
    en: 'Another member changed this response meanwhile (revision {revision}): reload it before saving.',
  },
  'committee.rapporteur-not-member': { fr: 'Le rapporteur ou la rapporteuse doit être membre du comité.', en: 'The rapporteur must be a member of the committee.' },
  'committee.roster-locked': {
    fr: 'Les réponses sont publiées : la composition du comité qui les a décidées ne change plus.',
    en: 'The responses are published: the committee that decided them can no longer change.',
  },
  'committee.member-twice': { fr: 'Une même personne figure deux fois dans le comité.', en: 'The same person appears twice in the committee.' },
  'committee.one-chair': { fr: 'Le comité doit avoir exactement une présidence.', en: 'The committee must have exactly one chair.' },
  'committee.member-not-found': { fr: 'Le compte {id} n’existe pas.', en: 'Account {id} does not exist.' },
  'committee.member-not-committee': {
    fr: '{name} n’a pas le rôle « comité » : donnez-le-lui d’abord dans la gestion des comptes.',
    en: '{name} does not hold the “committee” role: grant it first in account management.',
  },
  'committee.settings-locked': {
    fr: 'Des bulletins ont déjà été déposés selon ces règles : elles ne peuvent plus changer.',
    en: 'Ballots have already been cast under these rules: they can no longer change.',
  },
  'outcomes.not-published': { fr: 'Les résultats de cette consultation ne sont pas encore publiés.', en: 'The outcomes of this consultation are not published yet.' },
  'outcomes.already-published': { fr: 'Les réponses de cette consultation sont déjà publiées.', en: 'The responses of this consultation are already published.' },
  'outcomes.not-now': {
    fr: 'Les réponses se publient à la fin de l’examen par le comité, pas dans la phase actuelle.',
    en: 'Responses are published at the end of the committee review, not in the current phase.',
  },
  'outcomes.review-not-opened': { fr: 'L’examen par le comité n’a pas encore été ouvert.', en: 'The committee review has not been opened yet.' },
  'outcomes.missing-responses': {
    fr: 'Publication impossible : {count} proposition(s) examinée(s) ne sont pas prêtes : {list}.',
    en: 'Cannot publish: {count} reviewed proposal(s) are not ready: {list}.',
  },
  'outcomes.problem.vote-open': { fr: 'vote du comité non clos', en: 'committee vote not closed' },
  'outcomes.problem.no-response': { fr: 'aucune réponse officielle', en: 'no official response' },
  'outcomes.problem.empty-opinion': { fr: 'avis motivé vide', en: 'empty reasoned opinion' },
  'outcomes.problem.amended-text-missing': { fr: 'texte amendé manquant', en: 'amended text missing' },
  'outcomes.problem.amended-text-unexpected': { fr: 'texte amendé sans décision d’amendement', en: 'amended text without an amending decision' },
  'outcomes.problem.decision-mismatch': { fr: 'décision contraire au vote du comité', en: 'decision contrary to the committee vote' },
  'follow-up.proposal-not-found': { fr: 'Cette recommandation n’existe pas.', en: 'This recommendation does not exist.' },
  'follow-up.not-published': { fr: 'La réponse à cette recommandation n’est pas encore publiée.', en: 'The response to this recommendation is not published yet.' },
  'follow-up.not-adopted': { fr: 'Seules les recommandations adoptées ont un suivi.', en: 'Only adopted recommendations have a follow-up.' },
  'follow-up.closed': { fr: 'Cette consultation est close : son suivi est terminé.', en: 'This consultation is closed: its follow-up is over.' },
  'follow-up.unknown-status': { fr: 'Statut de suivi inconnu.', en: 'Unknown follow-up status.' },
  'follow-up.reason-required': { fr: 'Abandonner une recommandation adoptée demande un motif public.', en: 'Abandoning an adopted recommendation needs a public reason.' },
  'follow-up.progress-range': { fr: 'L’avancement est un nombre entier de 0 à 100.', en: 'Progress is a whole number from 0 to 100.' },
  'follow-up.done-needs-full-progress': { fr: 'Une recommandation réalisée est avancée à 100 %.', en: 'A recommendation that is done is at 100 %.' },
  'validation.isNumber': { fr: '{field} doit être un nombre', en: '{field} must be a number' },
  'demographics.census-unknown-category': {
    fr: 'Parts du recensement ({dimension}) : une catégorie n’existe pas dans la liste de cette question.',
    en: 'Census shares ({dimension}): a category is not in this question’s list.',
  },
  'demographics.census-duplicate-category': {
    fr: 'Parts du recensement ({dimension}) : une catégorie figure deux fois.',
    en: 'Census shares ({dimension}): a category appears twice.',
  },
  'demographics.census-share-range': {
    fr: 'Parts du recensement ({dimension}) : chaque part est comprise entre 0 et 1.',
    en: 'Census shares ({dimension}): each share is between 0 and 1.',
  },
  'demographics.census-sum': {
    fr: 'Parts du recensement ({dimension}) : leur somme doit valoir 1 (à 0,01 près).',
    en: 'Census shares ({dimension}): they must add up to 1 (within 0.01).',
  },
} satisfies Catalogue);
