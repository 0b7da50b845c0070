import { ConfigError } from '../errors/classes.js';

// An adapter's own mistake, caught at once and by name rather than as a TypeError on first use.
function checkSecretOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigError([
      { path: 'options', message: 'Must be { value, option, environmentVariable, provider }' },
    ]);
  }
  const { value, option, environmentVariable, provider } = options as Record<string, unknown>;
  const issues = [];
  if (value !== undefined && typeof value !== 'string') {
    issues.push({ path: 'value', message: 'Must be the secret as text, or undefined' });
  }
  for (const [name, text] of Object.entries({ option, environmentVariable, provider })) {
    if (typeof text !== 'string' || text === '' || text.length > 200) {
      issues.push({ path: name, message: 'Must be a name of 1 to 200 characters' });
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
}

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
  checkSecretOptions(options);
  const value = options.value ?? process.env[options.environmentVariable];
  if (typeof value !== 'string' || value.trim() === '') {
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
