#!/usr/bin/env node
// The rummelig command line. The logic lives in src/cli/main.ts, built to dist/cli.js.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  process.stderr.write('rummelig: the command line is not built yet. Run "npm run build" at the repository root.\n');
  // Not 2, which says the call was wrong: the same call works once the installation is built.
  process.exit(3);
}

// The reader has stopped reading (`rummelig … | head -1`): what is left would go nowhere, so the command ends quietly.
process.stdout.on('error', (error) => {
  if (error?.code === 'EPIPE') process.exit(0);
  process.stderr.write(`rummelig: cannot write the output: ${error?.message ?? String(error)}\n`);
  process.exit(3);
});

try {
  process.exitCode = await cli.main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
} catch (error) {
  process.stderr.write(`rummelig: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  // Not 1, which says that a document failed: this is the command's own defect.
  process.exitCode = 3;
}
