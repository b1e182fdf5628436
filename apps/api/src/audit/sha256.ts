import { createHash } from 'node:crypto';
import type { HashFunction } from '@concordia/domain';

/** The hash every fingerprint and audit-log link uses: SHA-256 of the UTF-8 text, lowercase hex. */
export const sha256Hex: HashFunction = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
