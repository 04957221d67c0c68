"""Stage 4, verify: each wheel installed in a fresh venv and driven against a spec-validating
contract server on 127.0.0.1."""
