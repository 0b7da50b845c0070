import { ConfigError, ValidationError } from '@councilkit/core';

const provider = 'councilkit-sandbox';

/** A bad option to the sandbox or an emulator: a `ConfigError` naming it. */
export function invalidOption(path: string, message: string): ConfigError {
  return new ConfigError([{ path, message }], { provider, summary: 'Invalid sandbox options' });
}

/** A bad argument to a test control: a `ValidationError` naming it. */
export function invalidArgument(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }], { provider });
}
