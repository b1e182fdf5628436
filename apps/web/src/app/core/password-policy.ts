import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * The API's rule (libs/domain password-policy): length only, 12 to 256 characters counted as the
 * person sees them. Common or personal passwords are refused by the server, which says why.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function passwordLength(value: string): number {
  return [...value.normalize('NFC')].length;
}

export const passwordPolicy: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null => {
  const value = control.value ?? '';
  if (value === '') return null; // Validators.required reports an empty field.
  const length = passwordLength(value);
  if (length < PASSWORD_MIN_LENGTH) return { passwordTooShort: { length, min: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { passwordTooLong: { length, max: PASSWORD_MAX_LENGTH } };
  return null;
};

/** Required that a blank "   " does not satisfy (the API trims before checking). */
export const notBlank: ValidatorFn = (control: AbstractControl<string | null>): ValidationErrors | null =>
  (control.value ?? '').trim() === '' ? { required: true } : null;

/** Six digits, spaces tolerated ("123 456" as some apps show it). */
export const TOTP_CODE_PATTERN = /^\s*\d{3}\s?\d{3}\s*$/;

export function cleanTotpCode(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, '');
}
