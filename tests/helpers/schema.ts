import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../schema/analysis.schema.json', import.meta.url));

export const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { $id: string };

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);

function compiled(pointer: string): ValidateFunction {
  const validate = ajv.getSchema(`${schema.$id}${pointer}`);
  if (!validate) throw new Error(`schema has no ${pointer}`);
  return validate;
}

function check(validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Schema violations of an analysis result; empty when it conforms. */
export function resultErrors(value: unknown): string[] {
  return check(compiled('#/$defs/analysisResult'), value);
}

/** Schema violations of one output record (a result or an error record). */
export function recordErrors(value: unknown): string[] {
  return check(compiled('#/$defs/outputRecord'), value);
}

export function errorRecordErrors(value: unknown): string[] {
  return check(compiled('#/$defs/errorRecord'), value);
}
