#!/usr/bin/env python3
"""The published JSON Schema (forms/schema/form.schema.json) is itself valid, accepts every
shipped definition and rejects the broken fixtures a schema can detect (the others need
`vitalis-forms check`: references, cycles, message ids). Usage: check_schema.py REPO_ROOT"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(sys.argv[1])
schema = json.loads((root / "forms/schema/form.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failures = []

for path in sorted((root / "forms/definitions").glob("*.json")):
    errors = list(validator.iter_errors(json.loads(path.read_text())))
    for e in errors[:5]:
        failures.append(f"{path}: /{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}")
    print(f"{path.name}: {'valid' if not errors else 'INVALID'}")

schema_detectable = ["unknown_field_type", "unknown_rule", "options_missing", "unknown_property", "unknown_operator"]
for name in schema_detectable:
    path = root / "tests/forms/broken" / f"{name}.json"
    if validator.is_valid(json.loads(path.read_text())):
        failures.append(f"{path}: the schema should reject it")
    else:
        print(f"{path.name}: rejected")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
