export interface SandboxProbes {
  platform: NodeJS.Platform;
  isRoot: boolean;
  helperIsSetuidRoot(helper: string): boolean;
  userNamespacesWork(): boolean;
  appArmorProfileNames(executablePath: string): boolean;
}
export function ensureElectronBinary(
  projectRoot: string,
  env?: NodeJS.ProcessEnv,
): { executablePath: string } | { problem: string };
export function linuxSandboxProblem(executablePath: string, system?: SandboxProbes): string | undefined;
