// Runs the rummelig command line in this process and reports its peak memory on stderr,
// on every platform Node runs on (no /usr/bin/time needed).
const { main } = await import('../packages/rules/dist/cli.js');
const code = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
