// npm start: build what changed (Nx caches the rest), then run the API, which starts the embedded
// PostgreSQL (or uses DATABASE_URL), runs migrations, seeds demo data outside production and
// serves the web app on the same origin.
import './check-node.mjs';
import { run } from './run.mjs';

const built = await run('nx', ['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);
if (built !== 0) process.exit(built);
process.exit(await run(process.execPath, ['dist/apps/api/main.js']));
