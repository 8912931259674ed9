"""Resources of the Relay API, one module per tag.

Reach them through the client (`client.<tag>`); each module is imported on first use.
"""
