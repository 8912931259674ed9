"""Resources of the Zoo Showcase API, one module per resource.

Reach them through the client (`client.<resource>`, `client.<resource>.<sub-resource>`);
each module is imported on first use.
"""
