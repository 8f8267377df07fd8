import { runCli } from '../runCli';

/** Runs one CLI command in this process and returns its exit status and what it printed. */
export async function captureCli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
  });
  return { status, stdout, stderr };
}
