#!/usr/bin/env python3
"""Validates FHIR R4 resources against the official JSON Schema (fhir.schema.json, draft 6).

usage: validate.py --schema FILE [--expect-invalid] FILE...
Each FILE holds one JSON resource, or one per line (.jsonl). Exit 0 when every resource is
valid (with --expect-invalid: when every one is refused, the negative control), else 1; each
problem is printed with the resource's place and the JSON path the schema refused.
"""
import argparse
import json
import sys

import jsonschema


def resources(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".jsonl"):
        return [(f"{path}:{n}", json.loads(line))
                for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    return [(path, json.loads(text))]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--schema", required=True)
    p.add_argument("--expect-invalid", action="store_true")
    p.add_argument("files", nargs="+")
    args = p.parse_args()
    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    # The published schema leaves "type": "object" off its complex types and backbone elements,
    # so an array stands where an object must be and passes (seen: a Bundle entry written as a
    # [key, value] list). R4's JSON format says complex elements are objects: say so here.
    for definition in schema["definitions"].values():
        if "properties" in definition and "type" not in definition:
            definition["type"] = "object"
    validators = {}

    def validator_for(resource):
        # The resource's own definition names the element at fault; the root's oneOf only
        # says "not valid under any". Unknown types fall back to the root.
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        if kind not in schema["definitions"]:
            kind = None
        if kind not in validators:
            root = {k: v for k, v in schema.items() if k not in ("oneOf", "discriminator")}
            root["$ref"] = f"#/definitions/{kind}" if kind else "#"
            validators[kind] = jsonschema.Draft6Validator(root if kind else schema)
        return validators[kind]
    valid = invalid = 0
    wrong = []
    for path in args.files:
        for where, resource in resources(path):
            error = jsonschema.exceptions.best_match(validator_for(resource).iter_errors(resource))
            if error is None:
                valid += 1
                if args.expect_invalid:
                    wrong.append(f"{where}: accepted, but should be refused")
            else:
                invalid += 1
                if not args.expect_invalid:
                    at = "/".join(str(x) for x in error.absolute_path)
                    wrong.append(f"{where}: /{at}: {error.message[:300]}")
    for w in wrong:
        print(w, file=sys.stderr)
    print(f"fhir-schema: {valid} valid, {invalid} refused")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
