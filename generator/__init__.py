"""sdkforge: OpenAPI 3.0/3.1 in, typed sync + async Python SDKs out."""

from generator._openapi_models import defer_openapi_pydantic_init

__version__ = "0.1.0"

defer_openapi_pydantic_init()
