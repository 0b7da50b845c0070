import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

// Ideal Postcodes' own OpenAPI description, unmodified, is the judge of every answer's shape.
const require = createRequire(import.meta.url);
const specification = require('@ideal-postcodes/openapi/dist/openapi.json') as {
  components: Record<string, unknown>;
};

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const format of ['int32', 'int64', 'float', 'double']) ajv.addFormat(format, true);
ajv.addSchema({ $id: 'ideal-postcodes', components: specification.components });

/** The schema errors of `body` against a component schema of the description (empty when valid). */
export function openApiErrors(schema: string, body: unknown): string[] {
  const validate = ajv.getSchema(`ideal-postcodes#/components/schemas/${schema}`);
  if (!validate) throw new Error(`No schema ${schema} in the OpenAPI description`);
  return validate(body)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
