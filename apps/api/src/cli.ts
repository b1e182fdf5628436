import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { normaliseEmail } from '@concordia/domain';
import { AppModule } from './app.module';
import { UsersRepository } from './accounts/users.repository';
import { AuthService } from './auth/auth.service';
import { PasswordsService } from './auth/passwords.service';
import { loadConfig } from './config/app-config';
import { assertNodeVersion } from './config/node-version';
import { DatabaseRuntime } from './database/database-runtime';
import { JobsService } from './jobs/jobs.service';
import { DemoSeeder } from './seed/demo-seeder';
import { printDemoAccounts } from './seed/print-demo-accounts';

const USAGE = `Usage: npm run cli -- <command>
  create-admin <email> [display name]   create an administrator (or make an existing account one)
  seed                                  add the demo data (never in production)
  run-job <name>                        run a background job now, in this process (e.g. retention,
                                        consultations.phase-schedule); prints its result`;

async function main(argv: string[]): Promise<number> {
  assertNodeVersion();
  const [command, ...args] = argv;
  if (!command || !['create-admin', 'seed', 'run-job'].includes(command)) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 2 : 0;
  }
  const config = loadConfig();
  const database = new DatabaseRuntime(config, () => undefined);
  try {
    await database.start();
  } catch (error) {
    process.stderr.write(`Could not open the database (${(error as Error).message}). If Concordia is running on the embedded database, stop it first, or set DATABASE_URL.\n`);
    return 1;
  }
  const app = await NestFactory.createApplicationContext(AppModule.register({ ...config, logLevel: 'warn' }, database.url, { background: false }), {
    logger: ['error'],
  });
  try {
    if (command === 'seed') {
      printDemoAccounts(await app.get(DemoSeeder).seed(), (line) => process.stdout.write(`${line}\n`));
      return 0;
    }
    if (command === 'run-job') return await runJob(app, args[0]);
    return await createAdmin(app, args[0], args.slice(1).join(' '));
  } finally {
    await app.close();
    await database.stop();
  }
}

/** Operators (and the API tests) run a job on demand without an HTTP endpoint for it. */
async function runJob(app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>, name: string | undefined): Promise<number> {
  const jobs = app.get(JobsService);
  if (!name || !jobs.names().includes(name)) {
    process.stderr.write(`run-job needs a job name: ${jobs.names().join(', ')}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(await jobs.runNow(name))}\n`);
  return 0;
}

async function createAdmin(app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>, email: string | undefined, name: string): Promise<number> {
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    process.stderr.write('create-admin needs a valid e-mail address.\n');
    return 2;
  }
  const users = app.get(UsersRepository);
  const emailNormalised = normaliseEmail(email);
  const existing = await users.findByEmail(emailNormalised);
  if (existing) {
    await users.update(existing.id, { roles: [...new Set([...existing.roles, 'admin' as const])] });
    process.stdout.write(`${email} is now an administrator. Sign in and enrol two-factor authentication under “My account”.\n`);
    return 0;
  }
  const password = randomBytes(15).toString('base64url');
  await users.insert({
    email,
    emailNormalised,
    emailHmac: app.get(AuthService).emailHmac(emailNormalised),
    displayName: name || 'Administration',
    passwordHash: await app.get(PasswordsService).hash(password),
    roles: ['citizen', 'admin'],
    language: 'fr',
    emailVerifiedAt: new Date(),
  });
  process.stdout.write(`Administrator created: ${email}\nTemporary password: ${password}\nSign in, change it, and enrol two-factor authentication under “My account” before using staff pages.\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
