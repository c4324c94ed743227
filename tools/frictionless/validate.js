// Validates a Frictionless Data Package with the reference JavaScript implementation (npm "datapackage"):
// the descriptor against the Data Package profile, then every row of every resource cast against its Table Schema,
// with primary and foreign keys checked (relations: true). Prints one line per resource; exits 1 on any error.
// Usage: node validate.js path/to/datapackage.json
const { Package } = require('datapackage');

async function main() {
  const descriptor = process.argv[2];
  const dp = await Package.load(descriptor);
  let failed = false;
  if (!dp.valid) {
    for (const e of dp.errors) console.log(`descriptor: ${e.message}`);
    failed = true;
  }
  for (const resource of dp.resources) {
    try {
      const rows = await resource.read({ keyed: true, cast: true, relations: true });
      console.log(`ok ${resource.name}: ${rows.length} rows`);
    } catch (error) {
      failed = true;
      const details = (error.errors || []).slice(0, 10).map((e) => e.message).join('; ');
      console.log(`FAILED ${resource.name}: ${error.message}${details ? ' — ' + details : ''}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.log(`FAILED: ${e.message}`); process.exit(1); });
