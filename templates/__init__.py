# Jinja2 templates of sdkforge, shipped as package data (generator.templates).
