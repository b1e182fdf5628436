import { AbstractControl, FormArray, FormGroup } from '@angular/forms';

/**
 * The server's field messages ("server" errors) stay on their controls until the value changes;
 * before sending again, drop them (the server says again what is still wrong), so that a field the
 * person has hidden meanwhile (another option chosen) does not keep the form invalid.
 */
export function clearServerErrors(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach((child: AbstractControl) => clearServerErrors(child));
  }
  if (control.hasError('server')) control.updateValueAndValidity({ onlySelf: false, emitEvent: false });
}
