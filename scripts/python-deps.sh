#!/usr/bin/env bash
# Python modules the contract checks need (jsonschema, PyYAML), installed from PyPI when missing.
set -euo pipefail
python3 -c 'import jsonschema, yaml' 2>/dev/null && exit 0
python3 -m pip install --quiet --disable-pip-version-check jsonschema pyyaml
