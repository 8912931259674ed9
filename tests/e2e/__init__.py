"""Live end-to-end tests: the generated SDKs against the servers in tests/servers."""
