"""Stage 1, fetch: each release's spec from its source (URL, mirror, files or the embedded
snapshot), validated, normalized and checked against the lock."""
