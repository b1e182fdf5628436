import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';

const DATABASE_NAME = 'concordia';

/**
 * Where the API's PostgreSQL is: the server DATABASE_URL names, or an embedded one started here.
 * Either way the rest of the app sees only a connection URL.
 */
export class DatabaseRuntime {
  private embedded?: EmbeddedPostgres;
  url = '';

  constructor(private readonly config: AppConfig, private readonly log: (line: string) => void) {}

  get isEmbedded(): boolean {
    return !!this.embedded;
  }

  async start(): Promise<string> {
    if (this.config.databaseUrl) {
      this.url = this.config.databaseUrl;
      return this.url;
    }
    this.embedded = new EmbeddedPostgres({ dataDir: this.config.dataDir, log: (line) => this.log(`postgres: ${line}`) });
    await this.embedded.start();
    await createDatabaseIfMissing(this.embedded.url('postgres'), DATABASE_NAME);
    this.url = this.embedded.url(DATABASE_NAME);
    this.log(`embedded PostgreSQL ready on 127.0.0.1:${this.embedded.port}, data in ${this.embedded.pgData}`);
    return this.url;
  }

  async stop(): Promise<void> {
    await this.embedded?.stop();
  }
}

/** With our own client, not the package's helper, which leaves a connection open when the database exists. */
export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
