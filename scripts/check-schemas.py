#!/usr/bin/env python3
"""Checks the event contract in schemas/:

* every schemas/events/<type>.json is a valid JSON Schema draft-07 document,
* every type has exactly one example in schemas/examples/ and it validates,
* schemas/asyncapi.yaml parses, its file references exist, its internal references resolve,
  it names every type as a message, and its queues bind only known types,
* every schemas/openapi/*.yaml is a valid OpenAPI 3.0 or 3.1 document (references across files resolved),
  every service with an HTTP API has one, every $ref in them resolves (the validator skips some, e.g. in
  securitySchemes), every security requirement names a scheme its document declares, and every 4xx answer
  is common.yaml's problem+json response (or, where it needs headers such as Retry-After, an inline response
  whose only content is application/problem+json with common.yaml's Problem schema).

With --instances DIR it also validates every <type>.json in DIR against schemas/events/<type>.json
(the Swift tests write one Swift-built event per type there).

Exits 1 listing every problem; prints a one-line summary either way.
"""
import argparse
import json
import pathlib
import sys

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"


def load_json(path, problems):
    try:
        return json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        problems.append(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: cannot read JSON: {error}")
        return None


def validation_errors(validator, document):
    """Every violation as 'path: message', e.g. 'data.items.0.quantity: -1 is less than the minimum of 1'."""
    return [(".".join(str(part) for part in error.absolute_path) or "(root)") + ": " + error.message
            for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))]


def load_validators(problems):
    validators = {}
    for path in sorted((SCHEMAS / "events").glob("*.json")):
        schema = load_json(path, problems)
        if schema is None:
            continue
        try:
            jsonschema.Draft7Validator.check_schema(schema)
        except jsonschema.SchemaError as error:
            problems.append(f"schemas/events/{path.name}: not a valid draft-07 schema: {error.message}")
            continue
        type_name = path.stem
        if schema.get("properties", {}).get("type", {}).get("const") != type_name:
            problems.append(f"schemas/events/{path.name}: properties.type.const must be \"{type_name}\"")
        validators[type_name] = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    return validators


def check_documents(directory, validators, problems, label, require_all):
    names = {path.stem: path for path in directory.glob("*.json")}
    for name in sorted(set(names) - set(validators)):
        problems.append(f"{label}/{name}.json: no schema schemas/events/{name}.json")
    if require_all:
        for name in sorted(set(validators) - set(names)):
            problems.append(f"schemas/events/{name}.json: no {label}/{name}.json")
    checked = 0
    for name in sorted(set(names) & set(validators)):
        document = load_json(names[name], problems)
        if document is None:
            continue
        checked += 1
        for error in validation_errors(validators[name], document):
            problems.append(f"{label}/{name}.json: {error}")
    return checked


