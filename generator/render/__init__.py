"""Stage 3: IR -> {relative path: text}, through the jinja2 templates."""

from generator.render.render import render_api, render_stubs

__all__ = ["render_api", "render_stubs"]
