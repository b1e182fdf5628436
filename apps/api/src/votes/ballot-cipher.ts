import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { trackerFromDigest } from '@concordia/domain';

export interface SealedBallot {
  /** version (1 byte) ‖ nonce (12) ‖ ciphertext (2) ‖ tag (16): the same length for every value. */
  sealed: Buffer;
  /** What the voter keeps: a hash of `sealed`, which carries a random nonce, so nothing of the value. */
  tracker: string;
}

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const SEALED_BYTES = 1 + NONCE_BYTES + 2 + TAG_BYTES;

/**
 * AES-256-GCM with a key that never enters the database: a dump, a backup or a replica taken
 * while the vote runs holds only ciphertexts beside the register. The consultation id is the
 * associated data, so a sealed ballot copied to another consultation does not open; it is not the
 * proposal, because merges move ballots between proposals of one consultation.
 */
export function sealBallot(key: Buffer, consultationId: string, value: number): SealedBallot {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(consultationId));
  const plain = Buffer.alloc(2);
  plain.writeInt16BE(value);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  const sealed = Buffer.concat([Buffer.from([VERSION]), nonce, body, cipher.getAuthTag()]);
  return { sealed, tracker: trackerOf(sealed) };
}

/** Throws when the key is not the one that sealed it, or the bytes were altered. */
export function openBallot(key: Buffer, consultationId: string, sealed: Buffer): number {
  if (sealed[0] !== VERSION || sealed.length !== SEALED_BYTES) throw new Error('unknown sealed ballot format');
  const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
  const body = sealed.subarray(1 + NONCE_BYTES, sealed.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(consultationId));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([decipher.update(body), decipher.final()]).readInt16BE();
}

export function trackerOf(sealed: Buffer): string {
  return trackerFromDigest(createHash('sha256').update(sealed).digest());
}
