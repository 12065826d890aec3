// Validates every document of the given Kubernetes manifest files against the Kubernetes API's JSON schema for its
// apiVersion and kind (the schemas kubernetes-models ships, checked with ajv): types, required fields, enums, formats.
// Prints one line per problem, "FILE: KIND/NAME: what is wrong", and "ok: N documents" when there is none.
// Exit codes: 0 valid, 1 a document is invalid or of an unknown kind, 2 usage.
//   node validate.mjs deploy/kubernetes/postgres.yaml deploy/kubernetes/instances/*.yaml
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs MANIFEST.yaml...");
  process.exit(2);
}

// apiVersion "apps/v1" is the module kubernetes-models/apps/v1; the core group's "v1" is kubernetes-models/v1.
async function modelOf(apiVersion, kind) {
  try {
    return (await import(`kubernetes-models/${apiVersion}`))[kind];
  } catch {
    return undefined;
  }
}

const problems = [];
let documents = 0;
for (const file of files) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      problems.push(`${file}: ${document.errors[0].message}`);
      continue;
    }
    const manifest = document.toJS();
    if (manifest === null) continue;
    documents++;
    const what = `${manifest.kind}/${manifest.metadata?.name}`;
    const Model = await modelOf(manifest.apiVersion, manifest.kind);
    if (Model === undefined) {
      problems.push(`${file}: ${what}: no schema for apiVersion ${manifest.apiVersion} kind ${manifest.kind}`);
      continue;
    }
    try {
      new Model(manifest).validate();
    } catch (error) {
      problems.push(`${file}: ${what}: ${error.message}`);
    }
  }
}
for (const problem of problems) console.log(problem);
if (problems.length === 0) console.log(`ok: ${documents} documents`);
process.exit(problems.length === 0 ? 0 : 1);
