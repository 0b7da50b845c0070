import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let stylesheet: string | undefined;

/** GOV.UK Frontend's compiled CSS, read from the installed package the first time it is asked for. */
export function govukFrontendStylesheet(): string {
  stylesheet ??= readFileSync(
    createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'),
    'utf8',
  );
  return stylesheet;
}
