import 'reflect-metadata';
import { assertNodeVersion } from './config/node-version';
import { ConfigError, loadConfig } from './config/app-config';
import { DatabaseRuntime } from './database/database-runtime';
import { createApp } from './app.factory';
import { DemoSeeder } from './seed/demo-seeder';
import { printDemoAccounts } from './seed/print-demo-accounts';

async function main(): Promise<void> {
  assertNodeVersion();
  const config = loadConfig();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const database = new DatabaseRuntime(config, (line) => (config.mode === 'test' ? undefined : say(line)));
  await database.start();
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal} received: stopping Concordia…`);
    await app?.close().catch(() => undefined);
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    app = await createApp(config, database.url);
    await app.listen(config.port, config.host);
    if (config.mailDisabled) say('WARNING: MAIL_DISABLED=true — Concordia sends no e-mail (no address verification, no password reset).');
    if (config.seedDemo) printDemoAccounts(await app.get(DemoSeeder).seed(), say);
    say(`Concordia is running at ${config.publicUrl}`);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.stop();
    throw error;
  }
}

main().catch((error) => {
  const message = error instanceof ConfigError ? error.message : (error as Error).stack ?? String(error);
  process.stderr.write(`Concordia could not start: ${message}\n`);
  process.exit(1);
});
