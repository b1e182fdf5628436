import { Injectable } from '@nestjs/common';
import { PasswordContext, passwordProblems } from '@concordia/domain';
import * as argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { badRequest } from '../common/http/app-exception';

/** French favourites that the international list misses. */
const FRENCH_COMMON = ['motdepasse123', 'motdepasse1234', 'azertyuiop123', 'azertyuiop1234', 'jesuisunmotdepasse', 'bonjour123456', 'soleil123456', 'montpellier34', 'montpellier2024', 'azerty123456'];

@Injectable()
export class PasswordsService {
  private readonly common = new Set<string>([...(dictionary['passwords-common'] as string[]), ...FRENCH_COMMON]);

  /** argon2id with OWASP's parameters (19 MiB, 2 passes). */
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Throws a 400 naming the first problem, in the reader's language. */
  assertAcceptable(password: string, context: PasswordContext): void {
    const [problem] = passwordProblems(password, (candidate) => this.common.has(candidate), context);
    if (problem) throw badRequest(`auth.password-${problem}`);
  }
}
