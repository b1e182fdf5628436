import { Injectable } from '@angular/core';

/**
 * A message for the next page, shown once ("Your proposal is submitted." after the editor), and
 * not again on reload, as navigation state or a query parameter would be.
 */
@Injectable({ providedIn: 'root' })
export class Flash {
  private message: string | null = null;

  set(message: string): void {
    this.message = message;
  }

  take(): string | null {
    const message = this.message;
    this.message = null;
    return message;
  }
}
