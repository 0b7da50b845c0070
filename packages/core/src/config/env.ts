import { ConfigError } from '../errors/classes.js';

/**
 * Reads a secret from an option or, when the option is absent, from an environment variable.
 * Called lazily (on first use), so importing or constructing with the variable unset does not throw.
 */
export function loadSecret(options: {
  value: string | undefined;
  option: string;
  environmentVariable: string;
  provider: string;
}): string {
  const value = options.value ?? process.env[options.environmentVariable];
  if (value === undefined || value.trim() === '') {
    throw new ConfigError(
      [
        {
          path: options.option,
          message: `Missing: pass the \`${options.option}\` option or set the ${options.environmentVariable} environment variable`,
        },
      ],
      { provider: options.provider, summary: `Missing ${options.provider} credentials` },
    );
  }
  return value;
}
