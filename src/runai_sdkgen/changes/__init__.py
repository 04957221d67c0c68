"""Stage 5, report: what changed between releases (the diff and its rule table), the
deprecation ledger, and their renderings."""
