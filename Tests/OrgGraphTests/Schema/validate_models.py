#!/usr/bin/env python3
"""Validates model files against docs/schema/org-model.schema.json with a real
JSON Schema validator (draft 2020-12), for ModelSchemaTests.

    python3 validate_models.py SCHEMA FILE...

Prints one JSON document: {"results": [{"file", "parsed", "errors",
"draft7Errors"}]}, where "errors" lists "PATH: MESSAGE" lines (empty when the
file is valid) under the schema's own draft (2020-12), "draft7Errors" the
same under draft-07 rules (which the YAML language server in VS Code,
JetBrains and Neovim implements), and "parsed" is false when the file is not
YAML/JSON at all. Exits 3 with a
reason on stderr when jsonschema or PyYAML is missing.

YAML is read with the YAML 1.2 core schema, as pyramid (Yams) and the YAML
language server read it: only true/false are booleans (not yes/no/on/off),
no timestamps, no sexagesimal numbers. Anchors, aliases and merge keys (<<)
are resolved before validation, so the schema never sees them.
"""
import json
import re
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:
    sys.stderr.write(f"missing Python module: {error.name}\n")
    sys.exit(3)


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with the YAML 1.2 core schema's implicit types."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", ["t", "T", "f", "F"]),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),
]:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def construct_int(loader, node):
    # Decimal only: "012" is 12 in YAML 1.2, not octal.
    return int(loader.construct_scalar(node))


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)


def load(path):
    with open(path, "rb") as handle:
        data = handle.read()
    text = data.decode("utf-8")
    if path.endswith(".json"):
        return json.loads(text)
    return yaml.load(text, Loader=Yaml12Loader)


def location(error):
    return "/" + "/".join(str(part) for part in error.absolute_path)


def main(arguments):
    schema_path, files = arguments[0], arguments[1:]
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    draft7 = jsonschema.Draft7Validator(schema)
    results = []
    for path in files:
        try:
            document = load(path)
        except Exception as error:  # not YAML or JSON at all: not the schema's business
            problem = [f"{type(error).__name__}: {error}"]
            results.append({"file": path, "parsed": False, "errors": problem, "draft7Errors": problem})
            continue
        errors = sorted(f"{location(error)}: {error.message}" for error in validator.iter_errors(document))
        draft7_errors = sorted(f"{location(error)}: {error.message}" for error in draft7.iter_errors(document))
        results.append({"file": path, "parsed": True, "errors": errors, "draft7Errors": draft7_errors})
    json.dump({"validator": validator_class.__name__, "results": results}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