def resolve_pointer(document, pointer):
    node = document
    for part in pointer.lstrip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def collect_refs(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.append(value)
            else:
                collect_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            collect_refs(value, found)


def check_asyncapi(validators, problems):
    path = SCHEMAS / "asyncapi.yaml"
    try:
        document = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as error:
        problems.append(f"schemas/asyncapi.yaml: cannot parse: {error}")
        return
    if not isinstance(document, dict) or document.get("asyncapi") != "3.0.0":
        problems.append("schemas/asyncapi.yaml: expected an AsyncAPI 3.0.0 document")
        return
    refs = []
    collect_refs(document, refs)
    referenced_files = set()
    for ref in refs:
        if ref.startswith("#"):
            if not resolve_pointer(document, ref[1:]):
                problems.append(f"schemas/asyncapi.yaml: unresolvable reference {ref}")
            continue
        target = (SCHEMAS / ref).resolve()
        if not target.is_file():
            problems.append(f"schemas/asyncapi.yaml: reference to missing file {ref}")
        elif target.parent == (SCHEMAS / "events").resolve():
            referenced_files.add(target.stem)
    messages = set(document.get("components", {}).get("messages", {}))
    for name in sorted(set(validators) - messages):
        problems.append(f"schemas/asyncapi.yaml: no message for type {name}")
    for name in sorted(messages - set(validators)):
        problems.append(f"schemas/asyncapi.yaml: message {name} has no schema")
    for name in sorted(set(validators) - referenced_files):
        problems.append(f"schemas/asyncapi.yaml: never references ./events/{name}.json")
    for channel_name, channel in document.get("channels", {}).items():
        for binding in channel.get("x-bindings", []):
            key = binding.get("routingKey")
            if binding.get("exchange") == "market.events" and key not in validators:
                problems.append(f"schemas/asyncapi.yaml: channel {channel_name} binds unknown type {key}")


# One document per service with an HTTP API, plus the components they share.
OPENAPI_DOCUMENTS = {"common", "pricing", "purchase-execution", "ranking-metrics", "voting", "warehouse-orders",
                     "wave-planning"}
PROBLEM_RESPONSE = "common.yaml#/components/responses/Problem"
PROBLEM_SCHEMA = "common.yaml#/components/schemas/Problem"


def openapi_target(documents, name, ref):
    """The node a reference from document `name` points at, with its canonical 'file#pointer', or None."""
    file_part, _, pointer = ref.partition("#")
    target_name = file_part or name
    node = documents.get(target_name)
    for part in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None, None
        node = node[part]
    return node, f"{target_name}#{pointer}"


def check_openapi_conventions(documents, problems):
    """What the spec validator does not check: references, declared security schemes, problem+json errors."""
    for name, document in sorted(documents.items()):
        label = f"schemas/openapi/{name}"
        refs = []
        collect_refs(document, refs)
        for ref in refs:
            if openapi_target(documents, name, ref)[0] is None:
                problems.append(f"{label}: unresolvable reference {ref}")
        schemes = set(document.get("components", {}).get("securitySchemes", {}))
        operations = [operation for item in document.get("paths", {}).values() if isinstance(item, dict)
                      for operation in item.values() if isinstance(operation, dict)]
        for requirement in document.get("security", []) + [r for o in operations for r in o.get("security", [])]:
            for scheme in sorted(set(requirement) - schemes):
                problems.append(f"{label}: security requirement {scheme} is not in components.securitySchemes")
        for path, item in document.get("paths", {}).items():
            for method, operation in item.items():
                if not isinstance(operation, dict):
                    continue
                for status, response in operation.get("responses", {}).items():
                    if str(status).startswith("4") and not reaches_problem(documents, name, response):
                        problems.append(f"{label}: {method.upper()} {path} {status} is not {PROBLEM_RESPONSE}")


def reaches_problem(documents, name, response):
    """Whether a response's chain of references ends at the shared problem+json response, or at an inline
    response (one that adds headers) serving only the shared Problem schema as application/problem+json."""
    seen = set()
    while isinstance(response, dict) and "$ref" in response:
        response, canonical = openapi_target(documents, name, response["$ref"])
        if canonical is None or canonical in seen:
            return False
        if canonical == PROBLEM_RESPONSE:
            return True
        seen.add(canonical)
        name = canonical.partition("#")[0]
    return isinstance(response, dict) and serves_problem_schema(documents, name, response.get("content"))


def serves_problem_schema(documents, name, content):
    """Whether `content` is exactly application/problem+json whose schema references the shared Problem."""
    if not isinstance(content, dict) or set(content) != {"application/problem+json"}:
        return False
    schema = (content["application/problem+json"] or {}).get("schema")
    if not isinstance(schema, dict) or "$ref" not in schema:
        return False
    return openapi_target(documents, name, schema["$ref"])[1] == PROBLEM_SCHEMA


def check_openapi(problems):
    """Validates each service's HTTP API description; returns how many there are."""
    from openapi_spec_validator import validate
    paths = {path.name: path for path in sorted((SCHEMAS / "openapi").glob("*.yaml"))}
    for missing in sorted({f"{name}.yaml" for name in OPENAPI_DOCUMENTS} - set(paths)):
        problems.append(f"schemas/openapi/{missing}: missing")
    documents = {}
    for file_name, path in paths.items():
        try:
            document = yaml.safe_load(path.read_text())
            if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith(("3.0.", "3.1.")):
                raise ValueError("expected an OpenAPI 3.0 or 3.1 document")
            validate(document, base_uri=path.resolve().as_uri())
        except Exception as error:  # the validator's errors have no common base worth narrowing to
            problems.append(f"{path.relative_to(ROOT)}: {str(error).splitlines()[0]}")
            continue
        documents[file_name] = document
    check_openapi_conventions(documents, problems)
    return len(paths)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--instances", type=pathlib.Path, help="also validate every <type>.json in this folder")
    arguments = parser.parse_args()

    problems = []
    validators = load_validators(problems)
    if not validators:
        problems.append("schemas/events: no schemas found")
    examples = check_documents(SCHEMAS / "examples", validators, problems, "schemas/examples", require_all=True)
    check_asyncapi(validators, problems)
    apis = check_openapi(problems)
    instances = 0
    if arguments.instances is not None:
        if not arguments.instances.is_dir():
            problems.append(f"{arguments.instances}: not a folder")
        else:
            instances = check_documents(arguments.instances, validators, problems, str(arguments.instances),
                                        require_all=False)
            if instances == 0:
                problems.append(f"{arguments.instances}: no <type>.json instances to check")

    for problem in problems:
        print(problem, file=sys.stderr)
    status = "FAILED" if problems else "OK"
    summary = f"check-schemas: {status}: {len(validators)} schemas, {examples} examples, {apis} OpenAPI documents"
    if arguments.instances is not None:
        summary += f", {instances} instances"
    print(summary + (f", {len(problems)} problems" if problems else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
