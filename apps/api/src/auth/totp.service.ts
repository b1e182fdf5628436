import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verifySync } from 'otplib';
import * as QRCode from 'qrcode';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const PERIOD = 30;

/** RFC 6238 codes; secrets are stored encrypted (AES-256-GCM) under a key derived from the server secret. */
@Injectable()
export class TotpService {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHash('sha256').update(`totp-secrets:${config.sessionSecret}`).digest();
  }

  newSecret(): string {
    return generateSecret();
  }

  async enrolment(secret: string, accountLabel: string) {
    const otpauthUrl = generateURI({ issuer: 'Concordia', label: accountLabel, secret });
    const qrCode = await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
    return { secret, otpauthUrl, qrCode };
  }

  /** The matching time step, or null; one step of clock drift either way is accepted. */
  verify(secret: string, code: string, now = Date.now()): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const result = verifySync({ secret, token: code, epochTolerance: PERIOD, epoch: Math.floor(now / 1000) } as Parameters<typeof verifySync>[0]);
    if (!result.valid) return null;
    return Math.floor(now / 1000 / PERIOD) + ((result as { delta?: number }).delta ?? 0);
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
  }

  open(sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
