import type { Response } from 'express';

/**
 * Headers of every download. An export is a copy someone chose to take: no shared cache or
 * browser cache keeps another one (a public report is cheap to produce again; a personal export
 * must never be served to the next person on a library computer).
 * File names come from slugs ([a-z0-9-], a database CHECK) and dates: safe in the header as they are.
 */
export function startAttachment(response: Response, type: string, filename: string, status = 200): void {
  response.status(status);
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  response.setHeader('Cache-Control', 'no-store');
}
