import { pythonRepr } from './python-repr.js';

type JsonType = 'string' | 'object' | 'array' | 'null' | 'integer' | 'boolean' | 'number';

/** The JSON-schema keywords Notify's request schemas use, checked in the order jsonschema checks them. */
export interface FieldRule {
  readonly type?: JsonType | readonly JsonType[];
  readonly enum?: readonly string[];
  /** A named format: returns the reason the value fails, or undefined when it passes. */
  readonly format?: (value: unknown) => string | undefined;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly pattern?: RegExp;
  readonly items?: FieldRule;
  /** Replaces every message from this rule with `<field> <validationMessage>`, as Notify's schemas do. */
  readonly validationMessage?: string;
}

/** An object schema: named properties, required names, and whether other names are allowed. */
export interface ObjectSchema {
  readonly properties: Readonly<Record<string, FieldRule>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
}

/**
 * Validates a request body as Notify's jsonschema validation does and returns its messages
 * (`"<field> <message>"` with single quotes stripped), in jsonschema's order, before de-duplication.
 */
export function schemaMessages(instance: unknown, schema: ObjectSchema): string[] {
  if (!isPlainObject(instance)) return [stripQuotes(`${pythonRepr(instance)} is not of type 'object'`)];
  const messages: string[] = [];
  for (const [name, rule] of Object.entries(schema.properties)) {
    if (!Object.hasOwn(instance, name)) continue;
    for (const message of ruleMessages(instance[name], rule)) {
      messages.push(
        rule.validationMessage ? `${name} ${rule.validationMessage}` : `${name} ${stripQuotes(message)}`,
      );
    }
  }
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(instance, name)) messages.push(stripQuotes(`'${name}' is a required property`));
  }
  if (schema.additionalProperties === false) {
    // jsonschema lists them sorted (`sorted(extras, key=str)`: by code point), not as sent.
    const extras = Object.keys(instance)
      .filter((name) => !Object.hasOwn(schema.properties, name))
      .sort(byCodePoint);
    if (extras.length > 0) {
      const verb = extras.length === 1 ? 'was' : 'were';
      const listed = extras.map((name) => pythonRepr(name)).join(', ');
      messages.push(stripQuotes(`Additional properties are not allowed (${listed} ${verb} unexpected)`));
    }
  }
  return messages;
}

function byCodePoint(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

function ruleMessages(value: unknown, rule: FieldRule): string[] {
  const messages: string[] = [];
  if (rule.type !== undefined) {
    const types = typeof rule.type === 'string' ? [rule.type] : rule.type;
    if (!types.some((type) => hasJsonType(value, type))) {
      messages.push(`${pythonRepr(value)} is not of type ${types.map((type) => `'${type}'`).join(', ')}`);
    }
  }
  if (rule.enum !== undefined && !rule.enum.some((allowed) => allowed === value)) {
    messages.push(`${pythonRepr(value)} is not one of ${pythonRepr(rule.enum)}`);
  }
  if (rule.format !== undefined) {
    const reason = rule.format(value);
    if (reason !== undefined) messages.push(reason);
  }
  if (typeof value === 'string') {
    if (rule.maxLength !== undefined && [...value].length > rule.maxLength) {
      messages.push(`${pythonRepr(value)} is too long`);
    }
    if (rule.pattern !== undefined && !rule.pattern.test(value)) {
      messages.push(`${pythonRepr(value)} does not match ${pythonRepr(rule.pattern.source)}`);
    }
  }
  if (rule.minimum !== undefined && typeof value === 'number' && value < rule.minimum) {
    messages.push(`${pythonRepr(value)} is less than the minimum of ${rule.minimum}`);
  }
  if (rule.items !== undefined && Array.isArray(value)) {
    for (const item of value) messages.push(...ruleMessages(item, rule.items));
  }
  return messages;
}

function hasJsonType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'object':
      return isPlainObject(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
  }
}

/** True for a JSON object (not an array or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripQuotes(message: string): string {
  return message.replaceAll("'", '');
}
