import { DEFAULT_REPORTS_TO_HIDE } from './reports';

/**
 * Reports needed to hide an item in one consultation: its settings' `reportsToHide` when that is a
 * whole number from 1 to 100, the default (3) otherwise, so a missing or broken value never turns
 * hiding off nor hides at the first report.
 */
export function reportsToHide(settings: { reportsToHide?: unknown } | null | undefined): number {
  const value = settings?.reportsToHide;
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 100 ? (value as number) : DEFAULT_REPORTS_TO_HIDE;
}
