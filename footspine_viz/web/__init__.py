"""The explorer drawn in the visitor's own browser, served as static files.

``build`` writes a self-contained site (the bundled page from ``static/`` plus
data generated from the scene and the knowledge base); ``serve`` serves it
with a plain static file server. Nothing here draws: the browser does.
"""

from __future__ import annotations
