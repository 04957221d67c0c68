"""Reports in every format: one module per format, one table of which report has which
(`registry.KINDS`), and the view models the renderers are handed (`views`)."""
