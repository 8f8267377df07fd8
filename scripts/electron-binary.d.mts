export function findElectronBinary(
  projectRoot: string,
  env?: NodeJS.ProcessEnv,
): { executablePath: string; why?: undefined } | { executablePath?: undefined; why: string };
export function electronVersion(projectRoot: string): string;
