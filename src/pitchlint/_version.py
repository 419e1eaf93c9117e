__version__ = "0.1.0"
# The JSON output contract; bumped only when its shape changes incompatibly.
JSON_SCHEMA_VERSION = "0.1.0"
