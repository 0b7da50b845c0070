/**
 * Parses `--name value`, `--name=value` and bare `--flag` options. Numbers stay strings here so each
 * bench decides what a valid value is and can name the option in its error.
 */
export function parseOptions(argv) {
  const options = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (!argument.startsWith('--')) throw new Error(`Unexpected argument: ${argument}`);
    const [name, inlineValue] = argument.slice(2).split('=', 2);
    if (inlineValue !== undefined) options[name] = inlineValue;
    else if (argv[index + 1] !== undefined && !argv[index + 1].startsWith('--'))
      options[name] = argv[++index];
    else options[name] = true;
  }
  return options;
}

/** A positive integer option, or the fallback when it was not given. */
export function positiveIntegerOption(options, name, fallback) {
  if (options[name] === undefined) return fallback;
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}
