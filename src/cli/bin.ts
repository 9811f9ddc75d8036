import { main } from './main';

main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true && !process.env.NO_COLOR,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`policy-lens: internal error: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 2;
  },
);
