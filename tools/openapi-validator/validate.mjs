// Validates an OpenAPI document against the OpenAPI 3 schema and its rules (references resolve, path
// parameters declared, operationIds unique, ...) with @apidevtools/swagger-parser.
// Usage: node validate.mjs <openapi.json>   Exit code 0: valid; 1: invalid; 2: could not run.
import SwaggerParser from "@apidevtools/swagger-parser";

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs <openapi.json>");
  process.exit(2);
}
try {
  const api = await SwaggerParser.validate(file);
  const paths = Object.keys(api.paths || {}).length;
  console.log(`VALID: ${api.info.title} ${api.info.version}, OpenAPI ${api.openapi}, ${paths} paths`);
} catch (e) {
  console.error(`INVALID: ${e.message}`);
  process.exit(1);
}
