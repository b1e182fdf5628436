import { Injectable, signal } from '@angular/core';

/** A ballot tracker kept on this device, with what is needed to check it later. */
export interface RememberedTracker {
  tracker: string;
  slug: string;
  title: string;
}

export const TRACKERS_STORAGE_KEY = 'concordia.ballotTrackers';

/**
 * Ballot trackers remembered on this device only (localStorage, proposal id → tracker): the server
 * keeps no link between a voter and their tracker, so this is the only copy besides the voter's own.
 */
@Injectable({ providedIn: 'root' })
export class TrackerStore {
  private readonly entries = signal<Record<string, RememberedTracker>>(read());
  readonly all = this.entries.asReadonly();

  get(proposalId: string): RememberedTracker | null {
    return this.entries()[proposalId] ?? null;
  }

  forSlug(slug: string): RememberedTracker[] {
    return Object.values(this.entries()).filter((entry) => entry.slug === slug);
  }

  remember(proposalId: string, entry: RememberedTracker): void {
    this.save({ ...read(), [proposalId]: entry });
  }

  forget(proposalId: string): void {
    const { [proposalId]: _forgotten, ...rest } = read();
    this.save(rest);
  }

  private save(entries: Record<string, RememberedTracker>): void {
    try {
      localStorage.setItem(TRACKERS_STORAGE_KEY, JSON.stringify(entries));
    } catch {
      // Storage refused (private browsing, quota): kept for this visit only.
    }
    this.entries.set(entries);
  }
}

function read(): Record<string, RememberedTracker> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(TRACKERS_STORAGE_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, Partial<RememberedTracker>>).filter(
        ([, v]) => typeof v?.tracker === 'string' && typeof v.slug === 'string' && typeof v.title === 'string',
      ),
    ) as Record<string, RememberedTracker>;
  } catch {
    return {};
  }
}
