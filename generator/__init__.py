"""sdkforge: OpenAPI 3.0/3.1 in, typed sync + async Python SDKs out."""

__version__ = "0.1.0"
