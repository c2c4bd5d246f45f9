"""``python -m footspine_viz``: the same as the ``footspine-viz`` command.

Useful where the console script is not on PATH (a virtual environment that
is not activated, Windows' ``py -m footspine_viz``).
"""

from __future__ import annotations

from footspine_viz.cli import console_main

if __name__ == "__main__":
    console_main()
