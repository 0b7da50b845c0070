import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import specification from './openapi/publicapi-spec.json' with { type: 'json' };

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> };

// GOV.UK Pay's own OpenAPI description, unmodified, is the judge of every answer's shape.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const format of ['int32', 'int64', 'float', 'double']) ajv.addFormat(format, true);
ajv.addSchema({ $id: 'govuk-pay', components: specification.components });

/** The schema the description gives for a response, by method, path template and status. */
export function responseSchemaName(method: string, template: string, status: number): string | undefined {
  const paths = specification.paths as unknown as Record<string, Record<string, Operation>>;
  const operation = paths[template]?.[method.toLowerCase()];
  if (operation === undefined) throw new Error(`The description has no ${method} ${template}`);
  // A refund is accepted with 202; the description declares its body under 200.
  const schemaOf = (code: string) => operation.responses?.[code]?.content?.['application/json']?.schema?.$ref;
  const reference = schemaOf(String(status)) ?? (status === 202 ? schemaOf('200') : undefined);
  return reference?.replace('#/components/schemas/', '');
}

// The one place the description and the real service disagree: it types each `next_url_post`
// parameter as an object, while GOV.UK Pay sends `"params": { "chargeTokenId": "<token>" }`, a string
// (pay-publicapi's PaymentWithAllLinks builds it from the token id). The emulator sends what the
// service sends, and only that mismatch is let through.
const knownDescriptionMismatch = /^\/_links\/next_url_post\/params\/chargeTokenId must be object$/;

/** The schema errors of `body` against a component schema of the description (empty when valid). */
export function openApiErrors(schema: string, body: unknown): string[] {
  const validate = ajv.getSchema(`govuk-pay#/components/schemas/${schema}`);
  if (!validate) throw new Error(`No schema ${schema} in the OpenAPI description`);
  if (validate(body)) return [];
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath} ${error.message ?? ''}`)
    .filter((message) => !knownDescriptionMismatch.test(message));
}
