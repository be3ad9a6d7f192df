#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, build and zip, package check, bundle budgets, add-on lint,
// end-to-end tests.
// Runs every stage even after a failure (so one run shows everything) and ends with the line
// "Tests: N passed, N failed" that CI reads. Stages that are not test suites count as one test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const skipE2E = process.argv.includes('--no-e2e');
let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, { json } = {}) {
  process.stdout.write(`\n── ${label}: ${cmd} ${args.join(' ')}\n`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (json && existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A suite that failed to load has no failed tests but must still fail the run.
    const broken = (report.testResults ?? []).filter((r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed')).length;
    failed += broken;
    if (res.status !== 0 || report.numFailedTests || broken) failures.push(label);
    if (res.status !== 0 && !report.numFailedTests && !broken) failed += 1;
    return res.status === 0;
  }
  if (res.status === 0) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return res.status === 0;
}

mkdirSync('test-results', { recursive: true });
const npx = 'npx';
run('typecheck', npx, ['tsc', '--noEmit']);
run('lint', npx, ['eslint', '.', '--max-warnings', '0']);
run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'], { json: 'test-results/unit.json' });
// `npm run zip` is the build (`wxt zip` builds each browser, then zips it) plus the store zips and
// Firefox's sources zip: one build, and the end-to-end tests run the very build that was zipped.
// Offline: nothing is downloaded.
const built = run('build and zip', 'npm', ['run', 'zip', '--silent']);
if (built) {
  run('packages (scripts/zip-check.mjs)', 'node', ['scripts/zip-check.mjs']);
  run('bundle budgets', 'node', ['scripts/check-budgets.mjs']);
  run('add-on lint (Firefox build)', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-config-discovery', '--warnings-as-errors=false']);
  if (!skipE2E) {
    run('end-to-end tests', npx, ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/e2e.json'], { json: 'test-results/e2e.json' });
  }
}

if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
