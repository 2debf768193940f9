#!/usr/bin/env bash
# Python modules the contract checks need (jsonschema, PyYAML, openapi-spec-validator), installed from PyPI when missing.
set -euo pipefail
python3 -c 'import jsonschema, yaml, openapi_spec_validator' 2>/dev/null && exit 0
python3 -m pip install --quiet --disable-pip-version-check jsonschema pyyaml openapi-spec-validator
