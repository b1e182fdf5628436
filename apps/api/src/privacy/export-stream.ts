import { once } from 'node:events';
import type { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { safeError } from '../common/logging/safe-error';

/**
 * Writes chunks as they come, waiting for the socket to drain so a slow client holds back the reads.
 * An error before the first byte reaches the error filter; after it, the only honest signal left is
 * to cut the connection, so the client never takes a truncated file for a complete one.
 */
export async function writeChunks(response: Response, chunks: AsyncIterable<string>, logger: Logger): Promise<void> {
  try {
    for await (const chunk of chunks) {
      if (!response.write(chunk)) await once(response, 'drain');
    }
    response.end();
  } catch (error) {
    if (!response.headersSent) throw error;
    logger.error({ event: 'privacy.export-failed', error: safeError(error) });
    response.destroy();
  }
}
