"""The small typed core every stage stands on: the release manifest, the deprecation policy,
the workspace (where every artefact lives) and crash-safe file writes."""
