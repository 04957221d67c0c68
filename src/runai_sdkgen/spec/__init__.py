"""OpenAPI documents: reading and validating them within limits, the one model of their
operations and parameters, and the names openapi-python-client derives from them."""
