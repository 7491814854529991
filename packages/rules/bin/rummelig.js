#!/usr/bin/env node
// The rummelig command line. The logic lives in src/cli/main.ts, built to dist/cli.js.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  process.stderr.write('rummelig: the command line is not built yet. Run "npm run build" at the repository root.\n');
  process.exit(2);
}

try {
  process.exitCode = await cli.main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
} catch (error) {
  process.stderr.write(`rummelig: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
