"""Package layout that pyproject.toml cannot state: the knowledge base maps onto the package.

``annotations/`` stays at the top of the repository (where every contributor
edits it) and is installed as the package ``footspine_viz.annotations``, so
:func:`footspine_viz.paths.annotations_dir` finds it with importlib.resources
in a wheel and in an editable install alike. pyproject.toml can map a folder
only beside a fixed package list, which would silently drop a new subpackage;
here the lists are found, then the mapping is added. Folders without Python
files (``annotations/maps``, the web explorer's built assets) are listed as
namespace packages so setuptools installs their data without warning.
Everything else (metadata, package data patterns) lives in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

NOT_PACKAGES = ["*.__pycache__", "*.__pycache__.*", "__pycache__"]
code = find_namespace_packages(include=["footspine_viz", "footspine_viz.*"], exclude=NOT_PACKAGES)
data = ["footspine_viz.annotations"] + [
    f"footspine_viz.annotations.{p}"
    for p in find_namespace_packages(where="annotations", exclude=NOT_PACKAGES)
]

setup(packages=sorted(set(code + data)), package_dir={"footspine_viz.annotations": "annotations"})
