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
  'consultations.not-found': { fr: 'Cette consultation n’existe pas.', en: 'This consultation does not exist.' },
};

export function translate(key: string, language: Language, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[key]?.[language] ?? MESSAGES[key]?.fr ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
