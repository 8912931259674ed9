"""Live test servers for the example specs in ``specs/``.

``petstore_app.create_app()`` serves ``specs/petstore.yaml`` and
``showcase_app.create_app()`` serves ``specs/showcase.yaml``; ``live.serve``
runs either one on a free local port. See README.md in this folder.
"""
