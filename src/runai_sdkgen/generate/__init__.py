"""Stage 2, generate: a normalized spec becomes a client package project, through the repair
pass, openapi-python-client's parser, typed view models and our jinja2 templates."""
